// The departments readers write to: listed for the form (active ones) and the admin, created and
// changed by the admin (audited); a change rebuilds the cached /lien-he page, which lists them.
import type { ContactDepartmentRow } from './contact.tables.js';
import { findDepartmentRow, insertDepartment, listDepartmentRows, updateDepartment } from './contact.queries.js';
import type { DepartmentInput } from './contact.schema.js';
import type { ContactDeps, StaffActor } from './contact.service.js';

export interface Department {
  id: number;
  name: string;
  email: string;
  position: number;
  active: boolean;
}

export const toDepartment = (row: ContactDepartmentRow): Department => ({
  id: row.id,
  name: row.name,
  email: row.email,
  position: row.position,
  active: row.active === 1,
});

export function createDepartmentCommands(deps: ContactDeps) {
  const { db, clock, audit } = deps;
  const now = () => clock.now().toISOString();
  return {
    async listDepartments(options: { activeOnly: boolean }): Promise<Department[]> {
      return (await listDepartmentRows(db, options)).map(toDepartment);
    },
    async findDepartment(id: number): Promise<Department | undefined> {
      const row = await findDepartmentRow(db, id);
      return row ? toDepartment(row) : undefined;
    },
    async createDepartment(actor: StaffActor, input: DepartmentInput): Promise<number> {
      const created = await db.transaction().execute(async (trx) => {
        const id = await insertDepartment(trx, { ...input, active: input.active ? 1 : 0, at: now() });
        await audit.record({ action: 'contact.department_created', ...actor, target: `${id} ${input.name}` }, trx);
        return id;
      });
      deps.onContentChanged();
      return created;
    },
    async updateDepartment(actor: StaffActor, id: number, input: DepartmentInput): Promise<boolean> {
      const updated = await db.transaction().execute(async (trx) => {
        const updated = await updateDepartment(trx, id, { ...input, active: input.active ? 1 : 0, at: now() });
        if (updated)
          await audit.record(
            {
              action: 'contact.department_updated',
              ...actor,
              target: `${id} ${input.name}`,
              detail: `${input.email}; ${input.active ? 'active' : 'inactive'}`,
            },
            trx,
          );
        return updated;
      });
      deps.onContentChanged();
      return updated;
    },
  };
}

// The unit form's pages and routes: the tree, a new unit, an edit (move included), a delete.
// Post → redirect → get; a refused form comes back with its values and a message per field.
import type { Context, Hono } from 'hono';
import { NotFoundError } from '../../platform/http/errors.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { parseId } from '../../platform/http/query.js';
import { requestIdOf, type AuditLog, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import { descendantsIn, type UnitNode } from './unit-tree.js';
import { formatFoundingDate, unitFormSchema } from './units.schema.js';
import { UnitInUseError, UnitRejectedError, type UnitsService } from './units.service.js';
import { unitsText as t } from './units.vi.js';
import { emptyUnitForm, UnitForm, type UnitFormValues } from './views/unit-form.js';
import { UnitsTreePage, UNITS_PATH } from './views/units-pages.js';

type Deps = { units: UnitsService; guard: StaffGuard; frame: StaffFrame; audit: AuditLog };
type Found = { unit: UnitNode & { members: number }; tree: Array<UnitNode & { members: number }> };
type Errors = Record<string, string>;
type AuditAction = Parameters<AuditLog['record']>[0]['action'];

const FIELDS: Array<keyof UnitFormValues> = [
  'name',
  'shortName',
  'nameEn',
  'parentId',
  'foundedOn',
  'address',
  'phone',
  'email',
  'position',
];

const toFormValues = (u: UnitNode): UnitFormValues => ({
  name: u.name,
  shortName: u.shortName,
  nameEn: u.nameEn,
  parentId: u.parentId === null ? '' : String(u.parentId),
  foundedOn: formatFoundingDate(u.foundedOn),
  address: u.address,
  phone: u.phone,
  email: u.email,
  position: String(u.position),
});

async function readForm(c: Context): Promise<UnitFormValues> {
  const form = await c.req.parseBody();
  const text = (k: keyof UnitFormValues) => (typeof form[k] === 'string' ? (form[k] as string).normalize('NFC') : '');
  return Object.fromEntries(FIELDS.map((k) => [k, text(k)])) as unknown as UnitFormValues;
}

/** The pages the routes answer with: the new-unit form and the edit form, blank or with errors. */
function unitFormPages({ units, frame }: Deps) {
  return {
    async findOr404(c: Context): Promise<Found> {
      const tree = await units.listTreeWithMembers();
      const id = parseId(c.req.param('id') ?? '');
      const unit = id === undefined ? undefined : tree.find((u) => u.id === id);
      if (!unit) throw new NotFoundError();
      return { unit, tree };
    },

    async newForm(c: Context<StaffEnv>, values: UnitFormValues, errors?: Errors) {
      const tree = await units.listTree();
      return frame.respond(
        c,
        t.form.newTitle,
        <UnitForm
          csrfToken={c.get('staff')!.csrfToken}
          title={t.form.newTitle}
          action={UNITS_PATH}
          values={values}
          parents={tree}
          allowTopLevel={!tree.some((u) => u.parentId === null)}
          errors={errors}
        />,
        { status: errors ? 400 : 200 },
      );
    },

    /** The parent list leaves out the unit and everything below it. */
    editForm(
      c: Context<StaffEnv>,
      found: Found,
      values: UnitFormValues,
      errors?: Errors,
      status: 200 | 400 | 409 = 200,
    ) {
      const { unit, tree } = found;
      const below = new Set(descendantsIn(tree, unit.id).map((u) => u.id));
      const parents = tree.filter((u) => u.id !== unit.id && !below.has(u.id));
      const children = tree.filter((u) => u.parentId === unit.id).length;
      return frame.respond(
        c,
        unit.name,
        <UnitForm
          csrfToken={c.get('staff')!.csrfToken}
          title={unit.name}
          action={`${UNITS_PATH}/${unit.id}`}
          values={values}
          parents={parents}
          allowTopLevel={unit.parentId === null}
          errors={errors}
          deletable={{ id: unit.id, children, members: unit.members }}
        />,
        { status },
      );
    },
  };
}

function auditOf(deps: Deps, c: Context<StaffEnv>) {
  const staff = c.get('staff')!;
  return (action: AuditAction, target: string, detail: string) =>
    deps.audit.record({
      action,
      userId: staff.user.id,
      actor: staff.user.email,
      target,
      detail,
      requestId: requestIdOf(c),
    });
}

/** The tree, the new-unit form and its post: mounted before the import's /nhap and the /:id routes. */
export function mountUnitCreation(app: Hono, deps: Deps) {
  const { units, guard, frame } = deps;
  const pages = unitFormPages(deps);

  app.get(UNITS_PATH, guard.require('units.manage'), async (c) =>
    frame.respond(c, t.tree.title, <UnitsTreePage units={await units.listTreeWithMembers()} />),
  );

  app.get(`${UNITS_PATH}/moi`, guard.require('units.manage'), async (c) => pages.newForm(c, emptyUnitForm));

  app.post(UNITS_PATH, guard.require('units.manage'), async (c) => {
    const values = await readForm(c);
    const parsed = unitFormSchema(units.today()).safeParse(values);
    if (!parsed.success) return pages.newForm(c, values, fieldErrors(parsed.error));
    let id: number;
    try {
      id = await units.create(parsed.data);
    } catch (error) {
      if (error instanceof UnitRejectedError) return pages.newForm(c, values, error.fields);
      throw error;
    }
    const created = await units.findById(id);
    await auditOf(deps, c)('unit.created', parsed.data.name, created?.path.join(' › ') ?? '');
    return c.redirect(`${UNITS_PATH}/${id}?tb=da-tao-don-vi`, 303);
  });
}

/** One unit's page, its save (a move included) and its delete. */
export function mountUnitEditing(app: Hono, deps: Deps) {
  const { units, guard } = deps;
  const pages = unitFormPages(deps);

  app.get(`${UNITS_PATH}/:id`, guard.require('units.manage'), async (c) => {
    const found = await pages.findOr404(c);
    return pages.editForm(c, found, toFormValues(found.unit));
  });

  app.post(`${UNITS_PATH}/:id`, guard.require('units.manage'), async (c) => {
    const found = await pages.findOr404(c);
    const values = await readForm(c);
    const parsed = unitFormSchema(units.today()).safeParse(values);
    if (!parsed.success) return pages.editForm(c, found, values, fieldErrors(parsed.error), 400);
    try {
      await units.update(found.unit.id, parsed.data);
    } catch (error) {
      if (error instanceof UnitRejectedError) return pages.editForm(c, found, values, error.fields, 400);
      throw error;
    }
    const moved = found.unit.parentId !== parsed.data.parentId;
    const path = (await units.findById(found.unit.id))?.path.join(' › ') ?? '';
    await auditOf(deps, c)('unit.updated', parsed.data.name, moved ? t.audit.movedTo(path) : path);
    return c.redirect(`${UNITS_PATH}/${found.unit.id}?tb=da-luu-don-vi`, 303);
  });

  app.post(`${UNITS_PATH}/:id/xoa`, guard.require('units.manage'), async (c) => {
    const found = await pages.findOr404(c);
    try {
      await units.remove(found.unit.id);
    } catch (error) {
      if (error instanceof UnitInUseError)
        return pages.editForm(c, found, toFormValues(found.unit), { delete: error.message }, 409);
      throw error;
    }
    await auditOf(deps, c)('unit.deleted', found.unit.name, found.unit.path.join(' › '));
    return c.redirect(`${UNITS_PATH}?tb=da-xoa-don-vi`, 303);
  });
}

// The users as the pages and the other modules read them: rows become UserViews here.
import type { Db } from '../../database.js';
import * as q from './accounts.queries.js';
import type { UserView } from './accounts.types.js';
import { isRole } from './roles.js';

async function toViews(db: Db, rows: Awaited<ReturnType<typeof q.listUsers>>): Promise<UserView[]> {
  const roles = await q.listRoles(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    roles: (roles.get(r.id) ?? []).filter(isRole),
    unitId: r.unit_id,
    disabled: r.disabled === 1,
    createdAt: r.created_at,
    lastLoginAt: r.last_login_at,
  }));
}

export function createUserReads(deps: { db: Db }) {
  const { db } = deps;
  return {
    async listUsers(): Promise<UserView[]> {
      return toViews(db, await q.listUsers(db));
    },

    async findUser(id: number): Promise<UserView | undefined> {
      const row = await q.findUserById(db, id);
      return row ? (await toViews(db, [row]))[0] : undefined;
    },

    async countUsers() {
      return q.countUsers(db);
    },
  };
}

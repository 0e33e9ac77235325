// Plain queries for users, roles, sessions, login failures, secrets and the audit log.
import type { Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';

type Executor = Db | Transaction<Database>;

export function findUserByEmail(db: Executor, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Executor, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function listUsers(db: Executor) {
  return db.selectFrom('users').selectAll().orderBy('name').orderBy('id').execute();
}

export async function insertUser(
  db: Executor,
  row: { email: string; name: string; passwordHash: string; unitId: number | null; now: string },
): Promise<number> {
  const inserted = await db
    .insertInto('users')
    .values({
      email: row.email,
      name: row.name,
      password_hash: row.passwordHash,
      unit_id: row.unitId,
      created_at: row.now,
      updated_at: row.now,
      last_login_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateUser(
  db: Executor,
  id: number,
  changes: {
    name?: string;
    unitId?: number | null;
    disabled?: boolean;
    passwordHash?: string;
    lastLoginAt?: string;
    now: string;
  },
) {
  await db
    .updateTable('users')
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.unitId !== undefined ? { unit_id: changes.unitId } : {}),
      ...(changes.disabled !== undefined ? { disabled: changes.disabled ? 1 : 0 } : {}),
      ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
      ...(changes.lastLoginAt !== undefined ? { last_login_at: changes.lastLoginAt } : {}),
      updated_at: changes.now,
    })
    .where('id', '=', id)
    .execute();
}

export async function listRoles(db: Executor, userIds: number[]): Promise<Map<number, string[]>> {
  const byUser = new Map<number, string[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db.selectFrom('user_roles').selectAll().where('user_id', 'in', userIds).orderBy('role').execute();
  for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r.role]);
  return byUser;
}

export async function replaceRoles(db: Executor, userId: number, roles: string[]) {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length > 0)
    await db
      .insertInto('user_roles')
      .values(roles.map((role) => ({ user_id: userId, role })))
      .execute();
}

export async function insertSession(
  db: Executor,
  row: { tokenHash: string; userId: number; csrfToken: string; browser: string; now: string; expiresAt: string },
) {
  await db
    .insertInto('sessions')
    .values({
      token_hash: row.tokenHash,
      user_id: row.userId,
      csrf_token: row.csrfToken,
      browser: row.browser,
      created_at: row.now,
      last_seen_at: row.now,
      expires_at: row.expiresAt,
    })
    .execute();
}

export function findSessionWithUser(db: Executor, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.token_hash',
      'sessions.csrf_token',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id as user_id',
      'users.email',
      'users.name',
      'users.disabled',
      'users.unit_id',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(db: Executor, tokenHash: string, now: string) {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Executor, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Executor, userId: number) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteSessionsIdleSince(db: Executor, idleCutoff: string, now: string) {
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('last_seen_at', '<', idleCutoff), eb('expires_at', '<=', now)]))
    .execute();
}

export function listActiveSessions(db: Executor, idleCutoff: string, now: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.token_hash',
      'sessions.browser',
      'sessions.created_at',
      'sessions.last_seen_at',
      'users.id as user_id',
      'users.name',
      'users.email',
    ])
    .where('sessions.last_seen_at', '>=', idleCutoff)
    .where('sessions.expires_at', '>', now)
    .orderBy('sessions.last_seen_at', 'desc')
    .execute();
}

/**
 * Locks the throttle rows of these keys for the rest of the transaction: an upsert waits for any
 * other transaction holding the same row (PostgreSQL), and SQLite serialises every writer anyway.
 * Keys are taken in sorted order so that two attempts can never wait for each other.
 */
export async function lockLoginKeys(db: Executor, keys: string[], at: string) {
  for (const key of [...keys].sort()) {
    await db
      .insertInto('login_locks')
      .values({ key, at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ at }))
      .execute();
  }
}

/** Inserts one counted attempt per key and returns their ids (to take them back on success). */
export async function insertLoginAttempts(db: Executor, keys: string[], at: string): Promise<number[]> {
  const rows = await db
    .insertInto('login_failures')
    .values(keys.map((key) => ({ key, at })))
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** The times of the newest `limit` attempts on `key` since `since`, oldest first. */
export async function listLoginAttemptsSince(
  db: Executor,
  key: string,
  since: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('login_failures')
    .select('at')
    .where('key', '=', key)
    .where('at', '>=', since)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.at).reverse();
}

export async function deleteLoginAttempts(db: Executor, ids: number[]) {
  if (ids.length > 0) await db.deleteFrom('login_failures').where('id', 'in', ids).execute();
}

export async function deleteLoginFailures(db: Executor, key: string) {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}

export async function deleteLoginFailuresBefore(db: Executor, cutoff: string) {
  await db.deleteFrom('login_failures').where('at', '<', cutoff).execute();
  await db.deleteFrom('login_locks').where('at', '<', cutoff).execute();
}

export async function findOrCreateSecret(db: Executor, name: string, fresh: string): Promise<string> {
  await db
    .insertInto('app_secrets')
    .values({ name, value: fresh })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('app_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}

export async function insertAudit(
  db: Executor,
  row: {
    at: string;
    userId: number | null;
    actor: string;
    action: string;
    target: string;
    detail: string;
    requestId: string;
  },
) {
  await db
    .insertInto('audit_log')
    .values({
      at: row.at,
      user_id: row.userId,
      actor: row.actor,
      action: row.action,
      target: row.target,
      detail: row.detail,
      request_id: row.requestId,
    })
    .execute();
}

export function listAudit(db: Executor, options: { limit: number; offset: number; action?: string }) {
  let query = db.selectFrom('audit_log').selectAll();
  if (options.action) query = query.where('action', '=', options.action);
  return query.orderBy('id', 'desc').limit(options.limit).offset(options.offset).execute();
}

export async function countAudit(db: Executor, action?: string): Promise<number> {
  let query = db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n'));
  if (action) query = query.where('action', '=', action);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

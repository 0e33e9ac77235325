// Plain queries for two-factor login: the secret and its last step, the recovery codes, the
// pending logins and the roles that must use it.
import type { Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';

type Executor = Db | Transaction<Database>;

export function findTwoFactor(db: Executor, userId: number) {
  return db.selectFrom('two_factor').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function listEnabledUserIds(db: Executor): Promise<Set<number>> {
  const rows = await db.selectFrom('two_factor').select('user_id').where('enabled_at', 'is not', null).execute();
  return new Set(rows.map((r) => r.user_id));
}

/** A new secret to enrol with: replaces any earlier one that was never confirmed. */
export async function saveEnrolment(db: Executor, row: { userId: number; secret: string; now: string }) {
  await db.deleteFrom('two_factor').where('user_id', '=', row.userId).where('enabled_at', 'is', null).execute();
  await db
    .insertInto('two_factor')
    .values({ user_id: row.userId, secret: row.secret, enabled_at: null, last_step: null, created_at: row.now })
    .execute();
}

export async function enable(db: Executor, userId: number, at: string, step: number) {
  await db
    .updateTable('two_factor')
    .set({ enabled_at: at, last_step: step })
    .where('user_id', '=', userId)
    .where('enabled_at', 'is', null)
    .execute();
}

/**
 * Takes this step as used, if no code of this step or a later one was: true when it was free.
 * One conditional update, so two requests with the same code cannot both pass.
 */
export async function claimStep(db: Executor, userId: number, step: number): Promise<boolean> {
  const result = await db
    .updateTable('two_factor')
    .set({ last_step: step })
    .where('user_id', '=', userId)
    .where('enabled_at', 'is not', null)
    .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteTwoFactor(db: Executor, userId: number) {
  await db.deleteFrom('two_factor_recovery_codes').where('user_id', '=', userId).execute();
  await db.deleteFrom('two_factor_pending').where('user_id', '=', userId).execute();
  await db.deleteFrom('two_factor').where('user_id', '=', userId).execute();
}

export async function replaceRecoveryCodes(db: Executor, userId: number, hashes: string[]) {
  await db.deleteFrom('two_factor_recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('two_factor_recovery_codes')
    .values(hashes.map((code_hash) => ({ user_id: userId, code_hash, used_at: null })))
    .execute();
}

/** Marks an unused code used: true when it was there and unused (a code works once). */
export async function useRecoveryCode(db: Executor, userId: number, hash: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('two_factor_recovery_codes')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countUnusedRecoveryCodes(db: Executor, userId: number): Promise<number> {
  const row = await db
    .selectFrom('two_factor_recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function listAllSecrets(db: Executor) {
  return db.selectFrom('two_factor').select(['user_id', 'secret']).execute();
}

export async function updateSecret(db: Executor, userId: number, secret: string) {
  await db.updateTable('two_factor').set({ secret }).where('user_id', '=', userId).execute();
}

/** The roles the admin saved, or null while they have never saved any (the defaults apply). */
export async function findRequiredRoles(db: Executor): Promise<string[] | null> {
  const row = await db
    .selectFrom('two_factor_settings')
    .select('required_roles')
    .where('id', '=', 1)
    .executeTakeFirst();
  if (!row) return null;
  return row.required_roles.split(',').filter((role) => role !== '');
}

export async function saveRequiredRoles(db: Executor, roles: readonly string[], now: string) {
  const values = { required_roles: roles.join(','), updated_at: now };
  await db
    .insertInto('two_factor_settings')
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}

export async function insertPending(
  db: Executor,
  row: { tokenHash: string; userId: number; attemptIds: number[]; browser: string; expiresAt: string },
) {
  await db
    .insertInto('two_factor_pending')
    .values({
      token_hash: row.tokenHash,
      user_id: row.userId,
      attempt_ids: row.attemptIds.join(','),
      browser: row.browser,
      expires_at: row.expiresAt,
    })
    .execute();
}

export function findPending(db: Executor, tokenHash: string) {
  return db
    .selectFrom('two_factor_pending')
    .innerJoin('users', 'users.id', 'two_factor_pending.user_id')
    .select([
      'two_factor_pending.token_hash',
      'two_factor_pending.user_id',
      'two_factor_pending.attempt_ids',
      'two_factor_pending.browser',
      'two_factor_pending.tries',
      'two_factor_pending.expires_at',
      'users.email',
      'users.disabled',
    ])
    .where('two_factor_pending.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function countPendingTry(db: Executor, tokenHash: string) {
  await db
    .updateTable('two_factor_pending')
    .set((eb) => ({ tries: eb('tries', '+', 1) }))
    .where('token_hash', '=', tokenHash)
    .execute();
}

/** Removes a pending login: true when this call removed it (it completes once). */
export async function deletePending(db: Executor, tokenHash: string): Promise<boolean> {
  const result = await db.deleteFrom('two_factor_pending').where('token_hash', '=', tokenHash).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function deletePendingBefore(db: Executor, at: string) {
  await db.deleteFrom('two_factor_pending').where('expires_at', '<', at).execute();
}

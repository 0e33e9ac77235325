// Plain queries for personal API tokens.
import type { Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';

type Executor = Db | Transaction<Database>;

export async function insertApiToken(
  db: Executor,
  row: { userId: number; name: string; tokenHash: string; prefix: string; now: string; expiresAt: string | null },
): Promise<number> {
  const inserted = await db
    .insertInto('api_tokens')
    .values({
      user_id: row.userId,
      name: row.name,
      token_hash: row.tokenHash,
      prefix: row.prefix,
      created_at: row.now,
      expires_at: row.expiresAt,
      last_used_at: null,
      revoked_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

const withOwner = (db: Executor) =>
  db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.user_id',
      'api_tokens.name',
      'api_tokens.prefix',
      'api_tokens.created_at',
      'api_tokens.expires_at',
      'api_tokens.last_used_at',
      'api_tokens.revoked_at',
      'users.email',
      'users.name as owner_name',
      'users.disabled',
      'users.unit_id',
    ]);

export function findApiTokenByHash(db: Executor, tokenHash: string) {
  return withOwner(db).where('api_tokens.token_hash', '=', tokenHash).executeTakeFirst();
}

export function findApiTokenById(db: Executor, id: number) {
  return withOwner(db).where('api_tokens.id', '=', id).executeTakeFirst();
}

/** Newest first; one user's tokens, or everyone's when no user is given. */
export function listApiTokens(db: Executor, userId?: number) {
  let query = withOwner(db);
  if (userId !== undefined) query = query.where('api_tokens.user_id', '=', userId);
  return query.orderBy('api_tokens.created_at', 'desc').orderBy('api_tokens.id', 'desc').execute();
}

/** Records a use unless one was recorded since `staleBefore`: the condition keeps concurrent requests to one write. */
export async function touchApiToken(db: Executor, id: number, now: string, staleBefore: string) {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: now })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<=', staleBefore)]))
    .execute();
}

/** Returns whether the token was live (already revoked tokens keep their first revocation time). */
export async function revokeApiToken(db: Executor, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function revokeApiTokensOfUser(db: Executor, userId: number, now: string) {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

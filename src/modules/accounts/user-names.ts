// People's names as other modules' queries read them (an article's owner, an image's uploader):
// the joins onto the users table are written here, so the SQL that names the table stays in the
// module that owns it, and a list of 20 articles still gets its owners' names in the same query.
import type { OperandExpression, SelectQueryBuilder, StringReference, Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';

// Kysely cannot check a join on a table set it does not know yet (TB is the caller's): the builder
// is seen loosely inside these helpers, and their signatures say exactly what the caller gets.
type LooseQuery<O> = SelectQueryBuilder<Record<string, Record<string, unknown>>, string, O>;

/**
 * `query` with the name of the user its `userId` column names, selected `as`: an inner join on
 * users.id, for a column that always names an account (accounts are disabled, never deleted).
 */
export function joinUserName<TB extends keyof Database, O, As extends string>(
  query: SelectQueryBuilder<Database, TB, O>,
  userId: StringReference<Database, TB>,
  as: As,
): SelectQueryBuilder<Database, TB | 'users', O & { [K in As]: string }> {
  const loose = query as unknown as LooseQuery<O>;
  return loose.innerJoin('users', 'users.id', userId).select(`users.name as ${as}`) as never;
}

/** As joinUserName, for a column that may be null (or name nobody): the name is then null. */
export function leftJoinUserName<TB extends keyof Database, O, As extends string>(
  query: SelectQueryBuilder<Database, TB, O>,
  userId: StringReference<Database, TB>,
  as: As,
): SelectQueryBuilder<Database, TB | 'users', O & { [K in As]: string | null }> {
  const loose = query as unknown as LooseQuery<O>;
  return loose.leftJoin('users', 'users.id', userId).select(`users.name as ${as}`) as never;
}

/** The accounts among `ids` (a subquery of user ids), with their names, in name order. */
export function listUserNamesAmong(
  db: Db | Transaction<Database>,
  ids: OperandExpression<number | null>,
): Promise<Array<{ id: number; name: string }>> {
  return db
    .selectFrom('users')
    .select(['users.id', 'users.name'])
    .where('users.id', 'in', ids)
    .orderBy('users.name')
    .execute();
}

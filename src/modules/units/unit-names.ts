// The units' names as other modules' queries read them: a join onto the units table written here,
// so the SQL that names the table stays in the module that owns it, and a list of 5,000 tasks still
// gets its units' names in one query. Also the stamp a cached copy of those names must match.
import type { SelectQueryBuilder, StringReference, Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';

/**
 * `query` with the name of the unit its `unitId` column names, selected `as`: an inner join on
 * units.id (a unit in use is never deleted, so no row is lost).
 */
export function joinUnitName<TB extends keyof Database, O, As extends string>(
  query: SelectQueryBuilder<Database, TB, O>,
  unitId: StringReference<Database, TB>,
  as: As,
): SelectQueryBuilder<Database, TB | 'units', O & { [K in As]: string }> {
  // Kysely cannot check a join on a table set it does not know yet (TB is the caller's): the
  // builder is seen loosely here, and the signature says exactly what the caller gets.
  const loose = query as unknown as SelectQueryBuilder<Record<string, Record<string, unknown>>, string, O>;
  return loose.innerJoin('units', 'units.id', unitId).select(`units.name as ${as}`) as never;
}

/** When a unit last changed, and how many there are: a cached copy of unit names is current while both are. */
export async function readUnitsStamp(db: Db | Transaction<Database>): Promise<string> {
  const units = await db
    .selectFrom('units')
    .select([(eb) => eb.fn.max('updated_at').as('at'), (eb) => eb.fn.countAll<number>().as('n')])
    .executeTakeFirst();
  return `${units?.at ?? ''}/${units?.n ?? 0}`;
}

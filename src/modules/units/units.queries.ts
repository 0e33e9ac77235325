// Plain queries for the organisation tree. The whole tree is read at once: a Bloc has a few
// hundred units at most, and every page that shows units wants them in tree order anyway.
import type { Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';
import type { Unit } from './unit-tree.js';

type Executor = Db | Transaction<Database>;

/** A unit's own columns, as written; without `nameEn` (the import sheet has none) it stays as it is. */
export type UnitValues = Omit<Unit, 'id' | 'createdAt' | 'updatedAt' | 'nameEn'> & { nameEn?: string };

export function listUnits(db: Executor) {
  return db.selectFrom('units').selectAll().orderBy('position').orderBy('id').execute();
}

export function findUnitById(db: Executor, id: number) {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUnit(db: Executor, values: UnitValues, now: string): Promise<number> {
  const row = await db
    .insertInto('units')
    .values({
      parent_id: values.parentId,
      name: values.name,
      short_name: values.shortName,
      name_en: values.nameEn ?? '',
      founded_on: values.foundedOn,
      address: values.address,
      phone: values.phone,
      email: values.email,
      position: values.position,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUnit(db: Executor, id: number, values: UnitValues, now: string) {
  await db
    .updateTable('units')
    .set({
      parent_id: values.parentId,
      name: values.name,
      short_name: values.shortName,
      ...(values.nameEn === undefined ? {} : { name_en: values.nameEn }),
      founded_on: values.foundedOn,
      address: values.address,
      phone: values.phone,
      email: values.email,
      position: values.position,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

export async function deleteUnit(db: Executor, id: number) {
  await db.deleteFrom('units').where('id', '=', id).execute();
}

/** The next free sibling position (after the last one), spaced by ten like the categories. */
export async function nextPosition(db: Executor, parentId: number | null): Promise<number> {
  let query = db.selectFrom('units').select((eb) => eb.fn.max('position').as('top'));
  query = parentId === null ? query.where('parent_id', 'is', null) : query.where('parent_id', '=', parentId);
  const row = await query.executeTakeFirst();
  return row?.top === null || row?.top === undefined ? 10 : Number(row.top) + 10;
}

// The briefs' rows: plain functions taking the database (or a transaction) first.
import type { Insertable, Transaction, Updateable } from 'kysely';
import type { Database, Db } from '../../database.js';
import type { BriefRevisionsTable, BriefsTable } from './briefs.tables.js';

type Executor = Db | Transaction<Database>;

export function findBriefById(db: Executor, id: number) {
  return db.selectFrom('briefs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findBriefByDay(db: Executor, day: string) {
  return db.selectFrom('briefs').selectAll().where('day', '=', day).executeTakeFirst();
}

export function findPublishedByDay(db: Executor, day: string) {
  return db
    .selectFrom('briefs')
    .selectAll()
    .where('day', '=', day)
    .where('status', '=', 'published')
    .executeTakeFirst();
}

/** Every brief, drafts too, newest day first: the staff list. */
export function listBriefs(db: Executor, page: { limit: number; offset: number }) {
  return db.selectFrom('briefs').selectAll().orderBy('day', 'desc').limit(page.limit).offset(page.offset).execute();
}

export async function countBriefs(db: Executor, status?: 'published'): Promise<number> {
  let query = db.selectFrom('briefs').select((eb) => eb.fn.countAll<number | string>().as('n'));
  if (status) query = query.where('status', '=', status);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export function listPublished(db: Executor, page: { limit: number; offset: number }) {
  return db
    .selectFrom('briefs')
    .selectAll()
    .where('status', '=', 'published')
    .orderBy('day', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** Published briefs whose day is within from..to (inclusive), newest first. */
export function listPublishedBetween(db: Executor, from: string, to: string) {
  return db
    .selectFrom('briefs')
    .selectAll()
    .where('status', '=', 'published')
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day', 'desc')
    .execute();
}

export function listPublishedPages(db: Executor) {
  return db
    .selectFrom('briefs')
    .select(['day', 'updated_at'])
    .where('status', '=', 'published')
    .orderBy('day', 'desc')
    .execute();
}

/** Every published brief with its folded text, newest first: what search keeps in memory (brief-reads.ts). */
export function listPublishedForSearch(db: Executor) {
  return db
    .selectFrom('briefs')
    .select([
      'id',
      'day',
      'intro',
      'items',
      'status',
      'version',
      'created_at',
      'updated_at',
      'published_at',
      'search_f',
    ])
    .where('status', '=', 'published')
    .orderBy('day', 'desc')
    .execute();
}

export async function insertBrief(db: Executor, row: Insertable<BriefsTable>): Promise<number> {
  return (await db.insertInto('briefs').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Saves only if nobody saved since `expected` (the version goes up by one); false when someone did. */
export async function updateBrief(
  db: Executor,
  id: number,
  expected: number,
  changes: Updateable<BriefsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('briefs')
    .set({ ...changes, version: expected + 1 })
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertRevision(db: Executor, row: Insertable<BriefRevisionsTable>) {
  await db.insertInto('brief_revisions').values(row).execute();
}

export function listRevisions(db: Executor, briefId: number) {
  return db
    .selectFrom('brief_revisions')
    .selectAll()
    .where('brief_id', '=', briefId)
    .orderBy('version', 'desc')
    .execute();
}

/** Takes the right to file this day's tracker report: true for the one caller that took it. */
export async function claimReport(db: Executor, id: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('briefs')
    .set({ reported_at: at })
    .where('id', '=', id)
    .where('reported_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks briefs whose day's report is filed (a history brought in at once). */
export async function markReported(db: Executor, ids: readonly number[], at: string) {
  if (ids.length > 0) await db.updateTable('briefs').set({ reported_at: at }).where('id', 'in', ids).execute();
}

/** Gives the claim back when filing failed, so the next publication tries again. */
export async function releaseReport(db: Executor, id: number) {
  await db.updateTable('briefs').set({ reported_at: null }).where('id', '=', id).execute();
}

export async function readSettingsTask(db: Executor): Promise<number | null> {
  const row = await db.selectFrom('brief_settings').select('task_id').where('id', '=', 1).executeTakeFirst();
  return row?.task_id ?? null;
}

export async function writeSettingsTask(db: Executor, taskId: number | null, at: string) {
  await db
    .insertInto('brief_settings')
    .values({ id: 1, task_id: taskId, updated_at: at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ task_id: taskId, updated_at: at }))
    .execute();
}

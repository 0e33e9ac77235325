// The events module's SQL: plain functions taking the database (or a transaction) first.
import type { Insertable, Transaction, Updateable } from 'kysely';
import type { Database, Db } from '../../database.js';
import type { EventKind, EventsTable } from './events.tables.js';

type Executor = Db | Transaction<Database>;

export function findEvent(db: Executor, id: number) {
  return db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertEvent(db: Executor, row: Insertable<EventsTable>): Promise<number> {
  const { id } = await db.insertInto('events').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function updateEvent(db: Executor, id: number, changes: Updateable<EventsTable>) {
  return db.updateTable('events').set(changes).where('id', '=', id).executeTakeFirst();
}

export async function deleteEvent(db: Executor, id: number): Promise<boolean> {
  const done = await db.deleteFrom('events').where('id', '=', id).executeTakeFirst();
  return Number(done.numDeletedRows) > 0;
}

export function listAllEvents(db: Executor, limit: number, offset: number) {
  return db
    .selectFrom('events')
    .selectAll()
    .orderBy('starts_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countAllEvents(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

interface PublicFilter {
  kind?: EventKind;
  nowIso: string;
}

function publicEvents(db: Executor, filter: { kind?: EventKind }) {
  let query = db.selectFrom('events').selectAll().where('published', '=', 1);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  return query;
}

/** Not yet over: soonest first. */
export function listUpcoming(db: Executor, filter: PublicFilter, limit: number, offset: number) {
  return publicEvents(db, filter)
    .where('ends_at', '>=', filter.nowIso)
    .orderBy('starts_at', 'asc')
    .orderBy('id', 'asc')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** Over: latest first. */
export function listPast(db: Executor, filter: PublicFilter, limit: number, offset: number) {
  return publicEvents(db, filter)
    .where('ends_at', '<', filter.nowIso)
    .orderBy('starts_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countPublic(db: Executor, filter: PublicFilter): Promise<{ upcoming: number; past: number }> {
  const rows = await db
    .selectFrom('events')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.case().when('ends_at', '>=', filter.nowIso).then(1).else(0).end().as('upcoming'),
    ])
    .where('published', '=', 1)
    .$if(filter.kind !== undefined, (q) => q.where('kind', '=', filter.kind!))
    .groupBy('upcoming')
    .execute();
  const count = (flag: number) => Number(rows.find((r) => Number(r.upcoming) === flag)?.n ?? 0);
  return { upcoming: count(1), past: count(0) };
}

/** Public events that overlap [fromIso, toIso], soonest first (the API and the calendar feed). */
export function listPublicBetween(db: Executor, fromIso: string, toIso: string, kind?: EventKind, limit = 500) {
  return publicEvents(db, { kind })
    .where('ends_at', '>=', fromIso)
    .where('starts_at', '<=', toIso)
    .orderBy('starts_at', 'asc')
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
}

/** Every published event with its folded text, the latest start first: what search keeps in memory (listed.ts). */
export function listPublicForSearch(db: Executor) {
  return db
    .selectFrom('events')
    .select(['id', 'title', 'place', 'description', 'starts_at', 'search_f'])
    .where('published', '=', 1)
    .orderBy('starts_at', 'desc')
    .execute();
}

export function listPublicPages(db: Executor) {
  return db
    .selectFrom('events')
    .select(['id', 'title', 'updated_at'])
    .where('published', '=', 1)
    .orderBy('id')
    .execute();
}

export function listEventArticleIds(db: Executor, eventId: number) {
  return db
    .selectFrom('event_articles')
    .select('article_id')
    .where('event_id', '=', eventId)
    .orderBy('position')
    .execute()
    .then((rows) => rows.map((r) => r.article_id));
}

export async function replaceEventArticles(db: Executor, eventId: number, articleIds: number[]) {
  await db.deleteFrom('event_articles').where('event_id', '=', eventId).execute();
  if (articleIds.length === 0) return;
  await db
    .insertInto('event_articles')
    .values(articleIds.map((article_id, position) => ({ event_id: eventId, article_id, position })))
    .execute();
}

export function listAnniversaryEventKeys(db: Executor) {
  return db
    .selectFrom('events')
    .select(['anniversary_of', 'anniversary_years', 'id'])
    .where('anniversary_of', 'is not', null)
    .execute();
}

/* Registrations */

/**
 * Takes one seat if one is left: a single UPDATE, so two units registering the last seat at the
 * same moment cannot both get it (PostgreSQL locks the row, SQLite the database, for the statement).
 */
export async function takeSeat(db: Executor, eventId: number): Promise<boolean> {
  const done = await db
    .updateTable('events')
    .set((eb) => ({ registered_count: eb('registered_count', '+', 1) }))
    .where('id', '=', eventId)
    .where((eb) => eb.or([eb('capacity', 'is', null), eb('registered_count', '<', eb.ref('capacity'))]))
    .executeTakeFirst();
  return Number(done.numUpdatedRows) > 0;
}

export async function giveSeatBack(db: Executor, eventId: number) {
  await db
    .updateTable('events')
    .set((eb) => ({ registered_count: eb('registered_count', '-', 1) }))
    .where('id', '=', eventId)
    .where('registered_count', '>', 0)
    .execute();
}

export async function insertRegistration(
  db: Executor,
  row: {
    event_id: number;
    unit_id: number;
    name: string;
    position_title: string;
    registered_by: number;
    created_at: string;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('event_registrations')
    .values({ ...row, attended: null, result: '' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function findRegistration(db: Executor, id: number) {
  return db.selectFrom('event_registrations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteRegistration(db: Executor, id: number): Promise<boolean> {
  const done = await db.deleteFrom('event_registrations').where('id', '=', id).executeTakeFirst();
  return Number(done.numDeletedRows) > 0;
}

export function listRegistrations(db: Executor, eventId: number) {
  return db
    .selectFrom('event_registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy('unit_id')
    .orderBy('id')
    .execute();
}

export async function countByUnit(db: Executor, eventId: number) {
  const rows = await db
    .selectFrom('event_registrations')
    .select((eb) => ['unit_id', eb.fn.countAll<number>().as('n')])
    .where('event_id', '=', eventId)
    .groupBy('unit_id')
    .execute();
  return rows.map((r) => ({ unitId: r.unit_id, count: Number(r.n) }));
}

export function setResult(db: Executor, registrationId: number, eventId: number, attended: number, result: string) {
  return db
    .updateTable('event_registrations')
    .set({ attended, result })
    .where('id', '=', registrationId)
    .where('event_id', '=', eventId)
    .execute();
}

/* Commemorated dates */

export function listCommemorations(db: Executor) {
  return db.selectFrom('commemorations').selectAll().orderBy('date').orderBy('id').execute();
}

export async function insertCommemoration(db: Executor, row: { name: string; date: string; created_at: string }) {
  const { id } = await db.insertInto('commemorations').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function deleteCommemoration(db: Executor, id: number): Promise<boolean> {
  const done = await db.deleteFrom('commemorations').where('id', '=', id).executeTakeFirst();
  return Number(done.numDeletedRows) > 0;
}

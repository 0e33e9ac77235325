// Queries for salts, visitor state and daily history. Both dialects accept the same SQL here
// (INSERT … ON CONFLICT is in SQLite ≥ 3.24 and PostgreSQL ≥ 9.5).
import { sql, type Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';
import type { VisitorState } from './visits.js';
import { statementChunks } from '../../platform/db/statement-chunks.js';

type Executor = Db | Transaction<Database>;

// Stay far below SQLite's 32,766 bound parameters per statement.
const CHUNK = 400;
const chunks = <T>(items: T[], size = CHUNK) => statementChunks(items, size);

export async function insertSaltIfAbsent(db: Executor, row: { day: string; salt: string; createdAt: string }) {
  await db
    .insertInto('stats_salts')
    .values({ day: row.day, salt: row.salt, created_at: row.createdAt })
    .onConflict((oc) => oc.column('day').doNothing())
    .execute();
}

export async function findSalt(db: Executor, day: string): Promise<string | undefined> {
  const row = await db.selectFrom('stats_salts').select('salt').where('day', '=', day).executeTakeFirst();
  return row?.salt;
}

export async function deleteSaltsOlderThanDay(db: Executor, day: string) {
  await db.deleteFrom('stats_salts').where('day', '<', day).execute();
}

export async function findVisitorStates(db: Executor, ids: string[]): Promise<Map<string, VisitorState>> {
  const known = new Map<string, VisitorState>();
  for (const part of chunks(ids)) {
    const rows = await db.selectFrom('stats_visitors').selectAll().where('visitor_id', 'in', part).execute();
    for (const r of rows) {
      known.set(r.visitor_id, {
        visitorId: r.visitor_id,
        visitStartedAt: r.visit_started_at,
        lastHitAt: r.last_hit_at,
        lastPath: r.last_path,
      });
    }
  }
  return known;
}

export async function saveVisitorStates(db: Executor, states: VisitorState[]) {
  for (const part of chunks(states, 200)) {
    await db
      .insertInto('stats_visitors')
      .values(
        part.map((s) => ({
          visitor_id: s.visitorId,
          visit_started_at: s.visitStartedAt,
          last_hit_at: s.lastHitAt,
          last_path: s.lastPath,
        })),
      )
      .onConflict((oc) =>
        oc.column('visitor_id').doUpdateSet({
          visit_started_at: sql`excluded.visit_started_at`,
          last_hit_at: sql`excluded.last_hit_at`,
          last_path: sql`excluded.last_path`,
        }),
      )
      .execute();
  }
}

export async function deleteVisitorStates(db: Executor, ids: string[]) {
  for (const part of chunks(ids)) await db.deleteFrom('stats_visitors').where('visitor_id', 'in', part).execute();
}

/** Visitor rows whose last hit is older than any visit could still continue from. */
export async function deleteVisitorStatesIdleSince(db: Executor, cutoffIso: string) {
  await db.deleteFrom('stats_visitors').where('last_hit_at', '<', cutoffIso).execute();
}

/** Appends visitor rows to the log (a SQLite node's visitor rows, visitor-log-store.ts). */
export async function appendVisitorLog(db: Executor, states: VisitorState[], retiredIds: string[], retiredAt: string) {
  const rows = [
    ...states.map((s) => ({
      visitor_id: s.visitorId,
      visit_started_at: s.visitStartedAt,
      last_hit_at: s.lastHitAt,
      last_path: s.lastPath,
      retired: 0,
    })),
    ...retiredIds.map((id) => ({
      visitor_id: id,
      visit_started_at: retiredAt,
      last_hit_at: retiredAt,
      last_path: '',
      retired: 1,
    })),
  ];
  for (const part of chunks(rows, 200)) await db.insertInto('stats_visitor_log').values(part).execute();
}

/** Log rows with a hit at or after `sinceIso`, in the order they were written. */
export function listVisitorLogSince(db: Executor, sinceIso: string) {
  return db
    .selectFrom('stats_visitor_log')
    .select(['visitor_id', 'visit_started_at', 'last_hit_at', 'last_path', 'retired'])
    .where('last_hit_at', '>=', sinceIso)
    .orderBy('id')
    .execute();
}

export async function deleteVisitorLogIdleSince(db: Executor, cutoffIso: string) {
  await db.deleteFrom('stats_visitor_log').where('last_hit_at', '<', cutoffIso).execute();
}

export async function addDailyTotals(db: Executor, rows: Array<{ day: string; visits: number; pageviews: number }>) {
  if (rows.length === 0) return;
  await db
    .insertInto('stats_daily')
    .values(rows)
    .onConflict((oc) =>
      oc.column('day').doUpdateSet({
        visits: sql`stats_daily.visits + excluded.visits`,
        pageviews: sql`stats_daily.pageviews + excluded.pageviews`,
      }),
    )
    .execute();
}

export async function addArticleDailyViews(
  db: Executor,
  rows: Array<{ articleId: number; day: string; views: number }>,
) {
  if (rows.length === 0) return;
  await db
    .insertInto('article_views_daily')
    .values(rows.map((r) => ({ article_id: r.articleId, day: r.day, views: r.views })))
    .onConflict((oc) =>
      oc.columns(['article_id', 'day']).doUpdateSet({ views: sql`article_views_daily.views + excluded.views` }),
    )
    .execute();
}

export async function countVisitorsActiveSince(db: Executor, sinceIso: string): Promise<number> {
  const row = await db
    .selectFrom('stats_visitors')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('last_hit_at', '>=', sinceIso)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function visitsOnDay(db: Executor, day: string): Promise<number> {
  const row = await db.selectFrom('stats_daily').select('visits').where('day', '=', day).executeTakeFirst();
  return Number(row?.visits ?? 0);
}

export async function sumVisitsFromDay(db: Executor, fromDay: string): Promise<number> {
  const row = await db
    .selectFrom('stats_daily')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('visits'), sql<number>`0`).as('n'))
    .where('day', '>=', fromDay)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function listDailyHistory(db: Executor, fromDay: string) {
  return db.selectFrom('stats_daily').selectAll().where('day', '>=', fromDay).orderBy('day', 'desc').execute();
}

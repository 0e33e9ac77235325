// Turns beacon hits into visits and views: hashes the visitor, queues the hit for group commit,
// and answers with counters read after the commit.
import type { Clock, RandomSource } from '../../platform/clock.js';
import type { Logger } from '../../platform/logger.js';
import type { Database, Db } from '../../database.js';
import type { Transaction } from 'kysely';
import { addBatch, readCounters, type Counters } from './counters.js';
import { createSaltStore } from './salts.js';
import { computeVisitorId } from './visitor-id.js';
import { applyHits, VISIT_TIMEOUT_MS, type BatchOutcome, type Hit } from './visits.js';
import type { CountedPage } from './public-paths.js';
import { startOfVietnamWeek, vietnamDay } from '../../platform/time/vietnam-time.js';
import { createWriteBuffer } from './write-buffer.js';
import * as q from './analytics.queries.js';

export interface HitAnswer extends Counters {
  /** Views of the article the hit was on, when it was on one. */
  views?: number;
}

export interface ArticleViewsPort {
  /** Only articles readers can open at `nowIso`: published, public, not expired. */
  findArticleIdsBySlugs(
    db: Db | Transaction<Database>,
    slugs: string[],
    nowIso: string,
  ): Promise<Array<{ id: number; slug: string; views: number }>>;
  addArticleViews(db: Db | Transaction<Database>, viewsById: Map<number, number>): Promise<void>;
}

const COUNTERS_MAX_AGE_MS = 1000;

function visitorIdsOf(hits: Hit[]): string[] {
  const ids = new Set<string>();
  for (const h of hits) {
    ids.add(h.visitorId);
    if (h.previousVisitorId) ids.add(h.previousVisitorId);
  }
  return [...ids];
}
const PRUNE_EVERY_MS = 60_000;
const MAX_BATCH = 1000;

export function createAnalyticsService(deps: {
  db: Db;
  clock: Clock;
  random: RandomSource;
  logger: Logger;
  articles: ArticleViewsPort;
  flushIntervalMs: number;
  startingTotal: number;
}) {
  const { db, clock } = deps;
  const salts = createSaltStore({ db, clock, random: deps.random });
  let snapshot: { counters: Counters; at: number; day: string } = {
    counters: { online: 0, today: 0, week: 0, total: deps.startingTotal },
    at: 0,
    day: '',
  };
  let refreshing: Promise<Counters> | undefined;
  let lastPrune = 0;

  async function refreshCounters(): Promise<Counters> {
    const now = clock.now();
    const counters = await readCounters(db, now, deps.startingTotal);
    snapshot = { counters, at: now.getTime(), day: vietnamDay(now) };
    return counters;
  }

  /** Counters including a batch just committed: read from the database at most once a second. */
  async function countersAfter(outcome: BatchOutcome): Promise<Counters> {
    const now = clock.now();
    const today = vietnamDay(now);
    if (now.getTime() - snapshot.at > COUNTERS_MAX_AGE_MS || today !== snapshot.day) return refreshCounters();
    snapshot = {
      ...snapshot,
      counters: addBatch(snapshot.counters, outcome, today, vietnamDay(startOfVietnamWeek(now))),
    };
    return snapshot.counters;
  }

  /**
   * Writes one batch in one transaction. A hit on an article path counts only if a published,
   * public article has that slug (looked up once for the whole batch); other hits count as pages.
   */
  async function writeBatch(hits: Hit[]): Promise<HitAnswer[]> {
    const viewsBySlug = new Map<string, number>();
    const outcome = await db.transaction().execute(async (trx) => {
      const slugs = [...new Set(hits.flatMap((h) => (h.articleSlug ? [h.articleSlug] : [])))];
      const found = await deps.articles.findArticleIdsBySlugs(trx, slugs, clock.now().toISOString());
      const idBySlug = new Map(found.map((a) => [a.slug, a.id]));
      for (const a of found) viewsBySlug.set(a.slug, Number(a.views));
      const counted = hits.filter((h) => !h.articleSlug || idBySlug.has(h.articleSlug));

      const outcome = applyHits(counted, await q.findVisitorStates(trx, visitorIdsOf(counted)));
      await q.saveVisitorStates(trx, [...outcome.visitors.values()]);
      await q.deleteVisitorStates(trx, outcome.retiredVisitorIds);
      await q.addDailyTotals(
        trx,
        [...outcome.pageviewsByDay].map(([day, pageviews]) => ({
          day,
          pageviews,
          visits: outcome.visitsByDay.get(day) ?? 0,
        })),
      );
      await writeArticleViews(trx, outcome, idBySlug, viewsBySlug);

      const now = clock.now().getTime();
      if (now - lastPrune > PRUNE_EVERY_MS) {
        lastPrune = now;
        await q.deleteVisitorStatesIdleSince(trx, new Date(now - 2 * VISIT_TIMEOUT_MS).toISOString());
      }
      return outcome;
    });
    const counters = await countersAfter(outcome);
    return hits.map((h) => {
      const views = h.articleSlug ? viewsBySlug.get(h.articleSlug) : undefined;
      return views === undefined ? { ...counters } : { ...counters, views };
    });
  }

  /** Adds the batch's article views to the articles and their daily rows; updates `viewsBySlug`. */
  async function writeArticleViews(
    trx: Transaction<Database>,
    outcome: BatchOutcome,
    idBySlug: Map<string, number>,
    viewsBySlug: Map<string, number>,
  ) {
    const addById = new Map<number, number>();
    const daily: Array<{ articleId: number; day: string; views: number }> = [];
    for (const v of outcome.articleViews) {
      const id = idBySlug.get(v.slug);
      if (id === undefined) continue;
      addById.set(id, (addById.get(id) ?? 0) + v.views);
      viewsBySlug.set(v.slug, (viewsBySlug.get(v.slug) ?? 0) + v.views);
      daily.push({ articleId: id, day: v.day, views: v.views });
    }
    await deps.articles.addArticleViews(trx, addById);
    await q.addArticleDailyViews(trx, daily);
  }

  const buffer = createWriteBuffer<Hit, HitAnswer>({
    intervalMs: deps.flushIntervalMs,
    maxBatch: MAX_BATCH,
    flush: writeBatch,
  });

  return {
    /**
     * Counts one view of a public page (see countedPageOf); settles after the hit is committed.
     * An article page counts only if the article is out for readers.
     */
    async recordHit(input: { ip: string; userAgent: string; page: CountedPage }): Promise<HitAnswer> {
      const at = clock.now();
      const daily = await salts.saltsFor(at);
      return buffer.add({
        visitorId: computeVisitorId(daily.current, input.ip, input.userAgent),
        previousVisitorId: daily.previous ? computeVisitorId(daily.previous, input.ip, input.userAgent) : undefined,
        at,
        path: input.page.path,
        articleSlug: input.page.articleSlug,
      });
    },

    /** Counters at most a second old. */
    async readFreshCounters(): Promise<Counters> {
      if (clock.now().getTime() - snapshot.at <= COUNTERS_MAX_AGE_MS) return snapshot.counters;
      refreshing ??= refreshCounters().finally(() => (refreshing = undefined));
      return refreshing;
    },

    /** The latest counters without waiting (for rendering pages); refreshes in the background. */
    peekCounters(): Counters {
      if (clock.now().getTime() - snapshot.at > COUNTERS_MAX_AGE_MS && !refreshing) {
        refreshing = refreshCounters()
          .catch((err) => {
            deps.logger.warn({ err }, 'counters refresh failed');
            return snapshot.counters;
          })
          .finally(() => (refreshing = undefined));
      }
      return snapshot.counters;
    },

    listDailyHistory(fromDay: string) {
      return q.listDailyHistory(db, fromDay);
    },

    /** Writes every queued hit and lets a counters reading in flight finish; called on shutdown. */
    async drain() {
      await buffer.drain();
      await refreshing?.catch(() => undefined);
    },
  };
}

export type AnalyticsService = ReturnType<typeof createAnalyticsService>;

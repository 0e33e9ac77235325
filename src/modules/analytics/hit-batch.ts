// One flush of the write buffer: a batch of hits written in one transaction (visitor states,
// daily totals, article views), then each hit's answer from the counters after the commit.
import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database, Db } from '../../database.js';
import * as q from './analytics.queries.js';
import type { Counters } from './counters.js';
import type { CountersCache } from './counters-cache.js';
import type { VisitorStore } from './visitor-store.js';
import { applyHits, VISIT_TIMEOUT_MS, type BatchOutcome, type Hit } from './visits.js';

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

const PRUNE_EVERY_MS = 60_000;

function visitorIdsOf(hits: Hit[]): string[] {
  const ids = new Set<string>();
  for (const h of hits) {
    ids.add(h.visitorId);
    if (h.previousVisitorId) ids.add(h.previousVisitorId);
  }
  return [...ids];
}

/** Adds the batch's article views to the articles and their daily rows; updates `viewsBySlug`. */
async function writeArticleViews(
  trx: Transaction<Database>,
  articles: ArticleViewsPort,
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
  await articles.addArticleViews(trx, addById);
  await q.addArticleDailyViews(trx, daily);
}

export function createBatchWriter(deps: {
  db: Db;
  clock: Clock;
  articles: ArticleViewsPort;
  counters: CountersCache;
  visitors: VisitorStore;
}) {
  const { db, clock, articles, visitors } = deps;
  let lastPrune = 0;

  /** Visitor rows idle for longer than any visit could continue, deleted at most once a minute. */
  async function pruneIdleVisitors(trx: Transaction<Database>) {
    const now = clock.now().getTime();
    if (now - lastPrune <= PRUNE_EVERY_MS) return;
    lastPrune = now;
    await visitors.prune(trx, new Date(now - 2 * VISIT_TIMEOUT_MS).toISOString());
  }

  /**
   * Writes one batch in one transaction. A hit on an article path counts only if a published,
   * public article has that slug (looked up once for the whole batch); other hits count as pages.
   */
  return async function writeBatch(hits: Hit[]): Promise<HitAnswer[]> {
    const viewsBySlug = new Map<string, number>();
    const outcome = await db.transaction().execute(async (trx) => {
      const slugs = [...new Set(hits.flatMap((h) => (h.articleSlug ? [h.articleSlug] : [])))];
      const found = await articles.findArticleIdsBySlugs(trx, slugs, clock.now().toISOString());
      const idBySlug = new Map(found.map((a) => [a.slug, a.id]));
      for (const a of found) viewsBySlug.set(a.slug, Number(a.views));
      const counted = hits.filter((h) => !h.articleSlug || idBySlug.has(h.articleSlug));

      const outcome = applyHits(counted, await visitors.find(trx, visitorIdsOf(counted)));
      await visitors.save(trx, outcome, clock.now().toISOString());
      const days = [...outcome.pageviewsByDay];
      await q.addDailyTotals(
        trx,
        days.map(([day, pageviews]) => ({ day, pageviews, visits: outcome.visitsByDay.get(day) ?? 0 })),
      );
      await writeArticleViews(trx, articles, outcome, idBySlug, viewsBySlug);
      await pruneIdleVisitors(trx);
      return outcome;
    });
    visitors.committed(outcome);
    const counters = await deps.counters.afterBatch(outcome);
    return hits.map((h) => {
      const views = h.articleSlug ? viewsBySlug.get(h.articleSlug) : undefined;
      return views === undefined ? { ...counters } : { ...counters, views };
    });
  };
}

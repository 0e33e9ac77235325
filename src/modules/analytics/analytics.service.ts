// Turns beacon hits into visits and views: hashes the visitor, queues the hit for group commit
// (hit-batch.ts writes each batch), and answers with counters read after the commit
// (counters-cache.ts).
import type { Clock, RandomSource } from '../../platform/clock.js';
import type { Logger } from '../../platform/logger.js';
import { ServiceUnavailableError } from '../../platform/http/errors.js';
import type { Db } from '../../database.js';
import * as q from './analytics.queries.js';
import { createCountersCache } from './counters-cache.js';
import { type ArticleViewsPort, createBatchWriter, type HitAnswer } from './hit-batch.js';
import type { CountedPage } from './public-paths.js';
import { createSaltStore } from './salts.js';
import { computeVisitorId } from './visitor-id.js';
import { createVisitorLogStore } from './visitor-log-store.js';
import { createVisitorTableStore } from './visitor-store.js';
import type { Hit } from './visits.js';
import { createWriteBuffer } from './write-buffer.js';

export type { ArticleViewsPort, HitAnswer } from './hit-batch.js';

const MAX_BATCH = 1000;
// While the database is down or full, hits fail as fast as they come; this bounds the memory a
// stalled database (a connection attempt hanging for its 5 s timeout) can make them take.
const MAX_PENDING_HITS = 20 * MAX_BATCH;

export function createAnalyticsService(deps: {
  db: Db;
  clock: Clock;
  random: RandomSource;
  logger: Logger;
  articles: ArticleViewsPort;
  flushIntervalMs: number;
  /** Flush when a turn of the event loop brings no new hit (write-buffer.ts): SQLite only. */
  flushWhenQuiet: boolean;
  startingTotal: number;
  /** Where visitor rows live (visitor-store.ts): 'log' on SQLite's single node, 'table' else. */
  visitorRows: 'log' | 'table';
  /** Told after each group commit (its hits, seconds, failure): the metrics, when they are on. */
  onFlush?: (hits: number, seconds: number, failed: boolean) => void;
}) {
  const { db, clock } = deps;
  const salts = createSaltStore({ db, clock, random: deps.random });
  const visitors = deps.visitorRows === 'log' ? createVisitorLogStore(() => clock.now()) : createVisitorTableStore();
  const counters = createCountersCache({ db, visitors, clock, logger: deps.logger, startingTotal: deps.startingTotal });
  const buffer = createWriteBuffer<Hit, HitAnswer>({
    intervalMs: deps.flushIntervalMs,
    flushWhenQuiet: deps.flushWhenQuiet,
    maxBatch: MAX_BATCH,
    maxPending: MAX_PENDING_HITS,
    whenFull: () => new ServiceUnavailableError(1),
    flush: createBatchWriter({ db, clock, articles: deps.articles, counters, visitors }),
    onFlush: deps.onFlush,
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
    readFreshCounters: counters.readFresh,

    /** The latest counters without waiting (for rendering pages); refreshes in the background. */
    peekCounters: counters.peek,

    listDailyHistory(fromDay: string) {
      return q.listDailyHistory(db, fromDay);
    },

    /** Writes every queued hit and lets a counters reading in flight finish; called on shutdown. */
    async drain() {
      await buffer.drain();
      await counters.settle();
    },
  };
}

export type AnalyticsService = ReturnType<typeof createAnalyticsService>;

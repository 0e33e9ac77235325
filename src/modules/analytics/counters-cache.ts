// The four counters as this node last knew them: read from the database at most once a second
// (and at every change of Vietnam day), and in between moved on by the batches this node commits,
// so a hit's answer costs no extra query and other nodes' hits show within a second.
import type { Clock } from '../../platform/clock.js';
import type { Logger } from '../../platform/logger.js';
import { startOfVietnamWeek, vietnamDay } from '../../platform/time/vietnam-time.js';
import type { Db } from '../../database.js';
import { addBatch, readCounters, type Counters } from './counters.js';
import type { VisitorStore } from './visitor-store.js';
import type { BatchOutcome } from './visits.js';

const COUNTERS_MAX_AGE_MS = 1000;

export function createCountersCache(deps: {
  db: Db;
  visitors: VisitorStore;
  clock: Clock;
  logger: Logger;
  startingTotal: number;
}) {
  const { db, clock } = deps;
  let snapshot: { counters: Counters; at: number; day: string } = {
    counters: { online: 0, today: 0, week: 0, total: deps.startingTotal },
    at: 0,
    day: '',
  };
  let refreshing: Promise<Counters> | undefined;

  async function refresh(): Promise<Counters> {
    const now = clock.now();
    const counters = await readCounters(db, deps.visitors, now, deps.startingTotal);
    snapshot = { counters, at: now.getTime(), day: vietnamDay(now) };
    return counters;
  }

  return {
    /** Counters including a batch just committed: read from the database at most once a second. */
    async afterBatch(outcome: BatchOutcome): Promise<Counters> {
      const now = clock.now();
      const today = vietnamDay(now);
      if (now.getTime() - snapshot.at > COUNTERS_MAX_AGE_MS || today !== snapshot.day) return refresh();
      snapshot = {
        ...snapshot,
        counters: addBatch(snapshot.counters, outcome, today, vietnamDay(startOfVietnamWeek(now))),
      };
      return snapshot.counters;
    },

    /** Counters at most a second old. */
    async readFresh(): Promise<Counters> {
      if (clock.now().getTime() - snapshot.at <= COUNTERS_MAX_AGE_MS) return snapshot.counters;
      refreshing ??= refresh().finally(() => (refreshing = undefined));
      return refreshing;
    },

    /** The latest counters without waiting (for rendering pages); refreshes in the background. */
    peek(): Counters {
      if (clock.now().getTime() - snapshot.at > COUNTERS_MAX_AGE_MS && !refreshing) {
        refreshing = refresh()
          .catch((err) => {
            deps.logger.warn({ err }, 'counters refresh failed');
            return snapshot.counters;
          })
          .finally(() => (refreshing = undefined));
      }
      return snapshot.counters;
    },

    /** Lets a reading in flight finish (shutdown). */
    async settle(): Promise<void> {
      await refreshing?.catch(() => undefined);
    },
  };
}

export type CountersCache = ReturnType<typeof createCountersCache>;

// The four public counters, computed exactly as DESIGN.md states:
// online = distinct visitors with a hit in the last 5 minutes; today = visits started since
// 00:00 Vietnam time; week = since Monday 00:00 Vietnam time; total = all visits + starting total.
import { startOfVietnamWeek, vietnamDay } from '../../platform/time/vietnam-time.js';
import type { Db } from '../../database.js';
import { sumVisitsFromDay, visitsOnDay } from './analytics.queries.js';
import type { VisitorStore } from './visitor-store.js';
import { ONLINE_WINDOW_MS, type BatchOutcome } from './visits.js';

export interface Counters {
  online: number;
  today: number;
  week: number;
  total: number;
}

export async function readCounters(
  db: Db,
  visitors: VisitorStore,
  now: Date,
  startingTotal: number,
): Promise<Counters> {
  const [online, today, week, allTime] = await Promise.all([
    visitors.countActiveSince(db, new Date(now.getTime() - ONLINE_WINDOW_MS).toISOString()),
    visitsOnDay(db, vietnamDay(now)),
    sumVisitsFromDay(db, vietnamDay(startOfVietnamWeek(now))),
    sumVisitsFromDay(db, '0000-00-00'),
  ]);
  return { online, today, week, total: allTime + startingTotal };
}

/**
 * The counters after a batch this node has just committed, without asking the database again:
 * the batch's new visits and newly online visitors are added to the last reading. Exact for the
 * batch; other nodes' hits and visitors going offline show at the next reading (≤ 1 s later).
 */
export function addBatch(
  counters: Counters,
  outcome: Pick<BatchOutcome, 'visitsByDay' | 'becameOnline'>,
  today: string,
  weekStartDay: string,
): Counters {
  let todayVisits = 0;
  let weekVisits = 0;
  let allVisits = 0;
  for (const [day, visits] of outcome.visitsByDay) {
    allVisits += visits;
    if (day >= weekStartDay) weekVisits += visits;
    if (day === today) todayVisits += visits;
  }
  return {
    online: counters.online + outcome.becameOnline,
    today: counters.today + todayVisits,
    week: counters.week + weekVisits,
    total: counters.total + allVisits,
  };
}

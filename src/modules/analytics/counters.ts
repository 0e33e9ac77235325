// The four public counters, computed exactly as DESIGN.md states:
// online = distinct visitors with a hit in the last 5 minutes; today = visits started since
// 00:00 Vietnam time; week = since Monday 00:00 Vietnam time; total = all visits + starting total.
import { startOfVietnamWeek, vietnamDay } from '../../platform/time/vietnam-time.js';
import type { Db } from '../../database.js';
import { countVisitorsActiveSince, sumVisitsFromDay, visitsOnDay } from './analytics.queries.js';

export const ONLINE_WINDOW_MS = 5 * 60 * 1000;

export interface Counters {
  online: number;
  today: number;
  week: number;
  total: number;
}

export async function readCounters(db: Db, now: Date, startingTotal: number): Promise<Counters> {
  const [online, today, week, allTime] = await Promise.all([
    countVisitorsActiveSince(db, new Date(now.getTime() - ONLINE_WINDOW_MS).toISOString()),
    visitsOnDay(db, vietnamDay(now)),
    sumVisitsFromDay(db, vietnamDay(startOfVietnamWeek(now))),
    sumVisitsFromDay(db, '0000-00-00'),
  ]);
  return { online, today, week, total: allTime + startingTotal };
}

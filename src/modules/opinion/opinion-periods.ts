// Reporting periods, pure and in Vietnam time. A period is a month ('2026-11') or a quarter
// ('2026-Q4'). Its report is due on the deadline day of the month after it ends (23:59:59.999
// Vietnam time); a report filed after that instant is late. A unit may still file (late) and edit
// until the period closes, `graceDays` calendar days after the deadline, at the end of that day;
// after that, a period without a report is "not reported" for good and only the admin corrects it.
import { endOfVietnamDate, vietnamDay } from '../../platform/time/vietnam-time.js';
import type { PeriodKind } from './opinion.tables.js';

export interface PeriodRules {
  kind: PeriodKind;
  deadlineDay: number;
  graceDays: number;
}

export type FilingStatus = 'on_time' | 'late' | 'missing' | 'not_due';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const pad = (n: number) => String(n).padStart(2, '0');

export function isPeriodKey(key: string): boolean {
  return MONTH.test(key) || QUARTER.test(key);
}

/** Year and first and last month (1–12) the period covers. */
function monthsOf(key: string): { year: number; first: number; last: number } {
  const m = MONTH.exec(key);
  if (m) return { year: Number(m[1]), first: Number(m[2]), last: Number(m[2]) };
  const q = QUARTER.exec(key);
  if (!q) throw new Error(`not a period: ${key}`);
  const quarter = Number(q[2]);
  return { year: Number(q[1]), first: quarter * 3 - 2, last: quarter * 3 };
}

/** The period of `kind` that holds the Vietnam calendar date `day` (YYYY-MM-DD). */
export function periodOfDay(kind: PeriodKind, day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return kind === 'month' ? `${year}-${pad(month)}` : `${year}-Q${Math.ceil(month / 3)}`;
}

/** The period just before `key`, of the same kind. */
export function previousPeriod(key: string): string {
  const { year, first } = monthsOf(key);
  if (MONTH.test(key)) return first === 1 ? `${year - 1}-12` : `${year}-${pad(first - 1)}`;
  const quarter = (first + 2) / 3;
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

/** The first Vietnam day of the period (YYYY-MM-DD). */
export function firstDayOf(key: string): string {
  const { year, first } = monthsOf(key);
  return `${year}-${pad(first)}-01`;
}

/** The deadline date (YYYY-MM-DD): `deadlineDay` of the month after the period's last month. */
export function deadlineOf(key: string, rules: Pick<PeriodRules, 'deadlineDay'>): string {
  const { year, last } = monthsOf(key);
  const [y, m] = last === 12 ? [year + 1, 1] : [year, last + 1];
  return `${y}-${pad(m)}-${pad(rules.deadlineDay)}`;
}

function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The last day (YYYY-MM-DD) a unit may still file or edit the period's report. */
export function closingDayOf(key: string, rules: PeriodRules): string {
  return addDays(deadlineOf(key, rules), rules.graceDays);
}

/** Whether the period has begun and not yet closed at `now`: a unit may file and edit it. */
export function isPeriodOpen(key: string, rules: PeriodRules, now: Date): boolean {
  const today = vietnamDay(now);
  return firstDayOf(key) <= today && now.toISOString() <= endOfVietnamDate(closingDayOf(key, rules));
}

/** A unit's standing for the period: filed on time, filed late, missing (deadline passed), or not due yet. */
export function filingStatus(key: string, rules: PeriodRules, filedAt: string | undefined, now: Date): FilingStatus {
  const deadline = endOfVietnamDate(deadlineOf(key, rules));
  if (filedAt !== undefined) return filedAt <= deadline ? 'on_time' : 'late';
  return now.toISOString() > deadline ? 'missing' : 'not_due';
}

/** The periods of `kind` from the one holding `now` back, `count` of them, newest first. */
export function recentPeriods(kind: PeriodKind, now: Date, count: number): string[] {
  const keys = [periodOfDay(kind, vietnamDay(now))];
  while (keys.length < count) keys.push(previousPeriod(keys[keys.length - 1]!));
  return keys;
}

/** The periods a unit may file for at `now`: begun and not closed, newest first. */
export function openPeriods(rules: PeriodRules, now: Date): string[] {
  // A period closes at most 3 months + 28 + grace days after it begins: a few back are enough.
  const back = Math.ceil((rules.graceDays + 31) / 28) + 2;
  return recentPeriods(rules.kind, now, back).filter((key) => isPeriodOpen(key, rules, now));
}

/** The period the overview opens on: the one before now's, whose reports fall due this month. */
export function periodToReview(rules: Pick<PeriodRules, 'kind'>, now: Date): string {
  return previousPeriod(periodOfDay(rules.kind, vietnamDay(now)));
}

/** The 12 Vietnam months ending with the one holding `now`, oldest first ('2026-01' …). */
export function lastTwelveMonths(now: Date): string[] {
  return recentPeriods('month', now, 12).reverse();
}

export function periodParts(key: string): { kind: PeriodKind; year: number; number: number } {
  const { year, first } = monthsOf(key);
  return MONTH.test(key) ? { kind: 'month', year, number: first } : { kind: 'quarter', year, number: (first + 2) / 3 };
}

// When a task falls due: its occurrences, one per deadline date (a one-off task has one, a daily
// task over a year has 365). Dates are Vietnam calendar dates 'YYYY-MM-DD'; an occurrence is due at
// 23:59:59.999 Vietnam time on its date.
//
// Rules:
// - daily: every date from..to inclusive.
// - monthly: day 1–31 of each month; a month shorter than `day` uses its last day (31 → 30 April,
//   28/29 February). Only dates within from..to count.
// - yearly: `month`/`day` of each year, clamped the same way (29 February → 28 February in common
//   years). Only dates within from..to count.
// - A malformed recurrence (not a real date, from > to, day or month out of range, a span over
//   MAX_RECURRENCE_YEARS) has no occurrences rather than throwing: a bad row must not take a
//   dashboard down. Input is checked with recurrenceProblem() before it is stored.
//
// Keys are built with integer calendar arithmetic, never Date or Intl: the plan dashboard lists
// occurrences for thousands of tasks per request.
import { daysInMonth, endOfVietnamDate, isCalendarDate } from '../../platform/time/vietnam-time.js';
import { planInputText } from './plans-input.vi.js';

export type Recurrence =
  | { kind: 'once'; deadline: string }
  | { kind: 'daily'; from: string; to: string }
  | { kind: 'monthly'; day: number; from: string; to: string }
  | { kind: 'yearly'; month: number; day: number; from: string; to: string };

export interface Occurrence {
  /** Its deadline date, YYYY-MM-DD. */
  key: string;
  /** ISO instant of 23:59:59.999 Vietnam time on that date. */
  dueAt: string;
}

/** Longest span a recurring task may cover: a programme (Đề án) runs five years; ten leaves room. */
export const MAX_RECURRENCE_YEARS = 10;

const messages = {
  ...planInputText.recurrence,
  tooLong: planInputText.recurrence.tooLong(MAX_RECURRENCE_YEARS),
};

const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));
const dateKey = (year: number, month: number, day: number) => `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
const yearOf = (date: string) => Number(date.slice(0, 4));
const monthOf = (date: string) => Number(date.slice(5, 7));
const dayOf = (date: string) => Number(date.slice(8, 10));
const isDayOfMonth = (n: number) => Number.isInteger(n) && n >= 1 && n <= 31;
const isMonth = (n: number) => Number.isInteger(n) && n >= 1 && n <= 12;

/** A Vietnamese sentence saying what is wrong with a recurrence, or undefined when it is usable. */
export function recurrenceProblem(recurrence: Recurrence): string | undefined {
  if (recurrence.kind === 'once') return isCalendarDate(recurrence.deadline) ? undefined : messages.badDate;
  const { from, to } = recurrence;
  if (!isCalendarDate(from) || !isCalendarDate(to)) return messages.badDate;
  if (from > to) return messages.fromAfterTo;
  if (yearOf(to) - yearOf(from) > MAX_RECURRENCE_YEARS) return messages.tooLong;
  if (recurrence.kind === 'yearly' && !isMonth(recurrence.month)) return messages.badMonth;
  if (recurrence.kind !== 'daily' && !isDayOfMonth(recurrence.day)) return messages.badDay;
  return listOccurrenceKeys(recurrence).length === 0 ? messages.noOccurrence : undefined;
}

/** Every occurrence of the recurrence, in date order (keys strictly increasing). */
export function listOccurrences(recurrence: Recurrence): Occurrence[] {
  const keys = listOccurrenceKeys(recurrence);
  const occurrences = new Array<Occurrence>(keys.length);
  for (let i = 0; i < keys.length; i++) occurrences[i] = { key: keys[i]!, dueAt: endOfVietnamDate(keys[i]!) };
  return occurrences;
}

/**
 * The occurrence a report about work done on `activityDate` belongs to: the first one due on or
 * after that date. Work done after the last deadline still belongs to the last occurrence (it is
 * late, and must be reportable so the task can show "hoàn thành quá hạn"); a date before a recurring
 * task's `from`, or not a real date, belongs to none.
 */
export function occurrenceFor(recurrence: Recurrence, activityDate: string): Occurrence | undefined {
  if (!isCalendarDate(activityDate)) return undefined;
  if (recurrence.kind !== 'once' && activityDate < recurrence.from) return undefined;
  const keys = listOccurrenceKeys(recurrence);
  if (keys.length === 0) return undefined;
  const key = keys[firstIndexAtOrAfter(keys, activityDate)] ?? keys[keys.length - 1]!;
  return { key, dueAt: endOfVietnamDate(key) };
}

/** Index of the first key ≥ `date` in increasing `keys` (keys.length when there is none). */
export function firstIndexAtOrAfter(keys: readonly string[], date: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The occurrences' keys alone, in date order: what the status engine works on. */
export function listOccurrenceKeys(recurrence: Recurrence): string[] {
  if (recurrence.kind === 'once') return isCalendarDate(recurrence.deadline) ? [recurrence.deadline] : [];
  const { from, to } = recurrence;
  if (!isCalendarDate(from) || !isCalendarDate(to) || from > to || yearOf(to) - yearOf(from) > MAX_RECURRENCE_YEARS)
    return [];
  switch (recurrence.kind) {
    case 'daily':
      return listDaily(from, to);
    case 'monthly':
      return isDayOfMonth(recurrence.day) ? listMonthly(recurrence.day, from, to) : [];
    case 'yearly':
      return isMonth(recurrence.month) && isDayOfMonth(recurrence.day)
        ? listYearly(recurrence.month, recurrence.day, from, to)
        : [];
  }
}

function listDaily(from: string, to: string): string[] {
  const keys: string[] = [];
  let year = yearOf(from);
  let month = monthOf(from);
  let day = dayOf(from);
  let monthLength = daysInMonth(year, month);
  let monthPrefix = `${year}-${TWO_DIGITS[month]}-`;
  // year < 10000: past 9999-12-31 the next key would be '10000-01-01', which sorts before `to`.
  for (let key = from; key <= to && year < 10_000; key = monthPrefix + TWO_DIGITS[day]) {
    keys.push(key);
    if (++day > monthLength) {
      day = 1;
      if (++month > 12) {
        month = 1;
        year++;
      }
      monthLength = daysInMonth(year, month);
      monthPrefix = `${year}-${TWO_DIGITS[month]}-`;
    }
  }
  return keys;
}

function listMonthly(day: number, from: string, to: string): string[] {
  const keys: string[] = [];
  const lastYear = yearOf(to);
  const lastMonth = monthOf(to);
  for (let year = yearOf(from), month = monthOf(from); year < lastYear || (year === lastYear && month <= lastMonth); ) {
    const key = dateKey(year, month, Math.min(day, daysInMonth(year, month)));
    if (key >= from && key <= to) keys.push(key);
    if (++month > 12) {
      month = 1;
      year++;
    }
  }
  return keys;
}

function listYearly(month: number, day: number, from: string, to: string): string[] {
  const keys: string[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year++) {
    const key = dateKey(year, month, Math.min(day, daysInMonth(year, month)));
    if (key >= from && key <= to) keys.push(key);
  }
  return keys;
}

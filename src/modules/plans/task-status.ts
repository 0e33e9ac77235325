// A task's status, computed from its reports and never typed by hand, the way government task
// trackers ("theo dõi nhiệm vụ") judge it. Pure: no database, no clock (`now` is passed in).
// Dates are Vietnam calendar dates 'YYYY-MM-DD'; instants are ISO strings (UTC).
//
// Per occurrence (occurrences.ts):
// - Done when (a) the task has a target and the quantities of that occurrence's reports, taken in
//   filedAt order, add up to it: done at the filedAt of the report that reached it; (b) the task
//   has no target (null or 0) and a report says completed: done at the first such filedAt; or
//   (c) an editor marked it done: done at `at`. Whichever is earliest.
// - Done at or before dueAt → done_on_time, after → done_late. Not done and now > dueAt → overdue.
//   Not done and now ≤ dueAt → in_progress when it has a report, else not_due.
// - actual = sum of its reports' quantities (null, negative or fractional quantities count 0).
// - The status is as of `now`: reports and marks dated after `now` are not counted yet, so a done
//   occurrence always has doneAt ≤ now. Reports for an occurrence key the task does not have are
//   ignored.
// Task roll-up:
// - Considered: every occurrence whose dueAt < now (its window has closed: done or overdue), plus
//   the next one (the first with dueAt ≥ now; at exactly dueAt it can still be done on time).
// - Any considered occurrence overdue → overdue (a missed month shows until it is done). Else any
//   done_late → done_late (every closed one is done by then, one of them late). Else the next
//   one's status (not_due / in_progress / done_on_time); with no next one (all closed, all on
//   time) → done_on_time. A task without occurrences → not_due.
// - actual and target are sums over the considered occurrences (target null without a target);
//   doneAt is the latest doneAt when every considered occurrence is done, else null.
// - A one-off task has one occurrence, so its roll-up is that occurrence.
// Cost: O(occurrences + reports), plus at most a binary search per report and a sort only when a
// task with a target gets an occurrence's reports out of filedAt order. No Date or Intl per occurrence or per stored report: instants compare
// as ISO strings, dates as YYYY-MM-DD strings. bench/task-status.ts times it.
import { endOfVietnamDate, vietnamDay } from '../../platform/time/vietnam-time.js';
import { firstIndexAtOrAfter, listOccurrenceKeys, type Occurrence, type Recurrence } from './occurrences.js';
import { plansText } from './plans.vi.js';

export { listOccurrences, occurrenceFor, recurrenceProblem, type Occurrence, type Recurrence } from './occurrences.js';

export interface ReportForStatus {
  /** Which occurrence it reports on. */
  occurrenceKey: string;
  /** ISO instant the report was first filed (corrections keep it). */
  filedAt: string;
  /** Actual quantity towards the target, if the task has one. */
  quantity: number | null;
  /** The reporter says the work is done (what counts when there is no target). */
  completed: boolean;
}

/** An editor marks an occurrence done. */
export interface ManualCompletion {
  occurrenceKey: string;
  at: string;
  reason: string;
}

export type TaskStatus = 'not_due' | 'in_progress' | 'done_on_time' | 'done_late' | 'overdue';

export const taskStatusLabels: Record<TaskStatus, string> = plansText.status;

export interface OccurrenceStatus extends Occurrence {
  status: TaskStatus;
  actual: number;
  target: number | null;
  doneAt: string | null;
}

/**
 * An occurrence somebody still has to report on by `untilIso`: overdue, or open and falling due
 * between now and then (both ends included). The reminders and the unit's home page ask the same.
 */
export function awaitsReport(o: OccurrenceStatus, nowIso: string, untilIso: string): boolean {
  if (o.status === 'overdue') return true;
  return (o.status === 'not_due' || o.status === 'in_progress') && o.dueAt >= nowIso && o.dueAt <= untilIso;
}

export interface TaskStatusResult {
  status: TaskStatus;
  occurrences: OccurrenceStatus[];
  actual: number;
  target: number | null;
  doneAt: string | null;
}

export function computeTaskStatus(
  task: { recurrence: Recurrence; target: number | null },
  reports: readonly ReportForStatus[],
  manual: readonly ManualCompletion[],
  now: Date,
): TaskStatusResult {
  const { nowIso, today } = readClock(now);
  const keys = listOccurrenceKeys(task.recurrence);
  const target =
    typeof task.target === 'number' && Number.isSafeInteger(task.target) && task.target > 0 ? task.target : null;
  const tally = tallyReports(keys, target, reports, nowIso);
  for (const mark of manual) {
    const at = toInstant(mark.at);
    const i = at === null || at > nowIso ? -1 : indexOfKey(keys, mark.occurrenceKey);
    if (i >= 0 && (tally.doneAt[i] === null || at! < tally.doneAt[i]!)) tally.doneAt[i] = at;
  }

  const occurrences = new Array<OccurrenceStatus>(keys.length);
  let considered = 0;
  let actual = 0;
  let overdue = false;
  let late = false;
  let allDone = true;
  let latestDone: string | null = null;
  let next: TaskStatus | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const done = tally.doneAt[i]!;
    // "now > dueAt" for a date is "today (in Vietnam) is a later date": keys compare as plain dates.
    const status: TaskStatus =
      done !== null
        ? isByEndOfVietnamDate(done, key)
          ? 'done_on_time'
          : 'done_late'
        : today > key
          ? 'overdue'
          : tally.reported[i]
            ? 'in_progress'
            : 'not_due';
    occurrences[i] = { key, dueAt: endOfVietnamDate(key), status, actual: tally.actual[i]!, target, doneAt: done };
    if (next !== undefined) continue; // past the roll-up's window: listed, not counted
    considered++;
    actual += tally.actual[i]!;
    if (status === 'overdue') overdue = true;
    else if (status === 'done_late') late = true;
    if (done === null) allDone = false;
    else if (latestDone === null || done > latestDone) latestDone = done;
    if (key >= today) next = status;
  }
  const status: TaskStatus =
    considered === 0 ? 'not_due' : overdue ? 'overdue' : late ? 'done_late' : (next ?? 'done_on_time');
  return {
    status,
    occurrences,
    actual,
    target: target === null ? null : target * considered,
    doneAt: considered > 0 && allDone ? latestDone : null,
  };
}

/**
 * Per occurrence: the quantities reported, whether anything was reported, and when its reports
 * made it done. Only a target needs the reports in filedAt order (the one that reaches it); they
 * usually come in that order (the query sorts), so the sort runs only when one occurrence's reports
 * do not. Parallel arrays, not an object per report (plain arrays: typed ones cost more to make
 * than a one-off task's whole status).
 */
function tallyReports(
  keys: readonly string[],
  target: number | null,
  reports: readonly ReportForStatus[],
  nowIso: string,
) {
  const actual = new Array<number>(keys.length).fill(0);
  const reported = new Array<boolean>(keys.length).fill(false);
  const doneAt = new Array<string | null>(keys.length).fill(null);
  const occurrence = new Array<number>(reports.length);
  const filedAt = new Array<string>(reports.length);
  const latestOf = new Array<string>(keys.length).fill('');
  let inOrder = true;
  let hint = 0;
  for (let j = 0; j < reports.length; j++) {
    const at = toInstant(reports[j]!.filedAt);
    const key = reports[j]!.occurrenceKey;
    // Reports in filing order mostly name the same occurrence as the one before, or the next one.
    if (keys[hint] !== key) hint = keys[hint + 1] === key ? hint + 1 : indexOfKey(keys, key);
    const i = at === null || at > nowIso ? -1 : hint;
    occurrence[j] = i;
    if (hint < 0) hint = 0;
    if (i < 0) continue;
    filedAt[j] = at!;
    if (at! < latestOf[i]!) inOrder = false;
    else latestOf[i] = at!;
  }
  const count = (j: number) => {
    const i = occurrence[j]!;
    if (i < 0) return;
    const r = reports[j]!;
    const at = filedAt[j]!;
    reported[i] = true;
    if (typeof r.quantity === 'number' && Number.isSafeInteger(r.quantity) && r.quantity > 0) actual[i]! += r.quantity;
    if (target === null) {
      if (r.completed === true && (doneAt[i] === null || at < doneAt[i]!)) doneAt[i] = at;
    } else if (doneAt[i] === null && actual[i]! >= target) doneAt[i] = at;
  };
  if (inOrder || target === null) for (let j = 0; j < reports.length; j++) count(j);
  else {
    const order = Array.from({ length: reports.length }, (_, j) => j).filter((j) => occurrence[j]! >= 0);
    order.sort((a, b) => (filedAt[a]! < filedAt[b]! ? -1 : filedAt[a]! > filedAt[b]! ? 1 : a - b));
    for (const j of order) count(j);
  }
  return { actual, reported, doneAt };
}

// The dashboard passes one `now` for thousands of tasks, and turning a Date into strings costs
// more than a one-off task's whole status: the last conversion is kept. Pure, so sharing it is safe.
let lastClock = { ms: Number.NaN, nowIso: '', today: '' };
function readClock(now: Date): { nowIso: string; today: string } {
  const ms = now.getTime();
  if (ms !== lastClock.ms) lastClock = { ms, nowIso: now.toISOString(), today: vietnamDay(now) };
  return lastClock;
}

/** Position of `key` in increasing `keys`, or -1. */
function indexOfKey(keys: readonly string[], key: string): number {
  const i = firstIndexAtOrAfter(keys, key);
  return i < keys.length && keys[i] === key ? i : -1;
}

/** instant (normalised by toInstant) ≤ 23:59:59.999 Vietnam time on `date`, that is 16:59:59.999Z that date. */
function isByEndOfVietnamDate(instant: string, date: string): boolean {
  // An instant on an earlier UTC date sorts before the bare date; on the same one, it is in time
  // when its UTC hour is before 17. Neither builds a string: this runs for every done occurrence.
  if (instant < date) return true;
  return instant.startsWith(date) && (instant.charCodeAt(11) - 48) * 10 + (instant.charCodeAt(12) - 48) < 17;
}

/**
 * An instant in the one form that compares correctly as a string (YYYY-MM-DDTHH:mm:ss.sssZ), or
 * null when it is not a time. Stored values already have that form and skip Date entirely.
 */
function toInstant(value: string): string | null {
  if (value.length === 24 && value.charCodeAt(19) === 46 /* . */ && value.charCodeAt(23) === 90 /* Z */) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

export function summarise(results: readonly TaskStatus[]): Record<TaskStatus, number> & { total: number } {
  const counts = { not_due: 0, in_progress: 0, done_on_time: 0, done_late: 0, overdue: 0, total: results.length };
  for (const status of results) counts[status]++;
  return counts;
}

// Which due occurrences become today's notifications, for which units, in which words. Pure:
// the service feeds it the plans' open occurrences and today's Vietnam date.
//
// Rules (README, "Reminders"):
// - due_soon: the occurrence's deadline date is today or within `daysAhead` calendar days;
// - overdue: its deadline date passed at most `overdueDays` days ago (older ones stay on the
//   dashboards but are not sent again every day);
// - every unit of the task (lead and coordinating) gets its own notification;
// - a periodic report a unit has not filed (the public-opinion report) follows the same window,
//   for that unit, until the report is filed.
import { formatDate } from '../../platform/i18n/format.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import type { Insertable } from 'kysely';
import type { NotificationKind, NotificationsTable } from './reminders.tables.js';
import { remindersText } from './reminders.vi.js';

/** An open occurrence as the plans module lists it (plans.listReminders). */
export interface DueOccurrence {
  taskId: number;
  title: string;
  planNumber: string;
  occurrenceKey: string;
  /** ISO instant: 23:59:59.999 Vietnam time on the deadline date. */
  dueAt: string;
  kind: NotificationKind;
  unitIds: number[];
}

/** A periodic report a unit has not filed yet (opinion's listReminders). */
export interface DueReport {
  /** What the report is and for which period, the same every day: 'opinion:2026-11'. */
  key: string;
  /** How the sentence names it: "Tình hình dư luận xã hội tháng 11/2026". */
  title: string;
  /** ISO instant: 23:59:59.999 Vietnam time on the deadline date. */
  dueAt: string;
  kind: NotificationKind;
  unitIds: number[];
  /** Site-relative: where the unit files it. */
  link: string;
}

export interface ReminderWindow {
  daysAhead: number;
  overdueDays: number;
}

/** A notifications row as the policy makes it (the table's own shape). */
export type NewNotification = Insertable<NotificationsTable>;

const DAY_MS = 86_400_000;
const dateNumber = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

/** Calendar days from `today` to `date` (both YYYY-MM-DD): 0 on the day, negative once it has passed. */
export function daysBetween(today: string, date: string): number {
  return Math.round((dateNumber(date) - dateNumber(today)) / DAY_MS);
}

export function taskLink(taskId: number): string {
  return `/quan-tri/nhiem-vu/${taskId}`;
}

/** The sentence a unit reads, in the bell and in the e-mail, about `subject` (a task or a report). */
function noticeText(subject: string, o: Pick<DueOccurrence, 'dueAt' | 'kind'>, today: string): string {
  const days = daysBetween(today, vietnamDay(new Date(o.dueAt)));
  const due = formatDate(o.dueAt);
  const says = remindersText.notice;
  if (o.kind === 'overdue') return says.overdue(subject, Math.max(1, -days), due);
  return days <= 0 ? says.dueToday(subject, due) : says.dueIn(subject, due, days);
}

/** A task's notice. */
export function reminderText(o: Pick<DueOccurrence, 'title' | 'planNumber' | 'dueAt' | 'kind'>, today: string): string {
  const task = o.planNumber ? remindersText.taskOfPlan(o.title, o.planNumber) : remindersText.task(o.title);
  return noticeText(task, o, today);
}

/** Whether the occurrence is reminded today under the window. */
export function isWithinWindow(
  o: Pick<DueOccurrence, 'dueAt' | 'kind'>,
  today: string,
  window: ReminderWindow,
): boolean {
  const days = daysBetween(today, vietnamDay(new Date(o.dueAt)));
  return o.kind === 'overdue' ? -days <= window.overdueDays : days >= 0 && days <= window.daysAhead;
}

/** Something a unit is reminded of, however it came (a task's occurrence or a report owed). */
interface Reminder {
  taskId: number | null;
  occurrenceKey: string;
  kind: NotificationKind;
  dueAt: string;
  unitIds: number[];
  link: string;
  text: (today: string) => string;
}

/** One row per unit of each reminder in the window. */
function rowsFor(reminders: Reminder[], today: string, window: ReminderWindow, createdAt: string): NewNotification[] {
  const rows: NewNotification[] = [];
  for (const r of reminders) {
    if (!isWithinWindow(r, today, window)) continue;
    const text = r.text(today);
    for (const unitId of new Set(r.unitIds)) {
      rows.push({
        day: today,
        unit_id: unitId,
        task_id: r.taskId,
        occurrence_key: r.occurrenceKey,
        kind: r.kind,
        due_at: r.dueAt,
        text,
        link: r.link,
        created_at: createdAt,
      });
    }
  }
  return rows;
}

/** Today's notifications: one per unit of each occurrence in the window. */
export function notificationsFor(
  due: DueOccurrence[],
  today: string,
  window: ReminderWindow,
  createdAt: string,
): NewNotification[] {
  const reminders = due.map((o) => ({ ...o, link: taskLink(o.taskId), text: (day: string) => reminderText(o, day) }));
  return rowsFor(reminders, today, window, createdAt);
}

/** Today's notifications about reports not filed: one per unit that owes one, in the window. */
export function reportNotificationsFor(
  due: DueReport[],
  today: string,
  window: ReminderWindow,
  createdAt: string,
): NewNotification[] {
  const reminders = due.map((r) => ({
    ...r,
    taskId: null,
    occurrenceKey: r.key,
    text: (day: string) => noticeText(remindersText.report(r.title), r, day),
  }));
  return rowsFor(reminders, today, window, createdAt);
}

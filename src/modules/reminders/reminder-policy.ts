// Which due occurrences become today's notifications, for which units, in which words. Pure:
// the service feeds it the plans' open occurrences and today's Vietnam date.
//
// Rules (README, "Reminders"):
// - due_soon: the occurrence's deadline date is today or within `daysAhead` calendar days;
// - overdue: its deadline date passed at most `overdueDays` days ago (older ones stay on the
//   dashboards but are not sent again every day);
// - every unit of the task (lead and coordinating) gets its own notification.
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

/** The sentence a unit reads, in the bell and in the e-mail. */
export function reminderText(o: Pick<DueOccurrence, 'title' | 'planNumber' | 'dueAt' | 'kind'>, today: string): string {
  const days = daysBetween(today, vietnamDay(new Date(o.dueAt)));
  const task = o.planNumber ? remindersText.taskOfPlan(o.title, o.planNumber) : remindersText.task(o.title);
  const due = formatDate(o.dueAt);
  const says = remindersText.notice;
  if (o.kind === 'overdue') return says.overdue(task, Math.max(1, -days), due);
  return days <= 0 ? says.dueToday(task, due) : says.dueIn(task, due, days);
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

/** Today's notifications: one per unit of each occurrence in the window. */
export function notificationsFor(
  due: DueOccurrence[],
  today: string,
  window: ReminderWindow,
  createdAt: string,
): NewNotification[] {
  const rows: NewNotification[] = [];
  for (const o of due) {
    if (!isWithinWindow(o, today, window)) continue;
    const text = reminderText(o, today);
    for (const unitId of new Set(o.unitIds)) {
      rows.push({
        day: today,
        unit_id: unitId,
        task_id: o.taskId,
        occurrence_key: o.occurrenceKey,
        kind: o.kind,
        due_at: o.dueAt,
        text,
        link: taskLink(o.taskId),
        created_at: createdAt,
      });
    }
  }
  return rows;
}

import type { Generated, Selectable } from 'kysely';

export const NOTIFICATION_KINDS = ['due_soon', 'overdue'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** One row per Vietnam calendar day whose reminders were created: the first node to insert it does the day's work. */
export interface ReminderRunsTable {
  /** Vietnam date YYYY-MM-DD. */
  day: string;
  started_at: string;
  /** How many notifications that run created. */
  notifications: number;
}

/** A reminder for one unit about one occurrence of a task, or about a periodic report it owes, on one day. */
export interface NotificationsTable {
  id: Generated<number>;
  day: string;
  unit_id: number;
  /** Null for a report's reminder (no task). */
  task_id: number | null;
  /** A task's: the occurrence's deadline date YYYY-MM-DD (plans/occurrences.ts); a report's: 'opinion:<period>'. */
  occurrence_key: string;
  kind: NotificationKind;
  /** ISO instant the occurrence falls due (23:59:59.999 Vietnam time on its date). */
  due_at: string;
  /** The Vietnamese sentence shown in the app and in the e-mail, fixed when created. */
  text: string;
  /** Site-relative: /quan-tri/nhiem-vu/<taskId>, or the report's form. */
  link: string;
  created_at: string;
}

/** Each user of the unit reads a notification on their own. */
export interface NotificationReadsTable {
  notification_id: number;
  user_id: number;
  read_at: string;
}

/**
 * The day's e-mail to one person, claimed before it is sent: a second node or a restart finds the
 * row and sends nothing. 'sending' rows whose send failed are deleted so the next tick retries.
 */
export interface ReminderEmailsTable {
  day: string;
  user_id: number;
  status: 'sending' | 'sent';
  reminders: number;
  claimed_at: string;
  sent_at: string | null;
}

export type NotificationRow = Selectable<NotificationsTable>;

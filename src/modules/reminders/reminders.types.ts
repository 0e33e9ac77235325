// What the reminders service is given and gives, and who receives a unit's reminders.
import type { Clock } from '../../platform/clock.js';
import type { Logger } from '../../platform/logger.js';
import type { Db } from '../../database.js';
import type { Role } from '../accounts/index.js';
import type { Mailer } from './mailer.js';
import type { DueOccurrence } from './reminder-policy.js';
import type { NotificationKind } from './reminders.tables.js';

/** A staff account as the accounts module lists it. */
export interface StaffUser {
  id: number;
  name: string;
  email: string;
  roles: readonly Role[];
  unitId: number | null;
  disabled: boolean;
}

/** The signed-in person asking for their notifications. */
export interface Reader {
  userId: number;
  unitId: number | null;
  roles: readonly Role[];
}

export interface NotificationView {
  id: number;
  kind: NotificationKind;
  text: string;
  link: string;
  dueAt: string;
  createdAt: string;
  read: boolean;
}

export interface RunResult {
  /** The Vietnam day the run was for, or undefined before REMINDER_HOUR. */
  day: string | undefined;
  notifications: number;
  emails: number;
}

export interface RemindersDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  policy: { daysAhead: number; overdueDays: number; hour: number };
  /** Open occurrences overdue or due within the days given (plans.listReminders). */
  listDue: (daysAhead: number) => Promise<DueOccurrence[]>;
  /** Every staff account; the reminders go to the enabled unit reporters among them. */
  listUsers: () => Promise<StaffUser[]>;
  /** Absent when SMTP is not configured: notifications only. */
  mailer: Mailer | undefined;
  siteUrl: string;
  siteName: () => string;
}

/** Only unit reporters get their unit's reminders; editors and leaders watch the dashboards. */
export function unitOfReader(reader: Reader): number | undefined {
  return reader.unitId !== null && reader.roles.includes('unit_reporter') ? reader.unitId : undefined;
}

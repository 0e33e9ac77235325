// What the reminders service is given and gives, and who receives a unit's reminders.
import type { Clock } from '../../platform/clock.js';
import type { Logger } from '../../platform/logger.js';
import type { Db } from '../../database.js';
import type { Role } from '../accounts/index.js';
import type { Mailer } from './mailer.js';
import type { DueOccurrence, DueReport } from './reminder-policy.js';
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
  /** Periodic reports units have not filed, past or near their deadline (opinion's listReminders). */
  listDueReports?: () => Promise<DueReport[]>;
  /** Every staff account; the reminders go to the enabled unit reporters among them. */
  listUsers: () => Promise<StaffUser[]>;
  /** Absent when SMTP is not configured: notifications only. */
  mailer: Mailer | undefined;
  siteUrl: string;
  siteName: () => string;
}

/**
 * A unit's reminders go to its unit reporters, and to a leader placed in that unit (the Bloc's
 * own tasks are the committee leader's to chase); editors, and leaders of no unit, watch the dashboards.
 */
export function unitOfReader(reader: Reader): number | undefined {
  const reads = reader.roles.includes('unit_reporter') || reader.roles.includes('leader');
  return reader.unitId !== null && reads ? reader.unitId : undefined;
}

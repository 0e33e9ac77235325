// Reminders as the rest of the app sees them: the daily run (notifications, then e-mails) and a
// reader's notifications. The day's run is claimed in the database (reminder_runs) and each
// e-mail too (reminder_emails), so restarts and several nodes never repeat a day's work.
import type { Clock } from '../../platform/clock.js';
import type { Logger } from '../../platform/logger.js';
import { vietnamDay, vietnamParts } from '../../platform/time/vietnam-time.js';
import type { Db } from '../../database.js';
import type { Role } from '../accounts/index.js';
import type { Mailer } from './mailer.js';
import { buildReminderEmail } from './reminder-email.js';
import { notificationsFor, type DueOccurrence } from './reminder-policy.js';
import * as q from './reminders.queries.js';
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

/** Only unit reporters get their unit's reminders; editors and leaders watch the dashboards. */
export function unitOfReader(reader: Reader): number | undefined {
  return reader.unitId !== null && reader.roles.includes('unit_reporter') ? reader.unitId : undefined;
}

export function createReminders(deps: {
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
}) {
  const { db, clock, logger, policy } = deps;

  async function createNotifications(day: string, now: Date): Promise<number> {
    // Cheap check first, so the ticks after the day's run do not recompute every task's status.
    if (await q.hasRun(db, day)) return 0;
    // One day more than the window: plans compares instants, the policy then keeps whole calendar days.
    const due = await deps.listDue(policy.daysAhead + 1);
    const rows = notificationsFor(due, day, policy, now.toISOString());
    return db.transaction().execute(async (trx) => {
      if (!(await q.claimRun(trx, { day, startedAt: now.toISOString(), notifications: rows.length }))) return 0;
      await q.insertNotifications(trx, rows);
      return rows.length;
    });
  }

  async function sendEmails(mailer: Mailer, day: string): Promise<number> {
    const notifications = await q.listNotificationsOfDay(db, day);
    if (notifications.length === 0) return 0;
    const claimed = new Set((await q.listEmailClaims(db, day)).map((c) => c.user_id));
    const recipients = (await deps.listUsers()).filter((u) => !u.disabled && !claimed.has(u.id));
    let sent = 0;
    for (const recipient of recipients) {
      const unitId = unitOfReader({ userId: recipient.id, unitId: recipient.unitId, roles: recipient.roles });
      const reminders = notifications.filter((n) => n.unit_id === unitId);
      if (reminders.length === 0) continue;
      if (
        !(await q.claimEmail(db, {
          day,
          userId: recipient.id,
          reminders: reminders.length,
          at: clock.now().toISOString(),
        }))
      )
        continue;
      try {
        const email = await buildReminderEmail({
          recipientName: recipient.name,
          siteName: deps.siteName(),
          siteUrl: deps.siteUrl,
          day,
          reminders,
        });
        await mailer.send({ to: { name: recipient.name, address: recipient.email }, ...email });
        await q.markEmailSent(db, day, recipient.id, clock.now().toISOString());
        sent++;
      } catch (err) {
        // The server's answer may quote the address: log only who (by id) and the error's codes.
        const e = err as { code?: unknown; responseCode?: unknown };
        logger.warn(
          { userId: recipient.id, code: e.code, responseCode: e.responseCode },
          'reminder e-mail not sent; retried at the next tick',
        );
        await q.releaseEmail(db, day, recipient.id);
      }
    }
    return sent;
  }

  async function runOnce(): Promise<RunResult> {
    const now = clock.now();
    if (vietnamParts(now).hour < policy.hour) return { day: undefined, notifications: 0, emails: 0 };
    const day = vietnamDay(now);
    const notifications = await createNotifications(day, now);
    // Every tick, not only after the claim: a node that stopped mid-way or a failed send is picked up.
    const emails = deps.mailer ? await sendEmails(deps.mailer, day) : 0;
    if (notifications > 0 || emails > 0) logger.info({ day, notifications, emails }, 'reminders sent');
    return { day, notifications, emails };
  }

  // Calls in this process run one after another: the claims make concurrent runs safe, this
  // makes a run that a caller awaits (a test, the job) finish the work it started.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    /** Does today's work if it is due and not done yet (by this node or another). */
    runDue(): Promise<RunResult> {
      const run = queue.then(runOnce, runOnce);
      queue = run.catch(() => undefined);
      return run;
    },

    /** Resolves when no run of this process is in progress (before the database closes). */
    async settled(): Promise<void> {
      await queue;
    },

    async countUnread(reader: Reader): Promise<number | undefined> {
      const unitId = unitOfReader(reader);
      return unitId === undefined ? undefined : q.countUnread(db, unitId, reader.userId);
    },

    async list(
      reader: Reader,
      page: { limit: number; offset: number },
    ): Promise<{ items: NotificationView[]; total: number }> {
      const unitId = unitOfReader(reader);
      if (unitId === undefined) return { items: [], total: 0 };
      const rows = await q.listNotifications(db, { unitId, userId: reader.userId, ...page });
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          text: r.text,
          link: r.link,
          dueAt: r.due_at,
          createdAt: r.created_at,
          read: r.read_at !== null,
        })),
        total: await q.countNotifications(db, unitId),
      };
    },

    /** False when the notification is not this reader's to see. */
    async markRead(reader: Reader, id: number): Promise<boolean> {
      const unitId = unitOfReader(reader);
      const row = await q.findNotification(db, id);
      if (unitId === undefined || !row || row.unit_id !== unitId) return false;
      await q.markRead(db, id, reader.userId, clock.now().toISOString());
      return true;
    },

    async markAllRead(reader: Reader): Promise<number> {
      const unitId = unitOfReader(reader);
      return unitId === undefined ? 0 : q.markAllRead(db, unitId, reader.userId, clock.now().toISOString());
    },
  };
}

export type Reminders = ReturnType<typeof createReminders>;

// The day's run: after REMINDER_HOUR, the first node to claim the Vietnam day in reminder_runs
// writes its notifications; then every tick sends the e-mails still owed, each claimed in
// reminder_emails before it is sent, so none goes twice.
import { vietnamDay, vietnamParts } from '../../platform/time/vietnam-time.js';
import type { Mailer } from './mailer.js';
import { buildReminderEmail } from './reminder-email.js';
import { notificationsFor, reportNotificationsFor } from './reminder-policy.js';
import * as q from './reminders.queries.js';
import { unitOfReader, type RemindersDeps, type RunResult, type StaffUser } from './reminders.types.js';

type Notification = Awaited<ReturnType<typeof q.listNotificationsOfDay>>[number];

/** One person's e-mail of the day, if it is still theirs to send: claimed, sent, marked (or released). */
async function sendEmail(
  deps: RemindersDeps,
  mailer: Mailer,
  day: string,
  recipient: StaffUser,
  reminders: Notification[],
): Promise<boolean> {
  const { db, clock, logger } = deps;
  const claim = { day, userId: recipient.id, reminders: reminders.length, at: clock.now().toISOString() };
  if (!(await q.claimEmail(db, claim))) return false;
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
    return true;
  } catch (err) {
    // The server's answer may quote the address: log only who (by id) and the error's codes.
    const e = err as { code?: unknown; responseCode?: unknown };
    logger.warn(
      { userId: recipient.id, code: e.code, responseCode: e.responseCode },
      'reminder e-mail not sent; retried at the next tick',
    );
    await q.releaseEmail(db, day, recipient.id);
    return false;
  }
}

export function createDailyRun(deps: RemindersDeps) {
  const { db, clock, logger, policy } = deps;

  async function createNotifications(day: string, now: Date): Promise<number> {
    // Cheap check first, so the ticks after the day's run do not recompute every task's status.
    if (await q.hasRun(db, day)) return 0;
    // One day more than the window: plans compares instants, the policy then keeps whole calendar days.
    const due = await deps.listDue(policy.daysAhead + 1);
    const reports = (await deps.listDueReports?.()) ?? [];
    const rows = [
      ...notificationsFor(due, day, policy, now.toISOString()),
      ...reportNotificationsFor(reports, day, policy, now.toISOString()),
    ];
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
      if (reminders.length > 0 && (await sendEmail(deps, mailer, day, recipient, reminders))) sent++;
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
  };
}

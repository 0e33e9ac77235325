// Reminders as the rest of the app sees them: the daily run (notifications, then e-mails; in
// reminder-run.ts) and a reader's notifications. The day's run is claimed in the database
// (reminder_runs) and each e-mail too (reminder_emails), so restarts and several nodes never
// repeat a day's work.
import { createDailyRun } from './reminder-run.js';
import * as q from './reminders.queries.js';
import { type NotificationView, type Reader, type RemindersDeps, unitOfReader } from './reminders.types.js';

export {
  unitOfReader,
  type NotificationView,
  type Reader,
  type RemindersDeps,
  type RunResult,
  type StaffUser,
} from './reminders.types.js';

export function createReminders(deps: RemindersDeps) {
  return { ...createDailyRun(deps), ...createNotificationReads(deps) };
}

/** A reader's notifications: their unit's, each with the reader's own read state. */
function createNotificationReads({ db, clock }: Pick<RemindersDeps, 'db' | 'clock'>) {
  return {
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

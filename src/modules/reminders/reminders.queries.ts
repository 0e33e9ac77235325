// Queries for the daily run's claims, the units' notifications and their readers. Both dialects
// take the same SQL: INSERT … ON CONFLICT DO NOTHING … RETURNING is in SQLite ≥ 3.35 and PostgreSQL.
import { sql, type Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';
import type { NewNotification } from './reminder-policy.js';

type Executor = Db | Transaction<Database>;

// Stay far below SQLite's 32,766 bound parameters per statement (9 columns a row).
const CHUNK = 400;

export async function hasRun(db: Executor, day: string): Promise<boolean> {
  return (await db.selectFrom('reminder_runs').select('day').where('day', '=', day).executeTakeFirst()) !== undefined;
}

/**
 * Claims the day; true only for the caller whose row went in. Inside a transaction a second
 * node's insert waits for the first to commit (then does nothing) or to roll back (then claims).
 */
export async function claimRun(
  db: Executor,
  row: { day: string; startedAt: string; notifications: number },
): Promise<boolean> {
  const inserted = await db
    .insertInto('reminder_runs')
    .values({ day: row.day, started_at: row.startedAt, notifications: row.notifications })
    .onConflict((oc) => oc.column('day').doNothing())
    .returning('day')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function insertNotifications(db: Executor, rows: NewNotification[]) {
  const tasks = rows.filter((r) => r.task_id !== null);
  for (let i = 0; i < tasks.length; i += CHUNK) {
    await db
      .insertInto('notifications')
      .values(tasks.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(['day', 'unit_id', 'task_id', 'occurrence_key', 'kind']).doNothing())
      .execute();
  }
  // A report's reminder has no task: its own partial unique index (migration 025) keeps it once.
  const reports = rows.filter((r) => r.task_id === null);
  for (let i = 0; i < reports.length; i += CHUNK) {
    await db
      .insertInto('notifications')
      .values(reports.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.columns(['day', 'unit_id', 'occurrence_key', 'kind']).where('task_id', 'is', null).doNothing(),
      )
      .execute();
  }
}

export function listNotificationsOfDay(db: Executor, day: string) {
  return db
    .selectFrom('notifications')
    .select(['id', 'unit_id', 'kind', 'due_at', 'text', 'link'])
    .where('day', '=', day)
    .orderBy('kind', 'desc')
    .orderBy('due_at')
    .orderBy('id')
    .execute();
}

export async function countNotifications(db: Executor, unitId: number): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unit_id', '=', unitId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countUnread(db: Executor, unitId: number, userId: number): Promise<number> {
  const row = await db
    .selectFrom('notifications as n')
    .leftJoin('notification_reads as r', (join) =>
      join.onRef('r.notification_id', '=', 'n.id').on('r.user_id', '=', userId),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('n.unit_id', '=', unitId)
    .where('r.notification_id', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A unit's notifications, newest day first and within a day overdue first, then by deadline; with this reader's read time. */
export function listNotifications(db: Executor, q: { unitId: number; userId: number; limit: number; offset: number }) {
  return (
    db
      .selectFrom('notifications as n')
      .leftJoin('notification_reads as r', (join) =>
        join.onRef('r.notification_id', '=', 'n.id').on('r.user_id', '=', q.userId),
      )
      .select(['n.id', 'n.day', 'n.kind', 'n.due_at', 'n.text', 'n.link', 'n.created_at', 'r.read_at'])
      .where('n.unit_id', '=', q.unitId)
      .orderBy('n.day', 'desc')
      // 'overdue' sorts after 'due_soon': descending puts the late ones first.
      .orderBy('n.kind', 'desc')
      .orderBy('n.due_at')
      .orderBy('n.id')
      .limit(q.limit)
      .offset(q.offset)
      .execute()
  );
}

export function findNotification(db: Executor, id: number) {
  return db.selectFrom('notifications').select(['id', 'unit_id']).where('id', '=', id).executeTakeFirst();
}

export async function markRead(db: Executor, notificationId: number, userId: number, at: string) {
  await db
    .insertInto('notification_reads')
    .values({ notification_id: notificationId, user_id: userId, read_at: at })
    .onConflict((oc) => oc.columns(['notification_id', 'user_id']).doNothing())
    .execute();
}

/** Marks every notification of the unit read for this user; returns how many were unread. */
export async function markAllRead(db: Executor, unitId: number, userId: number, at: string): Promise<number> {
  const result = await db
    .insertInto('notification_reads')
    .columns(['notification_id', 'user_id', 'read_at'])
    .expression((eb) =>
      eb
        .selectFrom('notifications as n')
        // Typed casts: PostgreSQL would read bare parameters in a SELECT list as text.
        .select([
          'n.id',
          sql<number>`cast(${userId} as integer)`.as('user_id'),
          sql<string>`cast(${at} as text)`.as('read_at'),
        ])
        .where('n.unit_id', '=', unitId)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('notification_reads as r')
                .select('r.user_id')
                .whereRef('r.notification_id', '=', 'n.id')
                .where('r.user_id', '=', userId),
            ),
          ),
        ),
    )
    .onConflict((oc) => oc.columns(['notification_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

export function listEmailClaims(db: Executor, day: string) {
  return db.selectFrom('reminder_emails').select(['user_id', 'status']).where('day', '=', day).execute();
}

/** Claims the day's e-mail to this person; true only for the caller whose row went in. */
export async function claimEmail(
  db: Executor,
  row: { day: string; userId: number; reminders: number; at: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto('reminder_emails')
    .values({
      day: row.day,
      user_id: row.userId,
      status: 'sending',
      reminders: row.reminders,
      claimed_at: row.at,
      sent_at: null,
    })
    .onConflict((oc) => oc.columns(['day', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function markEmailSent(db: Executor, day: string, userId: number, at: string) {
  await db
    .updateTable('reminder_emails')
    .set({ status: 'sent', sent_at: at })
    .where('day', '=', day)
    .where('user_id', '=', userId)
    .execute();
}

/** Gives a failed claim back, so the next tick tries again. */
export async function releaseEmail(db: Executor, day: string, userId: number) {
  await db
    .deleteFrom('reminder_emails')
    .where('day', '=', day)
    .where('user_id', '=', userId)
    .where('status', '=', 'sending')
    .execute();
}

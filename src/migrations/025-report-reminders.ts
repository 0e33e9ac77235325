// Reminders about a unit's periodic report (the public-opinion report of a month or a quarter),
// not only about a task's occurrence: notifications.task_id becomes optional. A report's reminder
// has no task, its occurrence_key names the report and the period ('opinion:2026-11'), and a
// partial unique index keeps it once per day and unit, as the task index does for tasks.
//
// SQLite cannot drop a NOT NULL constraint in place, so the table is rebuilt the way SQLite's
// manual describes (ALTER TABLE, "other kinds of table schema changes"): foreign keys off, a new
// table, the rows copied with their ids, the old table dropped, the new one renamed, the indexes
// made again, the foreign keys checked, in one transaction. With the foreign keys on, dropping the
// old table would delete every reader's read mark (notification_reads cascades).
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../platform/db/dialect.js';

const COLUMNS = 'id, day, unit_id, task_id, occurrence_key, kind, due_at, text, link, created_at';

async function rebuildOnSqlite(db: Kysely<any>) {
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin`.execute(db);
    await sql`create table notifications_new (
      id integer primary key autoincrement,
      day text not null,
      unit_id integer not null references units (id) on delete cascade,
      task_id integer references tasks (id) on delete cascade,
      occurrence_key text not null,
      kind text not null check (kind in ('due_soon', 'overdue')),
      due_at text not null,
      text text not null,
      link text not null,
      created_at text not null
    )`.execute(db);
    await sql`insert into notifications_new (${sql.raw(COLUMNS)}) select ${sql.raw(COLUMNS)} from notifications`.execute(
      db,
    );
    await sql`drop table notifications`.execute(db);
    await sql`alter table notifications_new rename to notifications`.execute(db);
    await createIndexes(db);
    const broken = await sql`pragma foreign_key_check`.execute(db);
    if (broken.rows.length > 0) throw new Error('notifications: foreign keys broken by the rebuild');
    await sql`commit`.execute(db);
  } catch (error) {
    await sql`rollback`.execute(db).catch(() => undefined);
    throw error;
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

async function createIndexes(db: Kysely<any>) {
  await db.schema
    .createIndex('notifications_once_idx')
    .on('notifications')
    .columns(['day', 'unit_id', 'task_id', 'occurrence_key', 'kind'])
    .unique()
    .execute();
  await db.schema.createIndex('notifications_unit_idx').on('notifications').columns(['unit_id', 'id']).execute();
}

export function reportRemindersMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      if (dialect === 'sqlite') await rebuildOnSqlite(db);
      else await sql`alter table notifications alter column task_id drop not null`.execute(db);
      // NULLs never collide in the index above, so reports' reminders get one of their own.
      await db.schema
        .createIndex('notifications_report_once_idx')
        .on('notifications')
        .columns(['day', 'unit_id', 'occurrence_key', 'kind'])
        .where(sql.ref('task_id'), 'is', null)
        .unique()
        .execute();
    },
  };
}

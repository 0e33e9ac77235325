// Reminders ("đôn đốc"): the daily run's claim, the units' notifications with each reader's own
// read state, and the claim of each person's daily e-mail. The claims are primary keys inserted
// with ON CONFLICT DO NOTHING, so restarts and several nodes do each day's work once.
import { sql, type Kysely, type Migration } from 'kysely';
import { addIdColumn, type Dialect } from '../platform/db/dialect.js';

export function remindersMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('reminder_runs')
        .addColumn('day', 'text', (c) => c.primaryKey())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('notifications', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await addIdColumn(dialect, db.schema.createTable('notifications'))
        .addColumn('day', 'text', (c) => c.notNull())
        // Cascades: a deleted task or unit takes its reminders along instead of blocking the delete.
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id').onDelete('cascade'))
        .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
        .addColumn('occurrence_key', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('due_soon', 'overdue')`))
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('link', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('notifications_once_idx')
        .on('notifications')
        .columns(['day', 'unit_id', 'task_id', 'occurrence_key', 'kind'])
        .unique()
        .execute();
      await db.schema.createIndex('notifications_unit_idx').on('notifications').columns(['unit_id', 'id']).execute();

      await db.schema
        .createTable('notification_reads')
        .addColumn('notification_id', 'integer', (c) => c.notNull().references('notifications.id').onDelete('cascade'))
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('read_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('notification_reads_pk', ['notification_id', 'user_id'])
        .execute();
      await db.schema.createIndex('notification_reads_user_idx').on('notification_reads').column('user_id').execute();

      await db.schema
        .createTable('reminder_emails')
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('sending', 'sent')`))
        .addColumn('reminders', 'integer', (c) => c.notNull())
        .addColumn('claimed_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .addPrimaryKeyConstraint('reminder_emails_pk', ['day', 'user_id'])
        .execute();
    },
  };
}

// The contact form (issue #11, Liên hệ): the departments a reader may write to, the messages they
// send (the staff's inbox), and the key that signs the form's issue time.
import { sql, type Kysely, type Migration } from 'kysely';
import { addIdColumn, type Dialect } from '../platform/db/dialect.js';

export function contactMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await addIdColumn(dialect, db.schema.createTable('contact_departments'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      // Departments are never deleted (only made inactive), so a message always names one.
      await addIdColumn(dialect, db.schema.createTable('contact_messages'))
        .addColumn('department_id', 'integer', (c) => c.notNull().references('contact_departments.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('new', 'handling', 'answered', 'spam')`))
        .addColumn('assignee_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('notified_at', 'text')
        .execute();
      await db.schema
        .createIndex('contact_messages_status_idx')
        .on('contact_messages')
        .columns(['status', 'id'])
        .execute();
      await db.schema
        .createIndex('contact_messages_department_idx')
        .on('contact_messages')
        .columns(['department_id', 'id'])
        .execute();

      await db.schema
        .createTable('contact_secrets')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  };
}

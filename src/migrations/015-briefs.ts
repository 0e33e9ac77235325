// The morning brief (Điểm tin sáng): one brief per Vietnam calendar day, its ordered items kept as
// JSON beside the intro (always read and written whole), every saved version, and the one setting
// of which plan task a publication feeds. The task id points into the plans' tables without a
// foreign key, so a deleted task leaves the setting empty in effect (it is checked when used).
import type { Kysely, Migration } from 'kysely';
import { addIdColumn, type Dialect } from '../platform/db/dialect.js';

export function briefsMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await addIdColumn(dialect, db.schema.createTable('briefs'))
        .addColumn('day', 'text', (c) => c.notNull().unique())
        .addColumn('intro', 'text', (c) => c.notNull())
        .addColumn('items', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('search_f', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text')
        .addColumn('reported_at', 'text')
        .execute();
      await db.schema.createIndex('briefs_status_day_idx').on('briefs').columns(['status', 'day']).execute();

      await addIdColumn(dialect, db.schema.createTable('brief_revisions'))
        .addColumn('brief_id', 'integer', (c) => c.notNull().references('briefs.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('intro', 'text', (c) => c.notNull())
        .addColumn('items', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('saved_by_name', 'text', (c) => c.notNull())
        .addColumn('saved_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('brief_revisions_brief_idx')
        .on('brief_revisions')
        .columns(['brief_id', 'version'])
        .unique()
        .execute();

      await db.schema
        .createTable('brief_settings')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('task_id', 'integer')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}

// Events (Sự kiện): seminars, contests, classes, anniversaries, conferences; the articles that
// report them, the units' registrations for classes and contests, and the commemorated dates
// anniversaries are computed from. Task and report ids point into the plans' tables without a
// foreign key, so a deleted task leaves the event standing (its link is checked when shown).
import type { Kysely, Migration } from 'kysely';
import { addIdColumn, type Dialect } from '../platform/db/dialect.js';

export function eventsMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await addIdColumn(dialect, db.schema.createTable('events'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('ends_at', 'text', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('unit_id', 'integer', (c) => c.references('units.id').onDelete('set null'))
        .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('search_f', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('task_id', 'integer')
        .addColumn('capacity', 'integer')
        .addColumn('registered_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('held_at', 'text')
        .addColumn('report_id', 'integer')
        .addColumn('anniversary_of', 'text')
        .addColumn('anniversary_years', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('events_public_idx').on('events').columns(['published', 'starts_at']).execute();

      await db.schema
        .createTable('event_articles')
        .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_articles_pk', ['event_id', 'article_id'])
        .execute();

      await addIdColumn(dialect, db.schema.createTable('event_registrations'))
        .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('position_title', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('attended', 'integer')
        .addColumn('result', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('registered_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('event_registrations_event_idx')
        .on('event_registrations')
        .columns(['event_id', 'unit_id'])
        .execute();

      await addIdColumn(dialect, db.schema.createTable('commemorations'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}

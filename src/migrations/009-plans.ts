// The plan tracker: programmes (Đề án) → yearly plans (Kế hoạch) → tasks (Nhiệm vụ) with lead and
// coordinating units, deadlines or recurrences and targets; the units' progress reports with
// their revisions and the articles they cite as evidence; editors' manual completions.
import type { Kysely, Migration } from 'kysely';
import { addIdColumn, type Dialect } from '../platform/db/dialect.js';

/** Programmes, plans, tasks and their coordinating units. */
async function createPlanTables(dialect: Dialect, db: Kysely<any>) {
  await addIdColumn(dialect, db.schema.createTable('programmes'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_on', 'text')
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('end_year', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await addIdColumn(dialect, db.schema.createTable('plans'))
    .addColumn('programme_id', 'integer', (c) => c.references('programmes.id').onDelete('set null'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await addIdColumn(dialect, db.schema.createTable('tasks'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('parent_id', 'integer', (c) => c.references('tasks.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('group_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lead_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    // once: deadline; daily: recur_from..recur_to; monthly: recur_day; yearly: recur_month + recur_day.
    .addColumn('recurrence', 'text', (c) => c.notNull().defaultTo('once'))
    .addColumn('deadline', 'text')
    .addColumn('recur_day', 'integer')
    .addColumn('recur_month', 'integer')
    .addColumn('recur_from', 'text')
    .addColumn('recur_to', 'text')
    .addColumn('target_quantity', 'integer')
    .addColumn('target_unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tasks_plan_idx').on('tasks').columns(['plan_id', 'position']).execute();
  await db.schema.createIndex('tasks_lead_unit_idx').on('tasks').column('lead_unit_id').execute();

  await db.schema
    .createTable('task_coordinators')
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addPrimaryKeyConstraint('task_coordinators_pk', ['task_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('task_coordinators_unit_idx').on('task_coordinators').column('unit_id').execute();
}

/** Editors' completions, the units' progress reports with their revisions, and the articles cited. */
async function createReportTables(dialect: Dialect, db: Kysely<any>) {
  await addIdColumn(dialect, db.schema.createTable('task_completions'))
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('occurrence_key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('by_name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('task_completions_task_idx')
    .on('task_completions')
    .columns(['task_id', 'occurrence_key'])
    .unique()
    .execute();

  await addIdColumn(dialect, db.schema.createTable('progress_reports'))
    .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('occurrence_key', 'text', (c) => c.notNull())
    .addColumn('activity_date', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer')
    .addColumn('completed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('filed_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('progress_reports_task_idx')
    .on('progress_reports')
    .columns(['task_id', 'filed_at'])
    .execute();

  await addIdColumn(dialect, db.schema.createTable('progress_report_revisions'))
    .addColumn('report_id', 'integer', (c) => c.notNull().references('progress_reports.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('activity_date', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer')
    .addColumn('completed', 'integer', (c) => c.notNull())
    .addColumn('article_ids', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('saved_by_name', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('progress_report_revisions_report_idx')
    .on('progress_report_revisions')
    .columns(['report_id', 'version'])
    .unique()
    .execute();

  // Published articles cited as evidence ("the article about the seminar closes the task").
  await db.schema
    .createTable('report_articles')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('progress_reports.id').onDelete('cascade'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('report_articles_pk', ['report_id', 'article_id'])
    .execute();
}

export function plansMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await createPlanTables(dialect, db);
      await createReportTables(dialect, db);
    },
  };
}

// Public-opinion reports (issue #13): the reporting rules (one row), one report per unit and
// period, and its cases. Classification and severity are checked by the database as well as the
// forms, so no other spelling ever lands in a row.
import { sql, type Kysely, type Migration } from 'kysely';
import { addIdColumn, type Dialect } from '../platform/db/dialect.js';

export function opinionReportsMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('opinion_settings')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('period_kind', 'text', (c) => c.notNull().check(sql`period_kind in ('month', 'quarter')`))
        .addColumn('deadline_day', 'integer', (c) => c.notNull())
        .addColumn('grace_days', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // No row here: the defaults live in the module until the admin saves (a restore loads
      // rows into freshly migrated tables, so a row made by the migration would collide).

      await addIdColumn(dialect, db.schema.createTable('opinion_reports'))
        .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id').onDelete('restrict'))
        .addColumn('period_key', 'text', (c) => c.notNull())
        .addColumn('classification', 'text', (c) => c.notNull().check(sql`classification in ('noi_bo', 'mat')`))
        .addColumn('members_situation', 'text', (c) => c.notNull())
        .addColumn('topics', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('public_opinion', 'text', (c) => c.notNull())
        .addColumn('filed_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('filed_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('opinion_reports_unit_period', ['unit_id', 'period_key'])
        .execute();
      await db.schema.createIndex('opinion_reports_period_idx').on('opinion_reports').column('period_key').execute();

      await addIdColumn(dialect, db.schema.createTable('opinion_cases'))
        .addColumn('report_id', 'integer', (c) => c.notNull().references('opinion_reports.id').onDelete('cascade'))
        .addColumn('classification', 'text', (c) => c.notNull().check(sql`classification in ('noi_bo', 'mat')`))
        .addColumn('severity', 'text', (c) =>
          c.notNull().check(sql`severity in ('binh_thuong', 'can_theo_doi', 'phuc_tap', 'diem_nong')`),
        )
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('occurred_on', 'text', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull())
        .addColumn('people', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('actions_taken', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('follow_up', 'text', (c) =>
          c.notNull().check(sql`follow_up in ('dang_theo_doi', 'dang_xu_ly', 'da_giai_quyet')`),
        )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('opinion_cases_report_idx').on('opinion_cases').column('report_id').execute();
      await db.schema.createIndex('opinion_cases_occurred_idx').on('opinion_cases').column('occurred_on').execute();
    },
  };
}

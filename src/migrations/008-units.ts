// The organisation tree: the Bloc's Party Committee at the root, grassroots party committees and
// cells below it, any depth. Unit reporters belong to one unit (users.unit_id).
import { sql, type Kysely, type Migration } from 'kysely';
import { addIdColumn, type Dialect } from '../platform/db/dialect.js';

export function unitsMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await addIdColumn(dialect, db.schema.createTable('units'))
        .addColumn('parent_id', 'integer', (c) => c.references('units.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('short_name', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('founded_on', 'text')
        .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('units_parent_idx').on('units').column('parent_id').execute();
      // The service compares names without regard to case; these hold the exact rules even
      // against two admins saving at once: one name per parent, and a single root.
      await sql`create unique index units_sibling_name_idx on units (coalesce(parent_id, 0), name)`.execute(db);
      await sql`create unique index units_single_root_idx on units (coalesce(parent_id, 0)) where parent_id is null`.execute(
        db,
      );

      await db.schema
        .alterTable('users')
        .addColumn('unit_id', 'integer', (c) => c.references('units.id').onDelete('set null'))
        .execute();
      await db.schema.createIndex('users_unit_idx').on('users').column('unit_id').execute();
    },
  };
}

// The English pages (Decree 42/2022/NĐ-CP, art. 4 and 7): a unit may carry its English name, shown
// on /en/organisation; '' means "none given", and the page then shows the Vietnamese name marked
// lang="vi". The English texts of the site (About, the contact note) need no column: they are rows
// of the key/value site_settings table, stored with their defaults at start-up like the others.
import { sql, type Kysely, type Migration } from 'kysely';

export function englishMigration(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable('units')
        .addColumn('name_en', 'text', (c) => c.notNull().defaultTo(sql`''`))
        .execute();
    },
  };
}

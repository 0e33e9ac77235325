// Site settings edited by the admin: name, contact details, the About text.
import type { Kysely, Migration } from 'kysely';

export function siteSettingsMigration(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('site_settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}

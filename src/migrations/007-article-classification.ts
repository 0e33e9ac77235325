// Classification ("Nội bộ", "Mật") and expiry of articles. A classified article can never be
// published: the service refuses it, and the database refuses it too, whoever writes the row.
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../platform/db/dialect.js';

export function articleClassificationMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable('articles')
        .addColumn('classification', 'text', (c) => c.notNull().defaultTo('public'))
        .execute();
      await db.schema.alterTable('articles').addColumn('expires_at', 'text').execute();
      await db.schema
        .createIndex('articles_status_expires_idx')
        .on('articles')
        .columns(['status', 'expires_at'])
        .execute();
      if (dialect === 'postgres') {
        await sql`alter table articles add constraint articles_classified_never_published
          check (classification = 'public' or status not in ('published', 'scheduled'))`.execute(db);
      } else {
        // SQLite cannot add a CHECK to an existing table: triggers hold the same rule.
        for (const event of ['insert', 'update'] as const) {
          await sql
            .raw(
              `create trigger articles_classified_never_published_${event} before ${event} on articles
               when new.classification <> 'public' and new.status in ('published', 'scheduled')
               begin select raise(abort, 'articles_classified_never_published'); end`,
            )
            .execute(db);
        }
      }
    },
  };
}

// Moving in from another site (issue #12): what each import already brought in, so a rerun adds
// nothing, and the old site's addresses, so links out on the web keep working (301 to the new page).
import { type Kysely, type Migration, sql } from 'kysely';
import { addIdColumn, type Dialect } from '../platform/db/dialect.js';

export function importsMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await addIdColumn(dialect, db.schema.createTable('imported_items'))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('source_id', 'text', (c) => c.notNull())
        // The congtin row it became (an article, a category, a media image) or a number (a visit total).
        .addColumn('congtin_id', 'integer', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        // A WordPress post and a WordPress category may share a number: the kind keeps them apart.
        .addUniqueConstraint('imported_items_source_unique', ['source', 'kind', 'source_id'])
        .execute();
      await addIdColumn(dialect, db.schema.createTable('legacy_urls'))
        // Path and query as normalised by modules/imports/legacy-path.ts, on write and on lookup alike.
        .addColumn('path', 'text', (c) => c.notNull().unique())
        .addColumn('article_id', 'integer', (c) => c.references('articles.id').onDelete('cascade'))
        .addColumn('category_id', 'integer', (c) => c.references('categories.id').onDelete('cascade'))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addCheckConstraint('legacy_urls_one_target', sql`(article_id is null) <> (category_id is null)`)
        .execute();
      await db.schema.createIndex('legacy_urls_article_idx').on('legacy_urls').column('article_id').execute();
      await db.schema.createIndex('legacy_urls_category_idx').on('legacy_urls').column('category_id').execute();
    },
  };
}

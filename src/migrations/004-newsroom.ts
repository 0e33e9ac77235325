// The newsroom: who owns an article, why it was sent back, its version for edit conflicts, its
// featured image, every saved revision, and who has the edit form open.
import type { Kysely, Migration } from 'kysely';
import { addIdColumn, type Dialect } from '../platform/db/dialect.js';

export function newsroomMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      // Nullable: the articles written before accounts (and demo content) belong to nobody, and an
      // account removed later must not take its articles with it.
      await db.schema
        .alterTable('articles')
        .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .execute();
      await db.schema
        .alterTable('articles')
        .addColumn('rejection_reason', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema
        .alterTable('articles')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      // No foreign key: the media table comes with the media module; a removed image is just absent.
      await db.schema.alterTable('articles').addColumn('featured_image_id', 'integer').execute();
      await db.schema.alterTable('articles').addColumn('deleted_at', 'text').execute();
      await db.schema.createIndex('articles_updated_idx').on('articles').column('updated_at').execute();
      await db.schema.createIndex('articles_author_idx').on('articles').columns(['author_id', 'updated_at']).execute();

      await addIdColumn(dialect, db.schema.createTable('article_revisions'))
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('lead', 'text', (c) => c.notNull())
        .addColumn('body_html', 'text', (c) => c.notNull())
        .addColumn('category_id', 'integer', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('featured_image_id', 'integer')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('saved_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('saved_by_name', 'text', (c) => c.notNull())
        .addColumn('saved_at', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema
        .createIndex('article_revisions_article_idx')
        .on('article_revisions')
        .columns(['article_id', 'version'])
        .unique()
        .execute();

      // Who opened the edit form, and when: the warning "someone else is editing this".
      await db.schema
        .createTable('article_edit_presence')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('user_name', 'text', (c) => c.notNull())
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_edit_presence_pk', ['article_id', 'user_id'])
        .execute();
    },
  };
}

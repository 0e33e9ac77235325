// Party history books (issue #13, part 2): books, their appointed writers, chapters and sections
// (one tree, parent_id null for a chapter), every saved version of a section, reviewers' comments,
// and the sources a section cites. Nothing here is public; a chapter published as an article
// remembers that article.
import type { Kysely, Migration } from 'kysely';
import { addIdColumn, type Dialect } from '../platform/db/dialect.js';

export function historyMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await addIdColumn(dialect, db.schema.createTable('history_books'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('history_book_writers')
        .addColumn('book_id', 'integer', (c) => c.notNull().references('history_books.id').onDelete('cascade'))
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('appointed_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('appointed_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('history_book_writers_pk', ['book_id', 'user_id'])
        .execute();
      await addIdColumn(dialect, db.schema.createTable('history_sections'))
        .addColumn('book_id', 'integer', (c) => c.notNull().references('history_books.id').onDelete('cascade'))
        .addColumn('parent_id', 'integer', (c) => c.references('history_sections.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('body_text', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('article_id', 'integer', (c) => c.references('articles.id').onDelete('set null'))
        .addColumn('article_url', 'text')
        .addColumn('updated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('history_sections_tree_idx')
        .on('history_sections')
        .columns(['book_id', 'parent_id', 'position'])
        .execute();
      await addIdColumn(dialect, db.schema.createTable('history_revisions'))
        .addColumn('section_id', 'integer', (c) => c.notNull().references('history_sections.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body_html', 'text', (c) => c.notNull())
        .addColumn('saved_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('saved_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('history_revisions_section_idx')
        .on('history_revisions')
        .columns(['section_id', 'version'])
        .execute();
      await addIdColumn(dialect, db.schema.createTable('history_comments'))
        .addColumn('section_id', 'integer', (c) => c.notNull().references('history_sections.id').onDelete('cascade'))
        .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('history_comments_section_idx').on('history_comments').column('section_id').execute();
      await addIdColumn(dialect, db.schema.createTable('history_sources'))
        .addColumn('section_id', 'integer', (c) => c.notNull().references('history_sections.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('kept_at', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('reference', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('dated', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('given_by', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('history_sources_section_idx').on('history_sources').column('section_id').execute();
    },
  };
}

// The media library: one row per uploaded image. The file itself lives under DATA_DIR/uploads at
// `path`, a name the server generated; the row is written only after the file is on disk.
import type { Kysely, Migration } from 'kysely';
import { addIdColumn, type Dialect } from '../platform/db/dialect.js';

export function mediaMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await addIdColumn(dialect, db.schema.createTable('media'))
        .addColumn('path', 'text', (c) => c.notNull().unique())
        .addColumn('original_name', 'text', (c) => c.notNull())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('bytes', 'integer', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
        // fold(original_name + alt): the library's name filter must ignore diacritics on both databases.
        .addColumn('search_f', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('uploaded_by', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('media_created_at_idx').on('media').columns(['created_at', 'id']).execute();
      await db.schema.createIndex('media_uploaded_by_idx').on('media').column('uploaded_by').execute();
    },
  };
}

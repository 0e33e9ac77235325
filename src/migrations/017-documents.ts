// The documents register (issue #11): one table. A number is unique per issuer, kind and year
// (the same "01/KH-ĐUK" comes back every year); number_key and title_f are the folded copies that
// search and the number linker read.
import type { Kysely, Migration } from 'kysely';
import { addIdColumn, type Dialect } from '../platform/db/dialect.js';

export function documentsMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await addIdColumn(dialect, db.schema.createTable('documents'))
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('number', 'text', (c) => c.notNull())
        .addColumn('number_key', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('issuer', 'text', (c) => c.notNull())
        .addColumn('issued_on', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('title_f', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('file_path', 'text')
        .addColumn('file_name', 'text')
        .addColumn('file_mime', 'text')
        .addColumn('file_bytes', 'integer')
        .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('documents_number_unique', ['issuer', 'kind', 'year', 'number_key'])
        .execute();
      await db.schema.createIndex('documents_issued_idx').on('documents').columns(['issued_on', 'id']).execute();
      await db.schema.createIndex('documents_key_idx').on('documents').column('number_key').execute();
    },
  };
}

// Files attached to the plan tracker: a yearly plan's signed document, a progress report's
// minutes, photos and lists. One row per stored file (under DATA_DIR/attachments at `path`, a name
// the server generated; the row is written only after the file is on disk), linked to plans and
// reports by two join tables whose links go when the plan or report goes.
import type { Kysely, Migration } from 'kysely';
import { addIdColumn, type Dialect } from '../platform/db/dialect.js';

export function attachmentsMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await addIdColumn(dialect, db.schema.createTable('attachments'))
        .addColumn('path', 'text', (c) => c.notNull().unique())
        .addColumn('original_name', 'text', (c) => c.notNull())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('bytes', 'integer', (c) => c.notNull())
        .addColumn('uploaded_by', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('plan_attachments')
        .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
        .addColumn('attachment_id', 'integer', (c) => c.notNull().references('attachments.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('plan_attachments_pk', ['plan_id', 'attachment_id'])
        .execute();
      await db.schema
        .createIndex('plan_attachments_attachment_idx')
        .on('plan_attachments')
        .column('attachment_id')
        .execute();

      await db.schema
        .createTable('report_attachments')
        .addColumn('report_id', 'integer', (c) => c.notNull().references('progress_reports.id').onDelete('cascade'))
        .addColumn('attachment_id', 'integer', (c) => c.notNull().references('attachments.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('report_attachments_pk', ['report_id', 'attachment_id'])
        .execute();
      await db.schema
        .createIndex('report_attachments_attachment_idx')
        .on('report_attachments')
        .column('attachment_id')
        .execute();
    },
  };
}

// The visitor rows of a single node (SQLite) as an append-only log. Updating stats_visitors in
// place cost ~40 % of a beacon hit under a flood: every new visitor is a random key, so a batch of
// 50 hits dirtied ~50 pages of its primary-key index, each written to the WAL and synced at the
// commit. Appended rows fill pages in order. The lookup by visitor id is then a map in memory,
// rebuilt from this log at start-up (analytics/visitor-log-store.ts). PostgreSQL keeps
// stats_visitors, which several nodes share; the table exists there too, empty, so a backup moves
// between the two databases with the same tables.
import type { Kysely, Migration } from 'kysely';
import { addIdColumn, type Dialect } from '../platform/db/dialect.js';

export function visitorLogMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await addIdColumn(dialect, db.schema.createTable('stats_visitor_log'))
        .addColumn('visitor_id', 'text', (c) => c.notNull())
        .addColumn('visit_started_at', 'text', (c) => c.notNull())
        .addColumn('last_hit_at', 'text', (c) => c.notNull())
        .addColumn('last_path', 'text', (c) => c.notNull())
        // 1: the id was retired (its visit continues under today's id): forget it.
        .addColumn('retired', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      // Rows come in time order, so this index grows at its end; pruning reads it.
      await db.schema
        .createIndex('stats_visitor_log_last_hit_idx')
        .on('stats_visitor_log')
        .column('last_hit_at')
        .execute();
    },
  };
}

// A read of the whole database at one instant, whichever the dialect: the backup asks it for
// tables, counts and rows, and never sees a row committed after the snapshot began.
import type { Kysely } from 'kysely';
import type { Dialect } from '../../platform/db/dialect.js';

export interface SnapshotSource {
  dialect: Dialect;
  /** Catalog and count queries, on the snapshot. */
  db: Kysely<any>;
  /** The rows of a SELECT, in batches, as arrays in the SELECT's column order. */
  rows(query: string, columns: readonly string[]): AsyncIterable<unknown[][]>;
  /** The native dump made from the same snapshot (PostgreSQL with pg_dump), if any. */
  nativeDump: string | undefined;
}

export const ROWS_PER_BATCH = 1000;

// Where the visitor rows (visit start, last hit, last page) live, read and written inside each
// batch's transaction (hit-batch.ts) and counted for "Đang online" (counters.ts).
//
// - PostgreSQL: the stats_visitors table, updated in place, which several nodes share.
// - SQLite (one node): an append-only log, with the lookup in memory for up to 100,000 visitors
//   and stats_visitors for any beyond (visitor-log-store.ts). In place, every new visitor was a
//   random key, so a batch of 50 hits dirtied ~50 pages of the
//   key's index, written to the WAL and synced at each commit: ~40 % of a hit's cost in a flood
//   (bench/RESULTS.md, "Speed at the limit, third stop").
import type { Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';
import * as q from './analytics.queries.js';
import type { BatchOutcome, VisitorState } from './visits.js';

type Executor = Db | Transaction<Database>;
export type VisitorRows = Pick<BatchOutcome, 'visitors' | 'retiredVisitorIds'>;

export interface VisitorStore {
  /** The rows of these visitor ids, inside the batch's transaction. */
  find(trx: Executor, ids: string[]): Promise<Map<string, VisitorState>>;
  /** Writes the batch's rows inside its transaction; `nowIso` dates the retirements. */
  save(trx: Executor, rows: VisitorRows, nowIso: string): Promise<void>;
  /** Told once the batch's transaction has committed (never for one that failed). */
  committed(rows: VisitorRows): void;
  /** Deletes rows with no hit since `cutoffIso`, inside a batch's transaction. */
  prune(trx: Executor, cutoffIso: string): Promise<void>;
  /** Distinct visitors with a hit at or after `sinceIso`. */
  countActiveSince(db: Db, sinceIso: string): Promise<number>;
}

/** stats_visitors, updated in place (PostgreSQL: shared by every node). */
export function createVisitorTableStore(): VisitorStore {
  return {
    find: (trx, ids) => q.findVisitorStates(trx, ids),
    async save(trx, rows) {
      await q.saveVisitorStates(trx, [...rows.visitors.values()]);
      await q.deleteVisitorStates(trx, rows.retiredVisitorIds);
    },
    committed() {},
    prune: (trx, cutoffIso) => q.deleteVisitorStatesIdleSince(trx, cutoffIso),
    countActiveSince: (db, sinceIso) => q.countVisitorsActiveSince(db, sinceIso),
  };
}

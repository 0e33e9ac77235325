// A SQLite node's visitor rows, written so that a batch touches few pages. Each visitor id lives
// in exactly one of two places:
// - the log (stats_visitor_log, appended inside the batch's transaction) with its latest row in a
//   map in memory, for up to MAX_REMEMBERED visitors: the fast path;
// - stats_visitors, updated in place (a random key: one page per new visitor), for the visitors
//   beyond that bound, and for rows written before the log existed.
// The map is rebuilt from the log at start-up, so after kill -9 and a restart a visit goes on
// exactly as if the process had not stopped, and it changes only after a batch commits. A visitor
// leaves either place an hour after their last hit (the horizon below); a visitor found in
// stats_visitors who comes back while the map has room moves to the log in the same transaction.
//
// Memory: 36 bytes a visitor in typed arrays and a pointer to its page's string (visitor-table.ts),
// a few MB at the bound of 100,000. A flood of new addresses beyond it is counted exactly all the
// same, at the old speed.
import type { Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';
import * as q from './analytics.queries.js';
import type { VisitorRows, VisitorStore } from './visitor-store.js';
import { createVisitorTable, type VisitorEntry } from './visitor-table.js';
import { VISIT_TIMEOUT_MS, type VisitorState } from './visits.js';

type Executor = Db | Transaction<Database>;

/** Rows idle longer than this can no longer continue a visit or count as online. */
const VISITOR_HORIZON_MS = 2 * VISIT_TIMEOUT_MS;

const MAX_SHARED_PATHS = 10_000;
export const MAX_REMEMBERED = 100_000;

/** The latest row of each visitor (visitor-table.ts), with one string per page for all its visitors. */
function createLatestRows() {
  const latest = createVisitorTable();
  const sharedPaths = new Map<string, string>();

  /** One string per page for all the visitors on it (the set is emptied past its bound). */
  function sharedPath(path: string): string {
    const known = sharedPaths.get(path);
    if (known !== undefined) return known;
    if (sharedPaths.size >= MAX_SHARED_PATHS) sharedPaths.clear();
    sharedPaths.set(path, path);
    return path;
  }

  return {
    get: (id: string) => latest.get(id),
    has: (id: string) => latest.has(id),
    get size() {
      return latest.size;
    },
    forget: (id: string) => latest.delete(id),
    remember(id: string, startedAt: string, lastHitAt: string, lastPath: string) {
      latest.set(id, {
        startedMs: Date.parse(startedAt),
        lastHitMs: Date.parse(lastHitAt),
        lastPath: sharedPath(lastPath),
      });
    },
    forgetIdleSince: (cutoffMs: number) => latest.deleteIdleSince(cutoffMs),
    countActiveSince: (sinceMs: number) => latest.countActiveSince(sinceMs),
  };
}

function toState(id: string, entry: VisitorEntry): VisitorState {
  return {
    visitorId: id,
    visitStartedAt: new Date(entry.startedMs).toISOString(),
    lastHitAt: new Date(entry.lastHitMs).toISOString(),
    lastPath: entry.lastPath,
  };
}

/** Where each row of a batch goes: the log while the map has room (or the id is in it already), else stats_visitors. */
function placeRows(
  rows: VisitorRows,
  latest: { has(id: string): boolean; size: number },
  foundInTable: Set<string>,
  maxRemembered: number,
) {
  const toLog: VisitorState[] = [];
  const toTable: VisitorState[] = [];
  const leaveTable: string[] = [];
  let room = maxRemembered - latest.size;
  for (const state of rows.visitors.values()) {
    const id = state.visitorId;
    if (latest.has(id)) toLog.push(state);
    else if (room > 0) {
      room--;
      toLog.push(state);
      if (foundInTable.has(id)) leaveTable.push(id); // moves: one place per id
    } else toTable.push(state);
  }
  const retiredFromLog = rows.retiredVisitorIds.filter((id) => latest.has(id));
  leaveTable.push(...rows.retiredVisitorIds.filter((id) => foundInTable.has(id)));
  return { toLog, toTable, leaveTable, retiredFromLog };
}

export function createVisitorLogStore(now: () => Date, maxRemembered = MAX_REMEMBERED): VisitorStore {
  const latest = createLatestRows();
  let loading: Promise<void> | undefined;
  // Between a batch's find(), save() and committed() (batches never overlap): which of its ids
  // were found in stats_visitors, and what the map learns once the batch commits.
  let foundInTable = new Set<string>();
  let afterCommit: { remember: VisitorState[]; forget: string[] } = { remember: [], forget: [] };

  async function load(executor: Executor) {
    const since = new Date(now().getTime() - VISITOR_HORIZON_MS).toISOString();
    for (const r of await q.listVisitorLogSince(executor, since)) {
      if (Number(r.retired) === 1) latest.forget(r.visitor_id);
      else latest.remember(r.visitor_id, r.visit_started_at, r.last_hit_at, r.last_path);
    }
  }
  // Read through the caller's executor: inside a batch's transaction, SQLite's one connection is
  // the transaction's. A failed load (the database away at the first hit) is tried again at the
  // next use; loading twice over a partial map ends in the same map (rows applied in order).
  const ready = (executor: Executor) =>
    (loading ??= load(executor).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));

  return {
    async find(trx, ids) {
      await ready(trx);
      const found = new Map<string, VisitorState>();
      const missing: string[] = [];
      for (const id of ids) {
        const entry = latest.get(id);
        if (entry) found.set(id, toState(id, entry));
        else missing.push(id);
      }
      const inTable = missing.length > 0 ? await q.findVisitorStates(trx, missing) : new Map();
      foundInTable = new Set(inTable.keys());
      for (const [id, state] of inTable) found.set(id, state);
      return found;
    },
    async save(trx, rows, nowIso) {
      await ready(trx);
      const { toLog, toTable, leaveTable, retiredFromLog } = placeRows(rows, latest, foundInTable, maxRemembered);
      await q.appendVisitorLog(trx, toLog, retiredFromLog, nowIso);
      await q.saveVisitorStates(trx, toTable);
      await q.deleteVisitorStates(trx, leaveTable);
      afterCommit = { remember: toLog, forget: retiredFromLog };
    },
    committed() {
      for (const id of afterCommit.forget) latest.forget(id);
      for (const s of afterCommit.remember) latest.remember(s.visitorId, s.visitStartedAt, s.lastHitAt, s.lastPath);
      afterCommit = { remember: [], forget: [] };
    },
    async prune(trx, cutoffIso) {
      await ready(trx);
      await q.deleteVisitorLogIdleSince(trx, cutoffIso);
      await q.deleteVisitorStatesIdleSince(trx, cutoffIso);
      // Entries past the cutoff are dead either way (too old to continue a visit or be online),
      // so they may go before the commit; one written out of order goes at a later prune.
      latest.forgetIdleSince(Date.parse(cutoffIso));
    },
    async countActiveSince(db, sinceIso) {
      await ready(db);
      // An id is in one place only, so the two counts add up.
      return latest.countActiveSince(Date.parse(sinceIso)) + (await q.countVisitorsActiveSince(db, sinceIso));
    },
  };
}

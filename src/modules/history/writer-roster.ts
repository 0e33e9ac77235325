// Who is appointed to write some book, for the staff menu, whose check (StaffSection.shownTo) is
// synchronous and cannot ask the database: read at start, at once after each appointment or removal
// on this node, and again in the background when older than ten seconds, so another node's change
// shows within seconds. Only the menu item depends on it; every route still decides access itself.
import type { Db } from '../../database.js';
import * as q from './history.queries.js';

const FRESH_MS = 10_000;

export function createWriterRoster(db: Db) {
  let writers = new Set<number>();
  let readAt = 0;
  let reading: Promise<void> | undefined;
  const refresh = (): Promise<void> => {
    reading ??= q
      .listAppointedUserIds(db)
      .then((ids) => {
        writers = new Set(ids);
        // Wall time, not the injected clock: this measures the copy's age, not a business date.
        readAt = Date.now();
      })
      .finally(() => {
        reading = undefined;
      });
    return reading;
  };
  return {
    refresh,
    has(userId: number): boolean {
      // A failed background read keeps the last answer; the next page's check tries again.
      if (Date.now() - readAt > FRESH_MS) refresh().catch(() => undefined);
      return writers.has(userId);
    },
  };
}

export type WriterRoster = ReturnType<typeof createWriterRoster>;

// Several nodes started together on an empty PostgreSQL database (a reboot, a first deploy) would
// each find no user and no content and each make the first accounts and the demo: one node then
// died on a duplicate e-mail. Start-up (migrations, then the first start's content) therefore runs
// under a PostgreSQL advisory lock held on a connection of its own: the second node waits for the
// first, then finds the work done. SQLite is one node's file, so there is nothing to wait for.
import type { DatabaseTarget } from './client.js';
import { loadPg } from './pg-driver.js';

// Any constant of our own: the lock is only ever taken by congtin's start-up.
const FIRST_START_LOCK_KEY = 7_246_101_012;

/** Waits for the start-up lock; the returned function releases it (and closes its connection). */
export async function holdFirstStartLock(target: DatabaseTarget): Promise<() => Promise<void>> {
  if (target.kind !== 'postgres') return async () => {};
  const client = new (loadPg().Client)({ connectionString: target.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [FIRST_START_LOCK_KEY]);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  // Ending the session releases a session-level advisory lock; unlocking first says so plainly.
  return async () => {
    try {
      await client.query('select pg_advisory_unlock($1)', [FIRST_START_LOCK_KEY]);
    } finally {
      await client.end();
    }
  };
}

// One row per throttle key, written first in the transaction that reserves a login attempt: the
// write takes the row's lock (PostgreSQL) or the database's write lock (SQLite), so concurrent
// attempts on one account count each other's reservations, on one node or many.
import type { Kysely, Migration } from 'kysely';

export function loginLocksMigration(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('login_locks')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}

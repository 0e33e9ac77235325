// The database part of /healthz: can it be reached, and can it be written? Asked afresh on each
// call (nothing cached), so the answer turns back to "ok" as soon as the operator fixes the cause.
import { type Kysely, sql } from 'kysely';
import { classifyStorageFailure } from '../http/unavailable.js';
import type { Dialect } from './dialect.js';

export type DatabaseStatus = 'ok' | 'unreachable' | 'read-only';

/**
 * PostgreSQL says whether this session may write (a standby, default_transaction_read_only);
 * SQLite is asked for its write lock and let go at once (BEGIN IMMEDIATE writes nothing), which a
 * database on a read-only file or folder refuses.
 */
async function isReadOnly(db: Kysely<any>, dialect: Dialect): Promise<boolean> {
  if (dialect === 'postgres') {
    const { rows } = await sql<{ ro: string }>`select current_setting('transaction_read_only') as ro`.execute(db);
    return rows[0]?.ro === 'on';
  }
  try {
    await db.connection().execute(async (connection) => {
      await sql`begin immediate`.execute(connection);
      await sql`rollback`.execute(connection);
    });
    return false;
  } catch (err) {
    if (classifyStorageFailure(err) === 'database-read-only') return true;
    throw err;
  }
}

export async function checkDatabase(db: Kysely<any>, dialect: Dialect): Promise<DatabaseStatus> {
  try {
    await sql`select 1`.execute(db);
    return (await isReadOnly(db, dialect)) ? 'read-only' : 'ok';
  } catch (err) {
    return classifyStorageFailure(err) === 'database-read-only' ? 'read-only' : 'unreachable';
  }
}

// SQLite's snapshot: the online backup API copies the live database (while the server keeps
// writing) into a file of our own, and the export reads that copy at leisure.
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { ROWS_PER_BATCH, type SnapshotSource } from './snapshot-source.js';

// After the first step, copy every remaining page in one step: a step holds a read lock, so
// the copy is one consistent instant and is never restarted by the server's writes.
const ALL_PAGES = 0x7fffffff;

export async function withSqliteSnapshot<T>(
  liveFile: string,
  workDir: string,
  work: (source: SnapshotSource) => Promise<T>,
): Promise<T> {
  const copyFile = path.join(workDir, 'snapshot.sqlite');
  const live = new SQLite(liveFile, { readonly: true, fileMustExist: true });
  try {
    live.pragma('busy_timeout = 10000');
    await live.backup(copyFile, { progress: () => ALL_PAGES });
  } finally {
    live.close();
  }
  const copy = new SQLite(copyFile, { readonly: true });
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: copy }) });
  try {
    return await work({
      dialect: 'sqlite',
      db,
      nativeDump: undefined,
      async *rows(query) {
        let batch: unknown[][] = [];
        for (const row of copy.prepare(query).raw(true).iterate() as IterableIterator<unknown[]>) {
          batch.push(row);
          if (batch.length === ROWS_PER_BATCH) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length) yield batch;
      },
    });
  } finally {
    await db.destroy();
  }
}

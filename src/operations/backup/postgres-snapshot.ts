// PostgreSQL's snapshot: one REPEATABLE READ, READ ONLY transaction sees the database as it was
// when it began while the server keeps writing. Rows are read through a cursor, a batch at a
// time. When pg_dump is on the PATH it dumps the very same snapshot (--snapshot), as an extra.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { loadPg } from '../../platform/db/pg-driver.js';
import { backupText as t } from './backup.vi.js';
import { ROWS_PER_BATCH, type SnapshotSource } from './snapshot-source.js';

/** Runs pg_dump on the exported snapshot; the dump's path, or undefined (with a line on stderr) when it cannot. */
function dumpSnapshot(url: string, snapshotId: string, file: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const args = [
      '--snapshot',
      snapshotId,
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      '--file',
      file,
      '--dbname',
      url,
    ];
    const child = spawn('pg_dump', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (d) => (errors += d));
    child.on('error', () => resolve(undefined)); // not on the PATH: the portable export is enough
    child.on('close', (code) => {
      if (code === 0) return resolve(file);
      console.error(t.pgDumpSkipped(errors.trim().split('\n').pop() ?? `pg_dump ${code}`));
      resolve(undefined);
    });
  });
}

export async function withPostgresSnapshot<T>(
  url: string,
  workDir: string,
  work: (source: SnapshotSource) => Promise<T>,
): Promise<T> {
  const db = new Kysely<any>({
    dialect: new PostgresDialect({ pool: new (loadPg().Pool)({ connectionString: url, max: 1 }) }),
  });
  try {
    return await db.connection().execute(async (conn) => {
      await sql`begin isolation level repeatable read, read only`.execute(conn);
      try {
        const exported = await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(conn);
        const nativeDump = await dumpSnapshot(url, exported.rows[0]!.id, path.join(workDir, 'postgres.dump'));
        return await work({
          dialect: 'postgres',
          db: conn,
          nativeDump,
          async *rows(query, columns) {
            await sql.raw(`declare export_rows no scroll cursor for ${query}`).execute(conn);
            for (;;) {
              const batch = await sql
                .raw<Record<string, unknown>>(`fetch forward ${ROWS_PER_BATCH} from export_rows`)
                .execute(conn);
              if (batch.rows.length === 0) break;
              yield batch.rows.map((row) => columns.map((c) => row[c]));
            }
            await sql.raw('close export_rows').execute(conn);
          },
        });
      } finally {
        await sql`rollback`.execute(conn);
      }
    });
  } finally {
    await db.destroy();
  }
}

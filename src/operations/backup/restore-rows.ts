// The rows of a verified archive into a database whose schema the archive's own migrations
// just made: one transaction, tables in the manifest's order (parents first), a batch of rows
// per INSERT, each table's file streamed line by line. PostgreSQL's identity sequences are then
// set past the largest id, so the next article gets a fresh one; SQLite's AUTOINCREMENT follows
// explicit ids by itself.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../platform/db/dialect.js';
import type { Manifest } from './manifest.js';
import { quoted } from './schema-catalog.js';

// SQLite allows 32,766 bound values per statement, PostgreSQL 65,535: stay under both.
const MAX_VALUES_PER_INSERT = 30_000;
const MAX_ROWS_PER_INSERT = 500;

type TableEntry = Manifest['tables'][number];

async function loadTable(trx: Kysely<any>, table: TableEntry, file: string): Promise<void> {
  const perInsert = Math.max(
    1,
    Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_VALUES_PER_INSERT / table.columns.length)),
  );
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  let header = true;
  let batch: Record<string, unknown>[] = [];
  const flush = async () => {
    if (batch.length) await trx.insertInto(table.name).values(batch).execute();
    batch = [];
  };
  for await (const line of lines) {
    if (header) {
      header = false;
      continue;
    }
    const values = JSON.parse(line) as unknown[];
    batch.push(Object.fromEntries(table.columns.map((column, i) => [column, values[i]])));
    if (batch.length === perInsert) await flush();
  }
  await flush();
}

async function moveIdentitiesPastRows(trx: Kysely<any>): Promise<void> {
  const identities = await sql<{ table: string; column: string }>`select table_name as table, column_name as column
      from information_schema.columns where table_schema = current_schema() and is_identity = 'YES'`.execute(trx);
  for (const { table, column } of identities.rows) {
    const t = quoted(table);
    const c = quoted(column);
    await sql
      .raw(`select setval(pg_get_serial_sequence('${t.replaceAll("'", "''")}', '${column.replaceAll("'", "''")}'),
        (select coalesce(max(${c}), 0) + 1 from ${t}), false)`)
      .execute(trx);
  }
}

/** Inserts every table's rows; returns how many rows went in. */
export async function loadRows(
  db: Kysely<any>,
  dialect: Dialect,
  manifest: Manifest,
  stagingDir: string,
): Promise<number> {
  await db.transaction().execute(async (trx) => {
    for (const table of manifest.tables) {
      await loadTable(trx, table, path.join(stagingDir, 'database', `${table.name}.ndjson`));
    }
    if (dialect === 'postgres') await moveIdentitiesPastRows(trx);
  });
  return manifest.tables.reduce((sum, table) => sum + table.rows, 0);
}

// One table to one NDJSON file, streamed: a header line naming the table and its columns, then
// one JSON array per row. Only text and integer columns exist in congtin's schema, so JSON
// carries every value unchanged between SQLite and PostgreSQL.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { sql } from 'kysely';
import { backupText as t } from './backup.vi.js';
import { exportQuery, quoted } from './schema-catalog.js';
import type { SnapshotSource } from './snapshot-source.js';
import { selfReference, type TableShape } from './table-order.js';

export interface ExportedTable {
  name: string;
  rows: number;
  columns: string[];
  sha256: string;
  bytes: number;
}

export async function exportTable(source: SnapshotSource, table: TableShape, file: string): Promise<ExportedTable> {
  const hash = createHash('sha256');
  let bytes = 0;
  let rows = 0;
  const handle = await open(file, 'wx');
  const write = async (text: string) => {
    const chunk = Buffer.from(text, 'utf8');
    hash.update(chunk);
    bytes += chunk.length;
    await handle.write(chunk);
  };
  try {
    await write(`${JSON.stringify({ table: table.name, columns: table.columns })}\n`);
    for await (const batch of source.rows(exportQuery(table, selfReference(table)), table.columns)) {
      rows += batch.length;
      await write(batch.map((row) => `${JSON.stringify(row)}\n`).join(''));
    }
  } finally {
    await handle.close();
  }
  // Every row of the snapshot must be in the file (a tree table's rows are read root first: a
  // row outside the tree would be lost silently otherwise).
  const counted = await sql<{ n: number }>`select count(*) as n from ${sql.raw(quoted(table.name))}`.execute(source.db);
  if (Number(counted.rows[0]!.n) !== rows) throw new Error(t.rowsChanged(table.name));
  return { name: table.name, rows, columns: table.columns, sha256: hash.digest('hex'), bytes };
}

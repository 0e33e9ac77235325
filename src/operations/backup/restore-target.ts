// Where a restore writes: the database named by DATABASE_URL and the folders of DATA_DIR. A
// restore goes only into an empty one, unless told --force; then the old content goes first.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import type { Config } from '../../config.js';
import { openDatabase } from '../../platform/db/client.js';
import { backupText as t } from './backup.vi.js';
import { contentFolders, listDataFiles } from './data-files.js';
import { listTables, MIGRATION_TABLES, quoted } from './schema-catalog.js';

export interface TargetState {
  /** What is already there, in the operator's words; empty when the target is empty. */
  contents: string[];
  /** The database has tables (empty or not) that must go before migrations run again. */
  hasTables: boolean;
}

async function databaseState(database: Config['database']): Promise<{ contents: string[]; hasTables: boolean }> {
  if (database.kind === 'sqlite' && !existsSync(database.file)) return { contents: [], hasTables: false };
  const handle = openDatabase<any>(database);
  try {
    const tables = await listTables(handle.db, handle.dialect);
    if (tables.length === 0) return { contents: [], hasTables: false };
    if (!tables.includes('kysely_migration')) return { contents: [t.foreignDatabase], hasTables: true };
    for (const table of tables.filter((name) => !MIGRATION_TABLES.includes(name))) {
      const row = await sql<{ one: number }>`select 1 as one from ${sql.raw(quoted(table))} limit 1`.execute(handle.db);
      if (row.rows.length > 0) return { contents: [t.databaseHasRows], hasTables: true };
    }
    return { contents: [], hasTables: true };
  } finally {
    await handle.close();
  }
}

/** The target's state; a folder holding `archive` itself is not content. */
export async function inspectTarget(
  config: Pick<Config, 'dataDir' | 'database'>,
  archive: string,
): Promise<TargetState> {
  const database = await databaseState(config.database);
  const files = await listDataFiles(config.dataDir, archive);
  const folders = [...new Set(files.map((f) => f.member.split('/')[1]!))];
  return {
    contents: [...database.contents, ...folders.map((f) => t.folderHasFiles(f))],
    hasTables: database.hasTables,
  };
}

/** Removes every table (SQLite: the database file itself), so migrations start from nothing. */
export async function clearDatabase(database: Config['database']): Promise<void> {
  if (database.kind === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm', '-journal']) await rm(`${database.file}${suffix}`, { force: true });
    return;
  }
  const handle = openDatabase<any>(database);
  try {
    const tables = await listTables(handle.db, handle.dialect);
    if (tables.length)
      await sql.raw(`drop table if exists ${tables.map(quoted).join(', ')} cascade`).execute(handle.db);
  } finally {
    await handle.close();
  }
}

/** Removes the content folders of DATA_DIR (never tmp/, the database file or the restore's own work folder). */
export async function clearContentFolders(dataDir: string, archive: string): Promise<void> {
  for (const folder of await contentFolders(dataDir, archive))
    await rm(path.join(dataDir, folder), { recursive: true, force: true });
}

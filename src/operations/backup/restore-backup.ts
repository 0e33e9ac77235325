// `npm run restore`: check the archive whole (verify-archive.ts), check the target is empty (or
// --force), and only then write: unpack into a work folder inside DATA_DIR, rebuild the schema
// with the migrations up to the archive's version, insert the rows, run the migrations that
// came after it, and move the files into place.
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Migrator, type Migration } from 'kysely';
import * as tar from 'tar';
import type { Config } from '../../config.js';
import { openDatabase } from '../../platform/db/client.js';
import { migrateToLatest } from '../../platform/db/migrate.js';
import { backupText as t } from './backup.vi.js';
import { ARCHIVE_READ_BYTES, type Manifest } from './manifest.js';
import { clearContentFolders, clearDatabase, inspectTarget } from './restore-target.js';
import { loadRows } from './restore-rows.js';
import { RestoreError, verifyArchive } from './verify-archive.js';

export { RestoreError } from './verify-archive.js';

export interface RestoreOptions {
  config: Pick<Config, 'dataDir' | 'database'>;
  archive: string;
  force: boolean;
  migrations: (dialect: Config['database']['kind']) => Record<string, Migration>;
}

export interface RestoreResult {
  rows: number;
  files: number;
}

async function rebuildDatabase(options: RestoreOptions, manifest: Manifest, stagingDir: string): Promise<number> {
  const handle = openDatabase<any>(options.config.database);
  try {
    const migrations = options.migrations(handle.dialect);
    const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } });
    const upToArchive = await migrator.migrateTo(manifest.schemaVersion);
    if (upToArchive.error) throw upToArchive.error;
    const rows = await loadRows(handle.db, handle.dialect, manifest, stagingDir);
    await migrateToLatest(handle.db, migrations);
    return rows;
  } finally {
    await handle.close();
  }
}

async function moveFilesIntoPlace(stagingDir: string, dataDir: string): Promise<void> {
  const staged = path.join(stagingDir, 'files');
  const folders = await readdir(staged).catch(() => [] as string[]);
  for (const folder of folders) await rename(path.join(staged, folder), path.join(dataDir, folder));
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const archive = path.resolve(options.archive);
  const { config } = options;
  const knownVersions = Object.keys(options.migrations(config.database.kind));
  const manifest = await verifyArchive(archive, knownVersions);
  const target = await inspectTarget(config, archive);
  if (target.contents.length && !options.force) throw new RestoreError(t.notEmpty(target.contents.join('; ')));
  await mkdir(config.dataDir, { recursive: true });
  // Inside DATA_DIR, so the files move into place by rename; a hidden name is never content.
  const stagingDir = await mkdtemp(path.join(config.dataDir, '.restore-'));
  try {
    const wanted = new Set(manifest.members.map((m) => m.name));
    await tar.x({
      file: archive,
      cwd: stagingDir,
      strict: true,
      maxReadSize: ARCHIVE_READ_BYTES,
      preserveOwner: false,
      filter: (name) => wanted.has(name),
    });
    if (target.hasTables) await clearDatabase(config.database);
    const rows = await rebuildDatabase(options, manifest, stagingDir);
    await clearContentFolders(config.dataDir, archive);
    await moveFilesIntoPlace(stagingDir, config.dataDir);
    return { rows, files: manifest.members.filter((m) => m.name.startsWith('files/')).length };
  } finally {
    await rm(stagingDir, { recursive: true, force: true });
  }
}

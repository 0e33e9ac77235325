// `npm run backup`: a snapshot of the database exported table by table, then the files under
// DATA_DIR, then one .tar.gz with the manifest first. Everything streams through files in a
// work folder beside the archive, so 50,000 articles never sit in memory at once. The archive
// is written under a temporary name and renamed when whole: a failed backup leaves nothing
// that looks like one.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';
import type { Config } from '../../config.js';
import { backupText as t } from './backup.vi.js';
import { congtinVersion } from './congtin-version.js';
import { listDataFiles } from './data-files.js';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  hashFile,
  type Manifest,
  type ManifestMember,
  MANIFEST_MEMBER,
  NATIVE_DUMP_MEMBER,
  tableMember,
} from './manifest.js';
import { withPostgresSnapshot } from './postgres-snapshot.js';
import { backedUpTables, NOT_IN_PUBLIC_BACKUP, schemaVersion } from './schema-catalog.js';
import type { SnapshotSource } from './snapshot-source.js';
import { withSqliteSnapshot } from './sqlite-snapshot.js';
import { type ExportedTable, exportTable } from './table-export.js';

/** A refusal the operator can act on: its message is the Vietnamese line the CLI prints. */
export class BackupError extends Error {}

export interface BackupResult {
  file: string;
  rows: number;
  files: number;
}

interface DatabaseExport {
  tables: ExportedTable[];
  version: string;
  nativeDump: string | undefined;
}

async function exportDatabase(source: SnapshotSource, workDir: string, isPublic: boolean): Promise<DatabaseExport> {
  const version = await schemaVersion(source.db, source.dialect);
  if (!version) throw new BackupError(t.noSchema);
  const tables: ExportedTable[] = [];
  for (const shape of await backedUpTables(source.db, source.dialect)) {
    if (isPublic && NOT_IN_PUBLIC_BACKUP.has(shape.name)) continue;
    tables.push(await exportTable(source, shape, path.join(workDir, tableMember(shape.name))));
  }
  // pg_dump's native copy holds every table: a public archive goes without it.
  if (isPublic && source.nativeDump) await rm(source.nativeDump, { force: true });
  return { tables, version, nativeDump: isPublic ? undefined : source.nativeDump };
}

function snapshotDatabase(database: Config['database'], workDir: string, isPublic: boolean): Promise<DatabaseExport> {
  const work = (source: SnapshotSource) => exportDatabase(source, workDir, isPublic);
  return database.kind === 'sqlite'
    ? withSqliteSnapshot(database.file, workDir, work)
    : withPostgresSnapshot(database.url, workDir, work);
}

async function fileMembers(dataDir: string, out: string): Promise<ManifestMember[]> {
  const members: ManifestMember[] = [];
  for (const file of await listDataFiles(dataDir, out)) {
    members.push({ name: file.member, ...(await hashFile(file.absolute)) });
  }
  return members;
}

function checkDestination(out: string): void {
  if (existsSync(out)) throw new BackupError(t.outExists(out));
  if (!existsSync(path.dirname(out))) throw new BackupError(t.outFolderMissing(path.dirname(out)));
}

export async function writeBackup(
  config: Pick<Config, 'dataDir' | 'database'>,
  outFile: string,
  now = new Date(),
  options: { public?: boolean } = {},
): Promise<BackupResult> {
  const isPublic = options.public === true;
  const out = path.resolve(outFile);
  checkDestination(out);
  const workDir = await mkdtemp(path.join(path.dirname(out), '.congtin-backup-'));
  const partial = `${out}.partial`;
  try {
    await mkdir(path.join(workDir, 'database'));
    const database = await snapshotDatabase(config.database, workDir, isPublic);
    // Listed after the snapshot began: every file a row of the snapshot names is already here.
    const members: ManifestMember[] = database.tables.map((e) => ({
      name: tableMember(e.name),
      bytes: e.bytes,
      sha256: e.sha256,
    }));
    if (database.nativeDump) {
      await rename(database.nativeDump, path.join(workDir, NATIVE_DUMP_MEMBER));
      members.push({ name: NATIVE_DUMP_MEMBER, ...(await hashFile(path.join(workDir, NATIVE_DUMP_MEMBER))) });
    }
    const files = await fileMembers(config.dataDir, out);
    members.push(...files);
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      congtinVersion: congtinVersion(),
      schemaVersion: database.version,
      dialect: config.database.kind,
      createdAt: now.toISOString(),
      tables: database.tables.map(({ name, rows, columns }) => ({ name, rows, columns })),
      members,
      ...(isPublic ? { public: true } : {}),
    };
    await writeFile(path.join(workDir, MANIFEST_MEMBER), `${JSON.stringify(manifest, null, 1)}\n`);
    // files/… in the archive are read through this link straight from DATA_DIR, not copied.
    await symlink(path.resolve(config.dataDir), path.join(workDir, 'files'));
    await tar.c({ gzip: true, file: partial, cwd: workDir, portable: true, strict: true, noDirRecurse: true }, [
      MANIFEST_MEMBER,
      ...members.map((m) => m.name),
    ]);
    await rename(partial, out);
    return { file: out, rows: database.tables.reduce((sum, e) => sum + e.rows, 0), files: files.length };
  } finally {
    await unlink(path.join(workDir, 'files')).catch(() => {});
    await rm(workDir, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
}

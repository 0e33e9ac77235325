// Restores a backup made by `npm run backup` into an empty install (stop congtin first):
//   npm run restore -- /var/backups/congtin/congtin-2026-12-05.tar.gz [--force]
// Same configuration as the server (DATABASE_URL, DATA_DIR). Every checksum is checked before
// anything is written; --force replaces a database or DATA_DIR that already has content.
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { listMigrations } from '../src/migrations/index.js';
import { backupText as t } from '../src/operations/backup/backup.vi.js';
import { RestoreError, restoreBackup } from '../src/operations/backup/restore-backup.js';

function readArguments(): { archive: string; force: boolean } | undefined {
  try {
    const { values, positionals } = parseArgs({ options: { force: { type: 'boolean' } }, allowPositionals: true });
    return positionals.length === 1 ? { archive: positionals[0]!, force: values.force === true } : undefined;
  } catch {
    return undefined;
  }
}

async function main() {
  const args = readArguments();
  if (!args) {
    console.error(t.restoreUsage);
    process.exit(2);
  }
  const started = performance.now();
  try {
    const result = await restoreBackup({
      config: loadConfig(),
      archive: args.archive,
      force: args.force,
      migrations: listMigrations,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(t.restoreDone(args.archive, result.rows, result.files, seconds));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(error instanceof RestoreError ? message : t.restoreFailed(message));
    process.exitCode = 1;
  }
}

void main();

// Writes one .tar.gz of a running install, without stopping it:
//   npm run backup -- --out /var/backups/congtin/congtin-2026-12-05.tar.gz [--public]
// --public leaves out the restricted tables (opinion reports and cases, the audit log) and says
// "public": true in the manifest.
// It uses the same configuration as the server (DATABASE_URL, DATA_DIR); what the archive holds
// and how a restore checks it: src/operations/backup/manifest.ts and docs/OPERATIONS.md.
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { backupText as t } from '../src/operations/backup/backup.vi.js';
import { BackupError, writeBackup } from '../src/operations/backup/write-backup.js';

async function main() {
  let out: string | undefined;
  let isPublic = false;
  try {
    const { values } = parseArgs({ options: { out: { type: 'string' }, public: { type: 'boolean' } } });
    out = values.out;
    isPublic = values.public === true;
  } catch {
    // an unknown option: the usage line below says what is expected
  }
  if (!out) {
    console.error(t.backupUsage);
    process.exit(2);
  }
  const started = performance.now();
  try {
    const result = await writeBackup(loadConfig(), out, new Date(), { public: isPublic });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(t.backupDone(result.file, result.rows, result.files, seconds));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(error instanceof BackupError ? message : t.backupFailed(message));
    process.exitCode = 1;
  }
}

void main();

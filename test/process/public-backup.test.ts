// `npm run backup -- --public` on SQLite and PostgreSQL: the archive leaves out the restricted
// tables (the public-opinion reports and cases, and the audit log that records their reads), says
// "public": true in its manifest, and no member of it holds a case's text; a backup without the
// flag keeps them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import * as tar from 'tar';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createManualClock } from '../../src/platform/clock.js';
import { createLogger } from '../../src/platform/logger.js';
import { writeBackup } from '../../src/operations/backup/write-backup.js';
import { createTestDatabase, dialectsUnderTest } from '../support/databases.js';

// A demo case's place (src/demo/demo-opinion.ts), written nowhere else.
const CASE_TEXT = 'Thôn Khe Nứa';

async function unpack(archive: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-unpack-'));
  await tar.x({ file: archive, cwd: dir });
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const texts = (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile())
    .map((f) => fs.readFileSync(f).toString('utf8'));
  fs.rmSync(dir, { recursive: true, force: true });
  return { manifest, texts };
}

for (const dialect of dialectsUnderTest()) {
  describe(`a backup marked public [${dialect}]`, () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-public-backup-'));
    let drop: () => Promise<void> = async () => {};
    after(async () => {
      await drop();
      fs.rmSync(work, { recursive: true, force: true });
    });

    it('holds no opinion report, case or audit row, and says so in its manifest', async () => {
      const database = await createTestDatabase(dialect);
      drop = database.drop;
      const dataDir = path.join(work, 'data');
      const env = {
        DATA_DIR: dataDir,
        SITE_URL: 'https://congtin.test',
        LOG_LEVEL: 'silent',
        DATABASE_URL: database.target.kind === 'postgres' ? database.target.url : `sqlite:${database.target.file}`,
      };
      const config = loadConfig(env);
      const congtin = await createApp(config, {
        clock: createManualClock('2026-11-27T03:00:00Z'),
        logger: createLogger('silent'),
      });
      await congtin.close();

      const full = await unpack((await writeBackup(config, path.join(work, 'full.tar.gz'))).file);
      const fullTables = full.manifest.tables.map((t: { name: string }) => t.name);
      assert.ok(fullTables.includes('opinion_cases') && fullTables.includes('audit_log'), fullTables.join(' '));
      assert.ok(
        full.texts.some((text) => text.includes(CASE_TEXT)),
        'the full backup keeps the cases',
      );
      assert.equal(full.manifest.public, undefined);

      const open = await unpack(
        (await writeBackup(config, path.join(work, 'public.tar.gz'), new Date(), { public: true })).file,
      );
      assert.equal(open.manifest.public, true);
      const tables = open.manifest.tables.map((t: { name: string }) => t.name);
      for (const restricted of ['opinion_reports', 'opinion_cases', 'audit_log', 'sessions'])
        assert.ok(!tables.includes(restricted), restricted);
      assert.ok(tables.includes('articles') && tables.includes('units'), tables.join(' '));
      const names = open.manifest.members.map((m: { name: string }) => m.name);
      assert.ok(!names.some((name: string) => /opinion_(reports|cases)|audit_log|native/.test(name)), names.join(' '));
      for (const text of open.texts) assert.ok(!text.includes(CASE_TEXT), 'a member holds a case’s text');
    });
  });
}

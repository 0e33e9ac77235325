// A first start costs 0.7–1.5 s on 2 cores, several seconds under the suite's load (the
// migrations, then the demo's content: accounts with argon2 hashes, articles and their search
// index, documents with their PDFs), and the suite starts a few hundred apps; a start on a database
// that has its content takes a tenth of that. So the first app of a kind (dialect, clock, settings)
// is a real first start, closed and kept as a template, and every app of that kind starts on a copy
// of its database and DATA_DIR: what a restarted server sees, the same content and migrations.
// `npm test` shares the templates between the test files of one run (CONGTIN_TEST_TEMPLATES, a
// folder it makes and removes); a file run alone keeps its own and removes them after its last test.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after } from 'node:test';
import pg from 'pg';
import type { DatabaseTarget } from '../../src/platform/db/client.js';
import type { DialectName, TestDatabase } from './databases.js';

/** A closed first start: its database and its DATA_DIR. */
export interface FirstStart {
  target: DatabaseTarget;
  dataDir: string;
}

export interface Template {
  copyDatabase(): Promise<TestDatabase>;
  copyDataDir(): string;
}

/** What ready.json holds: where the template's database and files are. */
type Stored = { kind: 'sqlite'; file: string; dataDir: string } | { kind: 'postgres'; name: string; dataDir: string };

const WAIT_FOR_OTHER_PROCESS_MS = 120_000;

export function templateKey(dialect: DialectName, now: string, env: Record<string, string> | undefined): string {
  return JSON.stringify([dialect, now, env ?? {}]);
}

/**
 * The template of this kind: made once with `makeFirst` (a real first start, closed) by whichever
 * process asks first, then read by every other. Undefined when it could not be made: the caller
 * then starts for real.
 */
export async function firstStartTemplate(
  key: string,
  makeFirst: () => Promise<FirstStart>,
): Promise<Template | undefined> {
  const entry = path.join(templatesRoot(), createHash('sha256').update(key).digest('hex').slice(0, 16));
  const ready = path.join(entry, 'ready.json');
  try {
    fs.mkdirSync(entry);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return waitForOther(entry, ready);
    throw err;
  }
  try {
    const stored = await keep(await makeFirst(), entry);
    fs.writeFileSync(ready, JSON.stringify(stored));
    return copier(stored);
  } catch (err) {
    fs.writeFileSync(path.join(entry, 'failed'), String(err));
    throw err;
  }
}

async function waitForOther(entry: string, ready: string): Promise<Template | undefined> {
  const deadline = Date.now() + WAIT_FOR_OTHER_PROCESS_MS;
  while (Date.now() < deadline) {
    if (fs.existsSync(ready)) return copier(JSON.parse(fs.readFileSync(ready, 'utf8')) as Stored);
    if (fs.existsSync(path.join(entry, 'failed'))) return undefined;
    await sleep(50);
  }
  return undefined;
}

/** Moves the closed first start into the template's folder (SQLite) or renames its database (PostgreSQL). */
async function keep(first: FirstStart, entry: string): Promise<Stored> {
  const dataDir = path.join(entry, 'data');
  fs.cpSync(first.dataDir, dataDir, { recursive: true });
  fs.rmSync(first.dataDir, { recursive: true, force: true });
  if (first.target.kind === 'sqlite') {
    const file = path.join(entry, 'template.db');
    // Closed, so its WAL is checkpointed and gone; a leftover one goes along.
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(first.target.file + suffix)) fs.copyFileSync(first.target.file + suffix, file + suffix);
    }
    fs.rmSync(path.dirname(first.target.file), { recursive: true, force: true });
    return { kind: 'sqlite', file, dataDir };
  }
  // Unique across runs and processes: two files run alone may make the same kind at once.
  const name = `congtin_tpl_${randomBytes(6).toString('hex')}`;
  await onAdmin(`alter database ${new URL(first.target.url).pathname.slice(1)} rename to ${name}`);
  return { kind: 'postgres', name, dataDir };
}

function copier(stored: Stored): Template {
  const copyDataDir = () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-data-'));
    fs.cpSync(stored.dataDir, copy, { recursive: true });
    return copy;
  };
  if (stored.kind === 'sqlite') {
    return {
      copyDataDir,
      async copyDatabase() {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-test-'));
        const file = path.join(dir, `congtin_test_${randomBytes(6).toString('hex')}.db`);
        for (const suffix of ['', '-wal', '-shm']) {
          if (fs.existsSync(stored.file + suffix)) fs.copyFileSync(stored.file + suffix, file + suffix);
        }
        return { target: { kind: 'sqlite', file }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
      },
    };
  }
  return {
    copyDataDir,
    async copyDatabase() {
      const name = `congtin_test_${randomBytes(6).toString('hex')}`;
      // A copy of the files inside the server: no migration, no content made again.
      await onAdmin(`create database ${name} template ${stored.name}`);
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${name}`;
      return {
        target: { kind: 'postgres', url: url.toString() },
        drop: () => onAdmin(`drop database if exists ${name} with (force)`),
      };
    },
  };
}

async function onAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let ownRoot: string | undefined;
// Registered as the file loads, so that it runs after the file's last test, not after the first
// suite that happened to make a template.
if (!process.env.CONGTIN_TEST_TEMPLATES) after(() => (ownRoot ? dropTemplates(ownRoot) : undefined));

/** The run's folder (npm test), or this process's own, removed with its templates after its last test. */
function templatesRoot(): string {
  if (process.env.CONGTIN_TEST_TEMPLATES) return process.env.CONGTIN_TEST_TEMPLATES;
  ownRoot ??= fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-templates-'));
  return ownRoot;
}

/** Drops the PostgreSQL templates made under `root` and removes the folder. */
export async function dropTemplates(root: string): Promise<void> {
  for (const entry of fs.existsSync(root) ? fs.readdirSync(root) : []) {
    const ready = path.join(root, entry, 'ready.json');
    if (!fs.existsSync(ready)) continue;
    const stored = JSON.parse(fs.readFileSync(ready, 'utf8')) as Stored;
    if (stored.kind === 'postgres')
      await onAdmin(`drop database if exists ${stored.name} with (force)`).catch(() => {});
  }
  fs.rmSync(root, { recursive: true, force: true });
}

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
import type { DatabaseTarget } from '../../src/platform/db/client.js';
import {
  copySqliteFiles,
  createTestDatabase,
  databaseName,
  onAdmin,
  type DialectName,
  type TestDatabase,
} from './databases.js';

/** A closed first start: its database and its DATA_DIR. */
export interface FirstStart {
  target: DatabaseTarget;
  dataDir: string;
}

export interface Template {
  copyDatabase(): Promise<TestDatabase>;
  copyDataDir(): string;
}

/** What ready.json holds: the template's database (closed) and files. */
interface Stored {
  target: DatabaseTarget;
  dataDir: string;
}

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
    copySqliteFiles(first.target.file, file);
    fs.rmSync(path.dirname(first.target.file), { recursive: true, force: true });
    return { target: { kind: 'sqlite', file }, dataDir };
  }
  // Unique across runs and processes: two files run alone may make the same kind at once.
  const url = new URL(first.target.url);
  url.pathname = `/congtin_tpl_${randomBytes(6).toString('hex')}`;
  await onAdmin(`alter database ${databaseName(first.target.url)} rename to ${databaseName(url.toString())}`);
  return { target: { kind: 'postgres', url: url.toString() }, dataDir };
}

function copier(stored: Stored): Template {
  return {
    copyDatabase: () => createTestDatabase(stored.target.kind, stored.target),
    copyDataDir() {
      const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-data-'));
      fs.cpSync(stored.dataDir, copy, { recursive: true });
      return copy;
    },
  };
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
    if (stored.target.kind === 'postgres') {
      await onAdmin(`drop database if exists ${databaseName(stored.target.url)} with (force)`).catch(() => {});
    }
  }
  fs.rmSync(root, { recursive: true, force: true });
}

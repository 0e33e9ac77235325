// Database targets for tests: every database test runs on SQLite and on a real PostgreSQL.
// `npm test` starts a throw-away PostgreSQL and sets TEST_DATABASE_URL; each test app gets a
// database of its own in it, so test files may run in parallel.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseTarget } from '../../src/platform/db/client.js';

export type DialectName = 'sqlite' | 'postgres';

export function dialectsUnderTest(): DialectName[] {
  if (process.env.TEST_DATABASE_URL) return ['sqlite', 'postgres'];
  if (process.env.REQUIRE_POSTGRES) throw new Error('REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not');
  console.warn('TEST_DATABASE_URL is not set: PostgreSQL tests skipped (npm test starts one for you).');
  return ['sqlite'];
}

export interface TestDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

/**
 * A database of its own for one test app: empty, or a copy of `copyOf` (a closed database of the
 * same dialect, first-start-templates.ts).
 */
export async function createTestDatabase(dialect: DialectName, copyOf?: DatabaseTarget): Promise<TestDatabase> {
  const name = `congtin_test_${randomBytes(6).toString('hex')}`;
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-test-'));
    const file = path.join(dir, `${name}.db`);
    if (copyOf?.kind === 'sqlite') copySqliteFiles(copyOf.file, file);
    return {
      target: { kind: 'sqlite', file },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  // With a template, a copy of its files inside the server: no migration, nothing made again.
  await onAdmin(`create database ${name}${copyOf?.kind === 'postgres' ? ` template ${databaseName(copyOf.url)}` : ''}`);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString() },
    drop: () => onAdmin(`drop database if exists ${name} with (force)`),
  };
}

/** A closed SQLite database's file, and its WAL files should any be left. */
export function copySqliteFiles(from: string, to: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(from + suffix)) fs.copyFileSync(from + suffix, to + suffix);
  }
}

export function databaseName(url: string): string {
  return new URL(url).pathname.slice(1);
}

/** One statement on the test server's admin database (create, rename, drop a database). */
export async function onAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

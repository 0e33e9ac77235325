// A real congtin app on a fresh database of the given dialect, with a clock the test controls.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type CongtinApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createManualClock } from '../../src/platform/clock.js';
import { createLogger } from '../../src/platform/logger.js';
import { createTestDatabase, type DialectName, type TestDatabase } from './databases.js';
import { firstStartTemplate, templateKey } from './first-start-templates.js';

export interface TestApp extends CongtinApp {
  clock: ReturnType<typeof createManualClock>;
  dialectName: DialectName;
  /** This app's own DATA_DIR (uploads land here), removed by dispose(). */
  dataDir: string;
  /** Closes the app and drops its database. */
  dispose(): Promise<void>;
  /** Closes this app and starts a new one on the same database, files and clock (a server restart), with these settings changed. */
  restart(changedEnv?: Record<string, string>): Promise<TestApp>;
  request(path: string, init?: RequestInit): Promise<Response>;
}

export const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

export const DEFAULT_TEST_NOW = '2026-11-27T03:00:00Z';

export interface TestAppOptions {
  env?: Record<string, string>;
  now?: string;
}

/**
 * A real app on a database of its own. The first of its kind (dialect, clock, settings) is a real
 * first start, kept as a template; the others start on a copy of it (first-start-templates.ts).
 */
export async function startTestApp(dialect: DialectName, options: TestAppOptions = {}): Promise<TestApp> {
  const now = options.now ?? DEFAULT_TEST_NOW;
  // An app with a mail server of its test's own shares its first start with no other (the port is
  // the test's), and what that first start sends must reach the test's mailbox: a real one.
  if (options.env?.SMTP_URL)
    return bootTestApp(await createTestDatabase(dialect), newDataDir(), dialect, now, options.env);
  const template = await firstStartTemplate(templateKey(dialect, now, options.env), async () => {
    const first = await bootTestApp(await createTestDatabase(dialect), newDataDir(), dialect, now, options.env);
    await first.searchIndexer.drainAll();
    await first.close();
    return { target: first.database.target, dataDir: first.dataDir };
  });
  if (!template) return bootTestApp(await createTestDatabase(dialect), newDataDir(), dialect, now, options.env);
  return bootTestApp(await template.copyDatabase(), template.copyDataDir(), dialect, now, options.env);
}

function newDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-data-'));
}

async function bootTestApp(
  database: TestDatabase,
  dataDir: string,
  dialect: DialectName,
  now: string,
  settings: Record<string, string> = {},
): Promise<TestApp & { database: TestDatabase }> {
  const clock = createManualClock(now);
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    SITE_URL: 'https://congtin.test',
    HIT_FLUSH_MS: '1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...settings,
  };
  env.DATABASE_URL = database.target.kind === 'postgres' ? database.target.url : `sqlite:${database.target.file}`;
  const boot = async (): Promise<TestApp & { database: TestDatabase }> => {
    const congtin = await createApp(loadConfig(env), {
      clock,
      logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    });
    return {
      ...congtin,
      clock,
      dialectName: dialect,
      dataDir: env.DATA_DIR!,
      database,
      async dispose() {
        await congtin.close();
        await database.drop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
      async restart(changedEnv = {}) {
        await congtin.close();
        Object.assign(env, changedEnv);
        return boot();
      },
      request(path, init) {
        return Promise.resolve(congtin.app.request(path, init));
      },
    };
  };
  return boot();
}

/** POSTs one beacon hit as a browser at `ip` would (the test app trusts 127.0.0.1 as a proxy when told to). */
export function postHit(app: TestApp, body: unknown, headers: Record<string, string> = {}) {
  return app.request('/api/v1/hit', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': BROWSER_UA, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

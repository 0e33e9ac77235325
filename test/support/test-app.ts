// A real congtin app on a fresh database of the given dialect, with a clock the test controls.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type CongtinApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createManualClock } from '../../src/platform/clock.js';
import { createLogger } from '../../src/platform/logger.js';
import { createTestDatabase, type DialectName } from './databases.js';

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

export async function startTestApp(
  dialect: DialectName,
  options: { env?: Record<string, string>; now?: string } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const clock = createManualClock(options.now ?? '2026-11-27T03:00:00Z');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-data-'));
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    SITE_URL: 'https://congtin.test',
    HIT_FLUSH_MS: '1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...options.env,
  };
  env.DATABASE_URL = database.target.kind === 'postgres' ? database.target.url : `sqlite:${database.target.file}`;
  const boot = async (): Promise<TestApp> => {
    const congtin = await createApp(loadConfig(env), {
      clock,
      logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    });
    return {
      ...congtin,
      clock,
      dialectName: dialect,
      dataDir: env.DATA_DIR!,
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

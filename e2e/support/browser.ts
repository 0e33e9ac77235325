// A real Chromium (Debian's package) driven by playwright-core, against congtin listening on
// loopback. Never downloads a browser.
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { createHttpServer } from '../../src/server.js';
import { axeSource } from './checks.js';

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'Chromium không có trên máy: hãy cài bằng "apt-get install chromium fonts-noto-core" (npm test tự cài khi chạy với quyền root).',
    );
  }
}

export const READER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A reader's browser context: a normal user agent (headless Chrome's own is, rightly, a bot). One
 * made with `bypassCSP` is for axe-core (checks.ts), which its pages then get as they load.
 */
export async function newReaderContext(
  browser: Browser,
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number }; bypassCSP?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    userAgent: READER_UA,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    ...options,
  });
  if (options.bypassCSP) await context.addInitScript({ content: axeSource });
  return context;
}

export interface ServedApp {
  app: TestApp;
  baseUrl: string;
  stop(): Promise<void>;
}

export async function serveTestApp(env: Record<string, string> = {}): Promise<ServedApp> {
  // This hour, not this millisecond: the browser tests of a run then share one first start
  // (test/support/first-start-templates.ts). The app's clock is the test's, set once, either way.
  const thisHour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString();
  const app = await startTestApp('sqlite', { now: thisHour, env: { PAGE_CACHE_SECONDS: '0', ...env } });
  // The production server (fast path included), not app.request(): browsers meet what readers meet.
  const server: Server = createHttpServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await app.dispose();
    },
  };
}

/**
 * Registers before/after hooks that serve a fresh portal and launch Chromium for one describe
 * block; the returned getters are valid inside its tests.
 */
export function usePortalInBrowser(env: Record<string, string> = {}): {
  served: () => ServedApp;
  browser: () => Browser;
} {
  let served: ServedApp | undefined;
  let browser: Browser | undefined;
  before(async () => {
    served = await serveTestApp(env);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await served?.stop();
  });
  return { served: () => served!, browser: () => browser! };
}

// The production server answers a reader's beacon before the framework: the same counting, the
// same headers, the same refusals as the Hono route (which still answers a request with a cookie,
// a token, or a chunked or oversized body), on both databases.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createHttpServer } from '../../src/server.js';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CHROME = (n: number) =>
  `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.${n} Safari/537.36`;
// Headers that differ between any two answers, or that only say how the bytes travelled.
const PER_ANSWER = new Set(['date', 'content-length', 'connection', 'keep-alive', 'x-request-id', 'transfer-encoding']);

for (const dialect of dialectsUnderTest()) {
  describe(`the beacon on the fast path [${dialect}]`, () => {
    let t: TestApp;
    let base: string;
    let server: http.Server;
    let browser = 0;
    let articlePath = '';
    /** Requests that reached Hono. */
    let frameworkCalls = 0;

    /** A beacon: `framework` adds a cookie that is no session, which sends it through Hono. */
    const hit = (body: string, options: { framework?: boolean; userAgent?: string } = {}) =>
      fetch(`${base}/api/v1/hit`, {
        method: 'POST',
        headers: {
          'content-type': 'text/plain;charset=UTF-8',
          'user-agent': options.userAgent ?? CHROME(++browser),
          ...(options.framework ? { cookie: 'theme=dark' } : {}),
        },
        body,
      });
    const total = async () => ((await (await fetch(`${base}/api/v1/stats`)).json()) as { total: number }).total;
    const headersOf = (res: Response) =>
      Object.fromEntries([...res.headers].filter(([name]) => !PER_ANSWER.has(name)).sort());

    before(async () => {
      t = await startTestApp(dialect, { env: { HIT_RATE_PER_MINUTE: '5' } });
      const fetchThroughHono = t.app.fetch;
      const counted = {
        ...t,
        app: Object.assign(Object.create(t.app), {
          fetch: (...args: Parameters<typeof fetchThroughHono>) => {
            frameworkCalls++;
            return fetchThroughHono(...args);
          },
        }),
      };
      server = createHttpServer(counted as TestApp);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      articlePath = (await t.articles.listLatest({ limit: 1 }))[0]!.url;
    });
    after(async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await t.dispose();
    });

    it('counts a reader’s beacon and answers with the framework route’s status, headers and fields', async () => {
      const before = await total();
      const calls = frameworkCalls;
      const fast = await hit(JSON.stringify({ path: articlePath }));
      assert.equal(frameworkCalls, calls, 'the reader’s beacon did not reach Hono');
      const framework = await hit(JSON.stringify({ path: articlePath }), { framework: true });
      assert.equal(frameworkCalls, calls + 1, 'a beacon with a cookie did');
      assert.equal(fast.status, 200);
      assert.deepEqual(headersOf(fast), headersOf(framework));
      assert.match(fast.headers.get('content-security-policy')!, /default-src 'self'/);
      const [fastBody, frameworkBody] = [await fast.json(), await framework.json()];
      assert.deepEqual(Object.keys(fastBody as object).sort(), Object.keys(frameworkBody as object).sort());
      assert.ok((fastBody as { views?: number }).views! >= 1, 'the article’s views come back');
      assert.equal(await total(), before + 2, 'two browsers, two visits');
    });

    it('refuses a bad body as the framework does: 400 with the same code and field messages', async () => {
      for (const body of ['{"path":', JSON.stringify({ path: 'khong-bat-dau-bang-gach' }), JSON.stringify({})]) {
        const fast = await hit(body);
        const framework = await hit(body, { framework: true });
        assert.equal(fast.status, 400, body);
        assert.deepEqual(headersOf(fast), headersOf(framework), body);
        const [a, b] = [(await fast.json()) as any, (await framework.json()) as any];
        assert.equal(a.error.code, b.error.code, body);
        assert.deepEqual(a.error.fields, b.error.fields, body);
        assert.match(a.error.message, /[ạảãáàâăđêôơư]/, 'a Vietnamese message');
      }
    });

    it('does not count a crawler, and leaves oversized and chunked bodies to the framework', async () => {
      const before = await total();
      const bot = await hit(JSON.stringify({ path: '/' }), { userAgent: 'curl/8.5.0' });
      assert.equal(bot.status, 200);
      assert.equal(await total(), before);
      const big = await hit(JSON.stringify({ path: '/', referrer: 'x'.repeat(9000) }));
      assert.equal(big.status, 413);
      assert.equal(((await big.json()) as any).error.code, 'PAYLOAD_TOO_LARGE');
      const chunked = await new Promise<number>((resolve, reject) => {
        const req = http.request(`${base}/api/v1/hit`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': CHROME(++browser) },
        });
        req.on('response', (res) => {
          res.resume();
          resolve(res.statusCode!);
        });
        req.on('error', reject);
        req.write('{"path":');
        req.end('"/"}');
      });
      assert.equal(chunked, 200);
      assert.equal(await total(), before + 1);
    });

    it('throttles one browser hammering the beacon: 429 with Retry-After, as the framework would', async () => {
      const userAgent = CHROME(9999);
      const statuses: number[] = [];
      let refused: Response | undefined;
      for (let i = 0; i < 7; i++) {
        const res = await hit(JSON.stringify({ path: '/' }), { userAgent });
        statuses.push(res.status);
        if (res.status === 429) refused = res;
        else await res.arrayBuffer();
      }
      assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429]);
      assert.ok(Number(refused!.headers.get('retry-after')) >= 1);
      assert.equal(((await refused!.json()) as any).error.code, 'TOO_MANY_REQUESTS');
      const framework = await hit(JSON.stringify({ path: '/' }), { userAgent, framework: true });
      assert.equal(framework.status, 429, 'the two paths share one throttle');
    });
  });
}

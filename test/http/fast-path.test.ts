// The production server answers cached pages before the framework: same bytes, same headers,
// conditional requests, and a fall-through to Hono for everything else.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createHttpServer } from '../../src/server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('cached pages on the fast path', () => {
  let t: TestApp;
  let base: string;
  let server: ReturnType<typeof createHttpServer>;

  before(async () => {
    t = await startTestApp('sqlite');
    server = createHttpServer(t);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await t.dispose();
  });

  it('serves the second request of a page from the cache with the same bytes and headers', async () => {
    const [article] = await t.articles.listLatest({ limit: 1 });
    const first = await fetch(base + article!.url);
    const firstBody = await first.text();
    assert.equal(t.pageCache.peek(article!.url)?.status, 200, 'the first request filled the cache');
    const second = await fetch(base + article!.url);
    assert.equal(await second.text(), firstBody);
    for (const name of ['content-type', 'etag', 'content-security-policy', 'x-content-type-options']) {
      assert.equal(second.headers.get(name), first.headers.get(name), name);
    }
    assert.equal(Number(second.headers.get('content-length')), Buffer.byteLength(firstBody));
    const notModified = await fetch(base + article!.url, { headers: { 'if-none-match': second.headers.get('etag')! } });
    assert.equal(notModified.status, 304);
    const head = await fetch(base + article!.url, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
  });

  it('re-renders after the TTL, so printed counters stay a few seconds old', async () => {
    await fetch(`${base}/`);
    assert.ok(t.pageCache.peek('/'));
    t.clock.advance(5000);
    assert.equal(t.pageCache.peek('/'), undefined);
    assert.equal((await fetch(`${base}/`)).status, 200);
  });

  it('leaves misses, other methods and unknown query strings to the application', async () => {
    assert.equal((await fetch(`${base}/tin-tuc/khong-co`)).status, 404);
    assert.equal((await fetch(`${base}/`, { method: 'POST' })).status, 404);
    assert.equal((await fetch(`${base}/chuyen-muc/tin-hoat-dong?trang=abc`)).status, 400);
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
  });
});

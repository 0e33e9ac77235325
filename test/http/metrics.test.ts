// GET /metrics (Prometheus text format): hidden (404) without METRICS_TOKEN, 401 without the right
// bearer, and what an operator graphs: requests by route pattern (never the raw address), beacon
// batches, search time, job runs, the PostgreSQL pool, event-loop lag and memory. Both databases.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createHttpServer } from '../../src/server.js';
import { dialectsUnderTest } from '../support/databases.js';
import { postHit, startTestApp, type TestApp } from '../support/test-app.js';

const TOKEN = 'kiem-thu-so-lieu-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}` };

/** The value of one series, e.g. sample(text, 'congtin_job_runs_total', { job: 'reminders' }). */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) continue;
    return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

async function scrape(t: TestApp): Promise<string> {
  const res = await t.request('/metrics', { headers: AUTH });
  assert.equal(res.status, 200);
  return res.text();
}

describe('METRICS_TOKEN in the configuration', () => {
  it('refuses a short token or one with spaces, in Vietnamese; empty means no metrics', () => {
    for (const token of ['ngan-qua', 'co dau cach 0123456789', 'mã-có-dấu-0123456789'])
      assert.throws(
        () => loadConfig({ METRICS_TOKEN: token }),
        (error: Error) => error instanceof ConfigError && /METRICS_TOKEN phải dài ít nhất 16 ký tự/.test(error.message),
        token,
      );
    assert.equal(loadConfig({ METRICS_TOKEN: '' }).metricsToken, undefined);
    assert.equal(loadConfig({}).metricsToken, undefined);
    assert.equal(loadConfig({ METRICS_TOKEN: TOKEN }).metricsToken, TOKEN);
  });
});

for (const dialect of dialectsUnderTest()) {
  describe(`metrics without METRICS_TOKEN [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect);
    });
    after(() => t.dispose());

    it('answers /metrics with the ordinary Vietnamese 404 page, token or not', async () => {
      for (const headers of [{}, AUTH]) {
        const res = await t.request('/metrics', { headers });
        assert.equal(res.status, 404);
        assert.match(res.headers.get('content-type') ?? '', /text\/html/);
        assert.match(await res.text(), /Không tìm thấy/);
      }
      assert.equal(t.metrics, undefined, 'nothing is collected');
    });
  });

  describe(`metrics with METRICS_TOKEN [${dialect}]`, () => {
    let t: TestApp;
    let articleUrl: string;
    before(async () => {
      t = await startTestApp(dialect, { env: { METRICS_TOKEN: TOKEN } });
      articleUrl = (await t.articles.listLatest({ limit: 1 }))[0]!.url;
    });
    after(() => t.dispose());

    it('refuses a missing or wrong bearer with a bare 401', async () => {
      for (const authorization of [
        undefined,
        'Bearer',
        'Bearer sai-ma-so-lieu-0123456789',
        `Bearer ${TOKEN}x`,
        `Basic ${Buffer.from(`prometheus:${TOKEN}`).toString('base64')}`,
      ]) {
        const res = await t.request('/metrics', { headers: authorization ? { authorization } : {} });
        assert.equal(res.status, 401, String(authorization));
        assert.equal(await res.text(), '', 'no detail in the body');
        assert.equal(res.headers.get('www-authenticate'), 'Bearer');
      }
    });

    it('answers the right token with the Prometheus text exposition', async () => {
      const res = await t.request('/metrics', { headers: { authorization: `bearer ${TOKEN}` } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'text/plain; version=0.0.4; charset=utf-8');
      assert.equal(res.headers.get('cache-control'), 'no-store');
      const text = await res.text();
      assert.match(text, /^# HELP congtin_http_requests_total /m);
      assert.match(text, /^# TYPE congtin_http_request_duration_seconds histogram$/m);
      assert.ok(sample(text, 'nodejs_eventloop_lag_seconds') !== undefined, 'event-loop lag');
      assert.ok(sample(text, 'process_resident_memory_bytes')! > 0, 'resident memory');
      assert.ok(sample(text, 'nodejs_heap_size_used_bytes')! > 0, 'heap');
    });

    it('counts requests under their route pattern and status, never the raw address', async () => {
      assert.equal((await t.request(articleUrl)).status, 200);
      assert.equal((await t.request('/tin-tuc/khong-co-bai-nay-123')).status, 404);
      assert.equal((await t.request('/khong-co-trang-nay/abc')).status, 404);
      assert.equal((await t.request('/tim-kiem?q=%C4%91%E1%BA%A3ng')).status, 200);
      const text = await scrape(t);
      const article = { route: '/tin-tuc/:slug', method: 'GET' };
      assert.ok(sample(text, 'congtin_http_requests_total', { ...article, status: '200', served: 'app' })! >= 1);
      assert.equal(sample(text, 'congtin_http_requests_total', { ...article, status: '404', served: 'app' }), 1);
      assert.equal(sample(text, 'congtin_http_requests_total', { route: 'unmatched', status: '404' }), 1);
      assert.ok(sample(text, 'congtin_http_request_duration_seconds_count', { ...article, status: '200' })! >= 1);
      assert.ok(sample(text, 'congtin_http_requests_total', { route: '/tim-kiem', status: '200' })! >= 1);
      assert.ok(!text.includes(articleUrl), 'the article address is not a label');
      assert.ok(!text.includes('khong-co'), 'no made-up address is a label');
    });

    it('times each search', async () => {
      const before = sample(await scrape(t), 'congtin_search_seconds_count') ?? 0;
      await t.request('/tim-kiem?q=h%E1%BB%99i+ngh%E1%BB%8B');
      await t.request('/api/v1/articles?q=chi+b%E1%BB%99');
      assert.equal(sample(await scrape(t), 'congtin_search_seconds_count'), before + 2);
    });

    it('counts the beacon hits in the group-commit batches, and their flush time', async () => {
      const before = await scrape(t);
      const hitsBefore = sample(before, 'congtin_beacon_batch_hits_sum') ?? 0;
      const flushesBefore = sample(before, 'congtin_beacon_flush_seconds_count') ?? 0;
      const answers = await Promise.all(
        [1, 2, 3].map((n) =>
          postHit(t, { path: articleUrl }, { 'user-agent': `Mozilla/5.0 Chrome/131.0 reader ${n}` }),
        ),
      );
      for (const res of answers) assert.equal(res.status, 200);
      const after = await scrape(t);
      assert.equal(sample(after, 'congtin_beacon_batch_hits_sum'), hitsBefore + 3);
      assert.ok(sample(after, 'congtin_beacon_flush_seconds_count')! > flushesBefore);
      assert.equal(sample(after, 'congtin_beacon_flush_failures_total'), 0);
      assert.ok(sample(after, 'congtin_http_requests_total', { route: '/api/v1/hit', status: '200' })! >= 3);
    });

    it('does not count /metrics as a page view, nor list it in the site map', async () => {
      const hitsBefore = sample(await scrape(t), 'congtin_beacon_batch_hits_sum') ?? 0;
      const totalBefore = (await (await t.request('/api/v1/stats')).json()).total;
      await postHit(t, { path: '/metrics' });
      assert.equal(sample(await scrape(t), 'congtin_beacon_batch_hits_sum') ?? 0, hitsBefore);
      assert.equal((await (await t.request('/api/v1/stats')).json()).total, totalBefore);
      for (const map of ['/sitemap.xml', '/so-do-trang'])
        assert.ok(!(await (await t.request(map)).text()).includes('/metrics'), map);
    });

    it('counts the background jobs’ runs', async () => {
      const before = sample(await scrape(t), 'congtin_job_runs_total', { job: 'publish-scheduler', outcome: 'ok' })!;
      await t.scheduler.runOnce();
      const text = await scrape(t);
      assert.equal(sample(text, 'congtin_job_runs_total', { job: 'publish-scheduler', outcome: 'ok' }), before + 1);
      assert.equal(sample(text, 'congtin_job_runs_total', { job: 'publish-scheduler', outcome: 'failed' }), 0);
      assert.ok(sample(text, 'congtin_job_runs_total', { job: 'reminders', outcome: 'ok' })! >= 1, 'the start-up run');
      assert.ok(sample(text, 'congtin_job_runs_total', { job: 'media-variants', outcome: 'failed' }) !== undefined);
    });

    it(
      dialect === 'postgres'
        ? 'shows the PostgreSQL pool: busy, idle and waiting'
        : 'shows no pool on SQLite (one connection)',
      async () => {
        const text = await scrape(t);
        const idle = sample(text, 'congtin_db_pool_connections', { state: 'idle' });
        const waiting = sample(text, 'congtin_db_pool_waiting_requests');
        if (dialect === 'postgres') {
          assert.ok(idle! >= 1, 'an idle connection after the requests');
          assert.ok(sample(text, 'congtin_db_pool_connections', { state: 'busy' })! >= 0);
          assert.equal(waiting, 0);
        } else {
          assert.equal(idle, undefined);
          assert.equal(waiting, undefined);
        }
      },
    );

    it('counts cached pages the fast path answers under the same route pattern', async () => {
      const server = createHttpServer(t);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const first = await fetch(base + articleUrl);
        const etag = first.headers.get('etag')!;
        await first.arrayBuffer();
        await (await fetch(base + articleUrl)).arrayBuffer();
        assert.equal((await fetch(base + articleUrl, { headers: { 'if-none-match': etag } })).status, 304);
        const text = await (await fetch(`${base}/metrics`, { headers: AUTH })).text();
        const cached = { route: '/tin-tuc/:slug', method: 'GET', served: 'cache' };
        assert.ok(sample(text, 'congtin_http_requests_total', { ...cached, status: '200' })! >= 1);
        assert.equal(sample(text, 'congtin_http_requests_total', { ...cached, status: '304' }), 1);
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    });
  });
}

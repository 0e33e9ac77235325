// Regression tests for GET /metrics: with METRICS_TOKEN set it never answers without the token,
// however the request is dressed (another method, the token in the query, a prefix of it, a
// longer one, a cookie), and made-up paths cannot grow the label set (each distinct address would
// otherwise be a new series: memory on the server and in Prometheus). Both databases.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createHttpServer } from '../../src/server.js';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const TOKEN = 'Ma-So-Lieu-Bao-Mat-9876543210';

function routeLabels(text: string): Set<string> {
  return new Set([...text.matchAll(/route="([^"]*)"/g)].map((m) => m[1]!));
}

for (const dialect of dialectsUnderTest()) {
  describe(`/metrics access [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect, { env: { METRICS_TOKEN: TOKEN } });
    });
    after(() => t.dispose());

    it('never answers without the token, over a real connection', async () => {
      const server = createHttpServer(t);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        const attempts: Array<[string, RequestInit]> = [
          ['/metrics', {}],
          ['/metrics', { method: 'HEAD' }],
          [`/metrics?token=${TOKEN}`, {}],
          [`/metrics?access_token=${TOKEN}`, {}],
          ['/metrics', { headers: { authorization: TOKEN } }],
          ['/metrics', { headers: { authorization: `Bearer ${TOKEN.slice(0, -1)}` } }],
          ['/metrics', { headers: { authorization: `Bearer ${TOKEN}${TOKEN}` } }],
          ['/metrics', { headers: { authorization: `Token ${TOKEN}` } }],
          ['/metrics', { headers: { 'x-metrics-token': TOKEN, cookie: `token=${TOKEN}` } }],
        ];
        for (const [path, init] of attempts) {
          const res = await fetch(base + path, init);
          const body = await res.text();
          assert.equal(res.status, 401, `${path} ${JSON.stringify(init)}`);
          assert.ok(!body.includes('congtin_'), 'no metric in the answer');
        }
        // Read twice (the second time from any cache there might be): still refused without it.
        await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
        assert.equal((await fetch(`${base}/metrics`)).status, 401);
        for (const method of ['POST', 'PUT', 'DELETE'])
          assert.notEqual((await fetch(`${base}/metrics`, { method })).status, 200, method);
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    });

    it('10,000 distinct made-up paths add one label, not 10,000', async () => {
      const garbage = (n: number) =>
        [`/x${n}-${n.toString(36)}`, `/tin-tuc/${n}/${n}`, `/quan-tri/khong-co-${n}`, `/%ff${n}`, `/api/v1/x${n}`][
          n % 5
        ]!;
      for (let start = 0; start < 10_000; start += 100) {
        const answers = await Promise.all(
          Array.from({ length: 100 }, (_, i) =>
            t.request(garbage(start + i), { method: i % 7 === 0 ? 'POST' : 'GET' }),
          ),
        );
        for (const res of answers) {
          assert.ok(res.status < 500, `status ${res.status}`);
          await res.arrayBuffer();
        }
      }
      const text = await (await t.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } })).text();
      const routes = routeLabels(text);
      assert.ok(routes.has('unmatched'), 'the made-up paths share one label');
      assert.ok(routes.size < 20, `${routes.size} route labels: ${[...routes].join(' ')}`);
      for (const route of routes) assert.doesNotMatch(route, /\d{3,}|khong-co|%ff/, route);
      const series = text.split('\n').filter((line) => line.startsWith('congtin_http_requests_total{'));
      assert.ok(series.length < 60, `${series.length} request series`);
    });
  });
}

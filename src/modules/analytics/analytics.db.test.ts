// The counters end to end through the beacon, on SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { BROWSER_UA, postHit, startTestApp, type TestApp } from '../../../test/support/test-app.js';

const MIN = 60_000;

for (const dialect of dialectsUnderTest()) {
  describe(`visit counters [${dialect}]`, () => {
    let t: TestApp;
    let articleSlug: string;
    const hitFrom = (ip: string, path = '/', headers: Record<string, string> = {}) =>
      postHit(t, { path }, { 'x-forwarded-for': ip, ...headers });
    const stats = async () =>
      (await (await t.request('/api/v1/stats')).json()) as {
        online: number;
        today: number;
        week: number;
        total: number;
      };

    before(async () => {
      // Thursday 27/11/2026 10:00 Vietnam time.
      t = await startTestApp(dialect, {
        now: '2026-11-27T03:00:00Z',
        env: { TRUST_PROXY: '127.0.0.1', STATS_START_TOTAL: '465023', HIT_RATE_PER_MINUTE: '30' },
      });
      articleSlug = (await t.articles.listLatest({ limit: 1 }))[0]!.slug;
    });
    after(() => t.dispose());

    it('starts from the configured starting total', async () => {
      assert.deepEqual(await stats(), { online: 0, today: 0, week: 0, total: 465023 });
    });

    it('counts a first hit as a visit and answers with counters that include it', async () => {
      const res = await hitFrom('198.51.100.1');
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { online: 1, today: 1, week: 1, total: 465024 });
    });

    it('counts one visit for a reader who keeps reading, a new one after 30 quiet minutes', async () => {
      await hitFrom('198.51.100.2');
      t.clock.advance(29 * MIN);
      await hitFrom('198.51.100.2');
      assert.equal((await stats()).today, 2);
      t.clock.advance(30 * MIN);
      const answer = (await (await hitFrom('198.51.100.2')).json()) as { today: number };
      assert.equal(answer.today, 3);
    });

    it('shows as online only readers with a hit in the last 5 minutes', async () => {
      t.clock.advance(4 * MIN);
      assert.equal((await stats()).online, 1, 'only 198.51.100.2 was seen in the last 5 minutes');
      t.clock.advance(2 * MIN);
      await hitFrom('198.51.100.3');
      assert.equal((await stats()).online, 1);
    });

    it('starts "Hôm nay" at 00:00 Vietnam time and "Trong tuần" on Monday', async () => {
      // 23:59:59 on Thursday in Vietnam.
      t.clock.set('2026-11-27T16:59:59Z');
      await hitFrom('198.51.100.10');
      const thursday = await stats();
      // Friday 00:00:00 in Vietnam (still Thursday 17:00 UTC): a new day, the same week.
      t.clock.set('2026-11-27T17:00:00Z');
      await hitFrom('198.51.100.11');
      const friday = await stats();
      assert.equal(friday.today, 1, 'only the hit after midnight Vietnam time is today');
      assert.equal(friday.week, thursday.week + 1);
      // Monday 30/11 00:00 Vietnam = Sunday 29/11 17:00 UTC: the week starts again.
      t.clock.set('2026-11-29T17:00:00Z');
      await hitFrom('198.51.100.12');
      const monday = await stats();
      assert.deepEqual([monday.today, monday.week], [1, 1]);
      assert.equal(monday.total, friday.total + 1);
    });

    it('does not count bots, prefetches or a missing user agent, yet answers them with counters', async () => {
      const before = await stats();
      const bot = await hitFrom('198.51.100.20', '/', {
        'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      });
      assert.equal(bot.status, 200);
      await hitFrom('198.51.100.21', '/', { 'sec-purpose': 'prefetch' });
      await hitFrom('198.51.100.22', '/', { 'user-agent': '' });
      assert.deepEqual(await stats(), before);
    });

    it('counts a client hammering the beacon once, then answers 429 with Retry-After', async () => {
      const before = await stats();
      const statuses: number[] = [];
      for (let i = 0; i < 35; i++) statuses.push((await hitFrom('198.51.100.30')).status);
      assert.equal(statuses.filter((s) => s === 200).length, 30);
      assert.equal(statuses.at(-1), 429);
      const last = await hitFrom('198.51.100.30');
      assert.ok(Number(last.headers.get('retry-after')) >= 1);
      const body = (await last.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'TOO_MANY_REQUESTS');
      assert.match(body.error.message, /quá nhanh/);
      assert.equal((await stats()).total, before.total + 1);
    });

    it('counts article views from the same hits, once per visit for reloads', async () => {
      const path = `/tin-tuc/${articleSlug}`;
      const first = (await (await hitFrom('198.51.100.40', path)).json()) as { views: number };
      const reload = (await (await hitFrom('198.51.100.40', path)).json()) as { views: number };
      const other = (await (await hitFrom('198.51.100.41', path)).json()) as { views: number };
      assert.equal(first.views, 1);
      assert.equal(reload.views, 1);
      assert.equal(other.views, 2);
      t.pageCache.invalidateAll();
      const html = await (await t.request(path)).text();
      assert.match(html, /Lượt xem: <span data-views[^>]*>2<\/span>/);
    });

    it('writes every concurrent hit, acknowledged only once committed', async () => {
      const before = await stats();
      const responses = await Promise.all(
        Array.from({ length: 200 }, (_, i) => hitFrom(`203.0.113.${i}`, '/', { 'user-agent': `${BROWSER_UA} n${i}` })),
      );
      assert.ok(responses.every((r) => r.status === 200));
      assert.equal((await stats()).total, before.total + 200);
    });

    it('stores no raw IP address or user agent anywhere', async () => {
      await hitFrom('192.0.2.77', '/', { 'user-agent': 'Mozilla/5.0 UniqueAgentMarker/1.0 Chrome/131.0' });
      // SQLite appends visitor rows to a log, PostgreSQL keeps them in stats_visitors (visitor-store.ts).
      const rows = await sql<{
        visitor_id: string;
        last_path: string;
      }>`select visitor_id, last_path from stats_visitors
        union all select visitor_id, last_path from stats_visitor_log`.execute(t.db);
      assert.ok(rows.rows.length > 0, 'the visitor rows are where this test looks');
      const dump = JSON.stringify(rows.rows);
      assert.ok(!dump.includes('192.0.2.77'));
      assert.ok(!dump.includes('UniqueAgentMarker'));
      assert.ok(rows.rows.every((r) => /^[0-9a-f]{32}$/.test(r.visitor_id)));
    });

    it('rotates the salt each Vietnam day and deletes salts after 48 hours', async () => {
      t.clock.set('2026-12-01T03:00:00Z');
      await hitFrom('198.51.100.50');
      t.clock.set('2026-12-02T03:00:00Z');
      await hitFrom('198.51.100.50');
      t.clock.set('2026-12-03T03:00:00Z');
      await hitFrom('198.51.100.50');
      const salts = await t.db.selectFrom('stats_salts').select('day').orderBy('day').execute();
      assert.deepEqual(
        salts.map((s) => s.day),
        ['2026-12-02', '2026-12-03'],
      );
    });

    it('refuses malformed beacons with a Vietnamese message and no write', async () => {
      const before = await stats();
      const notJson = await postHit(t, '{oops', { 'x-forwarded-for': '198.51.100.60' });
      assert.equal(notJson.status, 400);
      assert.match(((await notJson.json()) as { error: { message: string } }).error.message, /JSON/);
      const badPath = await postHit(t, { path: 'http://evil.example/' }, { 'x-forwarded-for': '198.51.100.60' });
      assert.equal(badPath.status, 400);
      const body = (await badPath.json()) as { error: { fields: Record<string, string> } };
      assert.match(body.error.fields.path!, /bắt đầu bằng/);
      const huge = await postHit(t, { path: `/${'a'.repeat(20_000)}` }, { 'x-forwarded-for': '198.51.100.60' });
      assert.equal(huge.status, 413);
      assert.deepEqual(await stats(), before);
    });

    it('counts readers without JavaScript through the pixel', async () => {
      const before = await stats();
      const res = await t.request('/api/v1/hit.gif?path=%2F', {
        headers: { 'user-agent': BROWSER_UA, 'x-forwarded-for': '198.51.100.70' },
      });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'image/gif');
      assert.equal((await stats()).total, before.total + 1);
    });
  });
}

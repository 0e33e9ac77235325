// Visitor rows across restarts, on both databases: SQLite appends them to a log and looks them up
// in memory rebuilt at start-up, PostgreSQL updates stats_visitors (visitor-store.ts). Closing the
// app writes no visitor row of its own, so a restart here is what kill -9 and a start would see.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { postHit, startTestApp, type TestApp } from '../../../test/support/test-app.js';

const MIN = 60_000;

for (const dialect of dialectsUnderTest()) {
  describe(`visitor rows across restarts [${dialect}]`, () => {
    let t: TestApp;
    const hitFrom = async (ip: string, path = '/') => {
      const res = await postHit(t, { path }, { 'x-forwarded-for': ip });
      assert.equal(res.status, 200);
      return (await res.json()) as { online: number; today: number; total: number };
    };
    const rowsIn = async (table: 'stats_visitors' | 'stats_visitor_log') =>
      Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(t.db)).rows[0]!.n);

    before(async () => {
      // Friday 27/11/2026 10:00 Vietnam time.
      t = await startTestApp(dialect, {
        now: '2026-11-27T03:00:00Z',
        env: { TRUST_PROXY: '127.0.0.1', STATS_START_TOTAL: '0' },
      });
    });
    after(() => t.dispose());

    it('goes on with a visit after a restart, and starts a new one after 30 quiet minutes', async () => {
      assert.equal((await hitFrom('198.51.100.10')).total, 1);
      t.clock.advance(10 * MIN);
      t = await t.restart();
      const again = await hitFrom('198.51.100.10');
      assert.equal(again.total, 1, 'the same visit: the restart did not forget the reader');
      assert.equal(again.online, 1);
      t.clock.advance(31 * MIN);
      t = await t.restart();
      assert.equal((await hitFrom('198.51.100.10')).total, 2, 'after 31 quiet minutes, a new visit');
    });

    it('counts a reload of the same article page once per visit, across a restart', async () => {
      const slug = (await t.articles.listLatest({ limit: 1 }))[0]!.slug;
      const views = async () => (await t.articles.findPublished(slug))!.views;
      const before = await views();
      await hitFrom('198.51.100.11', `/tin-tuc/${slug}`);
      t = await t.restart();
      await hitFrom('198.51.100.11', `/tin-tuc/${slug}`);
      assert.equal(await views(), before + 1);
    });

    it('carries a visit over midnight (a new daily salt) and keeps it after a restart', async () => {
      t.clock.set('2026-11-27T16:50:00Z'); // 23:50 Vietnam time
      const first = await hitFrom('198.51.100.12');
      t.clock.set('2026-11-27T17:05:00Z'); // 00:05 the next day: the reader has a new id
      t = await t.restart();
      assert.equal((await hitFrom('198.51.100.12')).total, first.total, 'the visit goes on under the new id');
      t.clock.advance(5 * MIN);
      t = await t.restart();
      assert.equal((await hitFrom('198.51.100.12')).total, first.total, 'and still does after a restart');
    });

    it('goes on with a visit whose row was written before the log existed (an upgraded SQLite site)', async () => {
      if (dialect !== 'sqlite') return; // PostgreSQL never had the log
      t.clock.advance(2 * 60 * MIN);
      const first = await hitFrom('198.51.100.14');
      // Before migration 027, SQLite kept the row in stats_visitors: move it back there.
      await sql`insert into stats_visitors (visitor_id, visit_started_at, last_hit_at, last_path)
        select visitor_id, visit_started_at, last_hit_at, last_path from stats_visitor_log`.execute(t.db);
      await sql`delete from stats_visitor_log`.execute(t.db);
      t.clock.advance(5 * MIN);
      t = await t.restart();
      assert.equal((await hitFrom('198.51.100.14')).total, first.total, 'the same visit');
      await sql`delete from stats_visitors`.execute(t.db);
    });

    it('keeps visitor rows where its database keeps them, and forgets them after an hour', async () => {
      const [table, other] =
        dialect === 'sqlite'
          ? (['stats_visitor_log', 'stats_visitors'] as const)
          : (['stats_visitors', 'stats_visitor_log'] as const);
      assert.ok((await rowsIn(table)) > 0);
      assert.equal(await rowsIn(other), 0);
      t.clock.advance(61 * MIN);
      await hitFrom('198.51.100.13'); // a batch prunes rows idle for over an hour
      assert.equal(await rowsIn(table), 1, 'only the last reader is left');
      t = await t.restart();
      const answer = await hitFrom('198.51.100.13');
      assert.equal(answer.online, 1);
    });
  });
}

// The SQLite visitor store past its bound in memory (visitor-log-store.ts): visitors beyond it go
// to stats_visitors and are counted exactly all the same, across restarts, and come back to the
// log once there is room. The bound is 2 here; the tables exist on both databases, so both run it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { createVisitorLogStore } from './visitor-log-store.js';
import type { VisitorStore } from './visitor-store.js';
import { applyHits, type Hit } from './visits.js';

const MIN = 60_000;

for (const dialect of dialectsUnderTest()) {
  describe(`visitor log store past its bound [${dialect}]`, () => {
    let t: TestApp;
    let store: VisitorStore;
    const newStore = () => createVisitorLogStore(() => t.clock.now(), 2);
    const hit = (visitorId: string): Hit => ({ visitorId, at: t.clock.now(), path: '/' });
    /** One batch as hit-batch.ts writes it: find, the rules, save, commit, then tell the store. */
    async function batch(...ids: string[]) {
      const hits = ids.map(hit);
      const outcome = await t.db.transaction().execute(async (trx) => {
        const o = applyHits(hits, await store.find(trx, ids));
        await store.save(trx, o, t.clock.now().toISOString());
        return o;
      });
      store.committed(outcome);
      return [...outcome.visitsByDay.values()].reduce((a, b) => a + b, 0);
    }
    const idsIn = async (table: 'stats_visitors' | 'stats_visitor_log') => {
      const live = table === 'stats_visitor_log' ? sql`retired = 0` : sql`1 = 1`;
      const rows = await sql<{
        visitor_id: string;
      }>`select distinct visitor_id from ${sql.table(table)} where ${live} order by visitor_id`.execute(t.db);
      return rows.rows.map((r) => r.visitor_id);
    };
    const online = () => store.countActiveSince(t.db, new Date(t.clock.now().getTime() - 5 * MIN).toISOString());

    before(async () => {
      t = await startTestApp(dialect, { now: '2026-11-27T03:00:00Z' });
      store = newStore();
    });
    after(() => t.dispose());

    it('sends visitors beyond the bound to stats_visitors and counts them exactly', async () => {
      assert.equal(await batch('a'.repeat(32), 'b'.repeat(32), 'c'.repeat(32)), 3);
      assert.deepEqual(await idsIn('stats_visitor_log'), ['a'.repeat(32), 'b'.repeat(32)]);
      assert.deepEqual(await idsIn('stats_visitors'), ['c'.repeat(32)]);
      assert.equal(await online(), 3);
      t.clock.advance(10 * MIN);
      assert.equal(await batch('a'.repeat(32), 'c'.repeat(32)), 0, 'both visits go on');
    });

    it('finds both kinds of visitor after a restart', async () => {
      store = newStore(); // a new process: the map is rebuilt from the log
      t.clock.advance(10 * MIN);
      assert.equal(await batch('b'.repeat(32), 'c'.repeat(32)), 0);
      assert.equal(await online(), 2);
    });

    it('moves a returning visitor from stats_visitors to the log once the map has room', async () => {
      t.clock.advance(25 * MIN); // a: 35 min idle, b and c: 25 min
      assert.equal(await batch('d'.repeat(32)), 1, 'a new visitor, while the map is full');
      assert.deepEqual(await idsIn('stats_visitors'), ['c'.repeat(32), 'd'.repeat(32)]);
      t.clock.advance(36 * MIN); // a is 71 min idle, b and c 61: past the hour; d 36 min
      await t.db
        .transaction()
        .execute((trx) => store.prune(trx, new Date(t.clock.now().getTime() - 60 * MIN).toISOString()));
      assert.equal(await batch('d'.repeat(32)), 1, 'd comes back after 36 quiet minutes: a new visit');
      assert.deepEqual(await idsIn('stats_visitor_log'), ['d'.repeat(32)]);
      assert.deepEqual(await idsIn('stats_visitors'), [], 'd left stats_visitors in the same transaction');
      assert.equal(await online(), 1);
    });
  });
}

// Regression test for getting past the beacon's throttle: one subscriber rotating through the
// addresses of its IPv6 /64 (2^64 of them, each a "new client" while the throttle keyed whole
// addresses). The throttle's bound on memory under a flood is throttle.test.ts's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { postHit, startTestApp, type TestApp } from '../support/test-app.js';

// Per browser 2 a minute, so per address (or /64) 40 a minute (composition/http.tsx: × 20).
const PER_ADDRESS = 40;
const chrome = (n: number) => `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0.${n} Safari/537.36`;

for (const dialect of dialectsUnderTest()) {
  describe(`beacon throttle evasion [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect, { env: { TRUST_PROXY: '127.0.0.1', HIT_RATE_PER_MINUTE: '2' } });
    });
    after(() => t.dispose());

    const statusFrom = async (ip: string, n: number) => {
      const res = await postHit(t, { path: '/' }, { 'x-forwarded-for': ip, 'user-agent': chrome(n) });
      await res.arrayBuffer();
      return res.status;
    };

    it('meets the throttle when one /64 rotates its addresses and browsers', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < PER_ADDRESS + 3; i++)
        statuses.push(await statusFrom(`2001:db8:1:2::${(i + 1).toString(16)}`, i));
      assert.deepEqual(statuses.slice(0, PER_ADDRESS), Array(PER_ADDRESS).fill(200));
      assert.deepEqual(statuses.slice(PER_ADDRESS), [429, 429, 429]);
      assert.equal(await statusFrom('2001:db8:1:3::1', 999), 200, 'the next /64 is another subscriber');
    });
  });
}

// Attack: guess an account's password with a burst of concurrent logins, hoping that they all pass
// the throttle before any failure is written, and that argon2 on every one of them starves the
// server. And: lock an account's owner out with a few wrong passwords from a few addresses.
// Both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createLoginThrottle,
  MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
} from '../../src/modules/accounts/login-throttle.js';
import { dialectsUnderTest } from '../support/databases.js';
import { DEMO_PASSWORD } from '../support/newsroom.js';
import { loginRequest } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MIN = 60 * 1000;

function apiLogin(t: TestApp, email: string, password: string, ip: string) {
  return t.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ email, password }),
  });
}

/** Passwords actually verified: every verification ends in one of these audit rows. */
async function countVerified(t: TestApp, actor: string): Promise<number> {
  const rows = await t.db
    .selectFrom('audit_log')
    .select('action')
    .where('actor', '=', actor)
    .where('action', 'in', ['login.failed', 'login.succeeded'])
    .execute();
  return rows.length;
}

for (const dialect of dialectsUnderTest()) {
  describe(`login bursts and lockouts (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect, { env: { TRUST_PROXY: '127.0.0.1' } });
    });
    after(() => t.dispose());

    it('verifies at most 5 passwords of a 60-login burst on one account from one address, and the right one in the middle does not get in', async () => {
      const email = 'lanhdao@congtin.demo';
      const passwords = Array.from({ length: 60 }, (_, i) => (i === 30 ? DEMO_PASSWORD : `sai-mat-khau-${i}`));
      const answers = await Promise.all(passwords.map((p) => apiLogin(t, email, p, '198.51.100.77')));
      const statuses = answers.map((r) => r.status);
      assert.ok(
        (await countVerified(t, email)) <= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
        `verified ${await countVerified(t, email)} passwords`,
      );
      assert.ok(statuses.includes(429), 'the burst meets the throttle');
      assert.ok(
        statuses.every((s) => s === 401 || s === 429 || s === 503),
        `statuses: ${[...new Set(statuses)].join(', ')}`,
      );
      for (const refused of answers.filter((r) => r.status === 429 || r.status === 503))
        assert.ok(Number(refused.headers.get('retry-after')) > 0);
      t.clock.advance(16 * MIN);
    });

    it('reserves no more attempts than the limit when many race on the database at once', async () => {
      // Throttles of two "nodes" over one database (a pg pool runs these transactions in parallel).
      const secret = 'same-secret-on-every-node';
      const nodes = [
        createLoginThrottle({ db: t.db, clock: t.clock, addressSecret: secret }),
        createLoginThrottle({ db: t.db, clock: t.clock, addressSecret: secret }),
      ];
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) => nodes[i % 2]!.reserve('race@congtin.demo', '203.0.113.9')),
      );
      assert.equal(results.filter((r) => r.kind === 'reserved').length, MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
      t.clock.advance(16 * MIN);
    });

    it('keeps answering /healthz quickly while 200 logins arrive at once', async () => {
      const burst = Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          apiLogin(t, `khach${i % 7}@congtin.demo`, 'sai-mat-khau', `192.0.2.${i % 50}`),
        ),
      );
      const waits: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t0 = performance.now();
        assert.equal((await t.request('/healthz')).status, 200);
        waits.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 20));
      }
      const statuses = (await burst).map((r) => r.status);
      assert.ok(statuses.includes(503), 'the excess is refused at once instead of queued');
      // The median: one sample may meet a busy moment of the machine (tests run in parallel).
      const median = [...waits].sort((a, b) => a - b)[5]!;
      assert.ok(
        median < 200,
        `median /healthz during the burst: ${median.toFixed(0)} ms (slowest ${Math.max(...waits).toFixed(0)} ms)`,
      );
      t.clock.advance(16 * MIN);
    });

    it('lets the owner in from a clean address after 5 wrong passwords from 5 other addresses, but not from an address that failed 5 times', async () => {
      const email = 'donvi@congtin.demo';
      for (let i = 0; i < 5; i++)
        assert.equal(
          (await loginRequest(t, email, 'sai-mat-khau', { 'x-forwarded-for': `198.51.100.${10 + i}` })).status,
          401,
        );
      assert.equal(
        (await loginRequest(t, email, DEMO_PASSWORD, { 'x-forwarded-for': '198.51.100.200' })).status,
        303,
        'the owner elsewhere is not locked out',
      );
      for (let i = 0; i < 5; i++) await loginRequest(t, email, 'sai-mat-khau', { 'x-forwarded-for': '198.51.100.99' });
      const blocked = await loginRequest(t, email, DEMO_PASSWORD, { 'x-forwarded-for': '198.51.100.99' });
      assert.equal(blocked.status, 429, 'the guessing address is locked out, even with the right password');
      assert.ok(Number(blocked.headers.get('retry-after')) > 0);
      t.clock.advance(16 * MIN);
    });
  });
}

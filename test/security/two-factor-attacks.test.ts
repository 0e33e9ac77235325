// Attacks on the second factor, on both databases, with the app's clock fixed. Someone who knows
// the password guesses codes: the codes count against the same limits as passwords, and going back
// to the password does not start a fresh count. A burst of guesses on one pending login. One valid
// code sent many times at once (replay race): one session. And the owner's own logins, code and
// all, never add up to a lockout.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS } from '../../src/modules/accounts/login-throttle.js';
import { dialectsUnderTest } from '../support/databases.js';
import { loginAs } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { codeAt, codeStep, enrol, passwordStep } from '../support/two-factor.js';

const EMAIL = 'bientap@congtin.demo';
const PASSWORD = 'LaoCai-Demo-2026';
const STEP = 30_000;
const MIN = 60_000;

for (const dialect of dialectsUnderTest()) {
  describe(`two-factor attacks [${dialect}]`, () => {
    let t: TestApp;
    let secret = '';
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    const now = () => t.clock.now().getTime();

    before(async () => {
      t = await startTestApp(dialect, { env: { TRUST_PROXY: '127.0.0.1' } });
      ({ secret } = await enrol(t, await loginAs(t, EMAIL, PASSWORD)));
    });
    after(() => t.dispose());

    it('counts wrong codes with wrong passwords: the limit stops both, and a new password step resets nothing', async () => {
      const ip = from('203.0.113.10');
      assert.equal((await passwordStep(t, EMAIL, 'sai-mat-khau', ip)).res.status, 401);
      assert.equal((await passwordStep(t, EMAIL, 'sai-mat-khau', ip)).res.status, 401);
      const first = await passwordStep(t, EMAIL, PASSWORD, ip);
      assert.equal((await codeStep(t, first.pending!, '000000', ip)).status, 401);
      // Back to the password: a new pending login, but the failures so far still count.
      const second = await passwordStep(t, EMAIL, PASSWORD, ip);
      assert.ok(second.pending);
      // 2 wrong passwords + 2 right ones waiting for a code + 1 wrong code = the limit.
      assert.equal(MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, 5);
      const blocked = await codeStep(t, second.pending!, codeAt(secret, now()), ip);
      assert.equal(blocked.status, 429, 'even a right code waits once the limit is reached');
      assert.ok(Number(blocked.headers.get('retry-after')) > 0);
      assert.equal((await passwordStep(t, EMAIL, PASSWORD, ip)).res.status, 429);
      // Another address is not locked out by this one.
      t.clock.advance(STEP); // the enrolment used this step's code
      const owner = await passwordStep(t, EMAIL, PASSWORD, from('198.51.100.7'));
      assert.equal((await codeStep(t, owner.pending!, codeAt(secret, now()), from('198.51.100.7'))).status, 303);
      t.clock.advance(16 * MIN);
      const later = await passwordStep(t, EMAIL, PASSWORD, ip);
      assert.equal((await codeStep(t, later.pending!, codeAt(secret, now()), ip)).status, 303);
    });

    it('a burst of guesses on one pending login checks at most five codes', async () => {
      t.clock.advance(16 * MIN);
      const ip = from('203.0.113.20');
      const { pending } = await passwordStep(t, EMAIL, PASSWORD, ip);
      const guesses = Array.from({ length: 30 }, (_, i) => String(100000 + i * 7919).slice(0, 6));
      const answers = await Promise.all(guesses.map((g) => codeStep(t, pending!, g, ip)));
      const statuses = answers.map((r) => r.status);
      assert.ok(
        statuses.every((s) => s === 401 || s === 429),
        statuses.join(','),
      );
      const checked = await t.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'login.failed')
        .where('detail', '=', 'sai mã xác thực hai yếu tố')
        .where('at', '>=', t.clock.now().toISOString())
        .execute();
      assert.ok(checked.length <= 4, `${checked.length} codes checked`);
    });

    it('one valid code sent many times at once gives one session', async () => {
      t.clock.advance(16 * MIN);
      const logins = await Promise.all(
        Array.from({ length: 4 }, (_, i) => passwordStep(t, EMAIL, PASSWORD, from(`192.0.2.${i + 1}`))),
      );
      const code = codeAt(secret, now());
      const answers = await Promise.all(logins.map((l, i) => codeStep(t, l.pending!, code, from(`192.0.2.${i + 1}`))));
      assert.deepEqual(answers.map((r) => r.status).sort(), [303, 401, 401, 401]);
    });

    it('the owner’s own logins with their codes never add up to a lockout', async () => {
      t.clock.advance(16 * MIN);
      const ip = from('198.51.100.50');
      for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS + 3; i++) {
        t.clock.advance(STEP);
        const { pending } = await passwordStep(t, EMAIL, PASSWORD, ip);
        assert.equal((await codeStep(t, pending!, codeAt(secret, now()), ip)).status, 303, `login ${i + 1}`);
      }
    });
  });
}

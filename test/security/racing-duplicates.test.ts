// Attack (or accident): two requests create the same account at the same moment, both passing the
// "is this e-mail free?" check before either writes. The second must get the usual Vietnamese
// answer, not a database error (a 500). Both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

for (const dialect of dialectsUnderTest()) {
  describe(`racing duplicates (${dialect})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect);
    });
    after(() => t.dispose());

    it('creates one account when two creations of one e-mail race, and tells the other why', async () => {
      const create = () =>
        t.accounts.service.createUser({
          email: 'trung@congtin.demo',
          name: 'Người trùng',
          password: 'Mat-khau-rat-dai-2026',
          roles: ['editor'],
        });
      const results = await Promise.allSettled([create(), create(), create()]);
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
      for (const r of results.filter((x): x is PromiseRejectedResult => x.status === 'rejected'))
        assert.equal(r.reason.message, 'Email này đã có tài khoản.');
      const rows = await t.db.selectFrom('users').select('id').where('email', '=', 'trung@congtin.demo').execute();
      assert.equal(rows.length, 1);
    });
  });
}

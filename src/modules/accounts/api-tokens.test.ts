import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createManualClock } from '../../platform/clock.js';
import type { Db } from '../../database.js';
import { createApiTokenStore, readBearerToken } from './api-tokens.js';

describe('API token header and format', () => {
  it('reads the credential of a Bearer header only', () => {
    assert.equal(readBearerToken(undefined), undefined);
    assert.equal(readBearerToken('Basic dXNlcjpwYXNz'), undefined);
    assert.equal(readBearerToken('Bearer ct_abc'), 'ct_abc');
    assert.equal(readBearerToken('bearer   ct_abc '), 'ct_abc');
    assert.equal(readBearerToken('Bearer'), '');
    assert.equal(readBearerToken('Bearerct_abc'), undefined);
  });

  it('refuses a malformed token before any database lookup', async () => {
    // Any query would throw: a malformed header must cost no round trip.
    const db = new Proxy({}, { get: () => () => assert.fail('the database was queried') }) as unknown as Db;
    const store = createApiTokenStore({
      db,
      clock: createManualClock('2026-11-27T03:00:00Z'),
      random: () => Buffer.alloc(32),
    });
    for (const token of [
      '',
      'ct_',
      'ct_short',
      `ct_${'A'.repeat(42)}`,
      `ct_${'A'.repeat(44)}`,
      `CT_${'A'.repeat(43)}`,
      `ct_${'A'.repeat(42)}+`,
      `ct_${'A'.repeat(42)}é`,
    ]) {
      assert.equal(await store.resolve(token), undefined, token);
    }
  });
});

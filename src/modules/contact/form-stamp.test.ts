// The signed issue time and the sender limit, without a server: the edges of each window.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createManualClock } from '../../platform/clock.js';
import { checkStamp, issueStamp, MAX_AGE_MS, MIN_FILL_MS } from './form-stamp.js';
import { createSenderLimit } from './sender-limit.js';

const at = new Date('2026-12-05T08:00:00Z');
const later = (ms: number) => new Date(at.getTime() + ms);

describe('form stamp', () => {
  const stamp = issueStamp('khóa-một', at);

  it('is good from the minimum fill time up to a day', () => {
    assert.equal(checkStamp('khóa-một', stamp, later(MIN_FILL_MS - 1)), 'too-fast');
    assert.equal(checkStamp('khóa-một', stamp, later(MIN_FILL_MS)), 'ok');
    assert.equal(checkStamp('khóa-một', stamp, later(MAX_AGE_MS)), 'ok');
    assert.equal(checkStamp('khóa-một', stamp, later(MAX_AGE_MS + 1)), 'invalid');
  });

  it('is refused under another key, altered, or from the future', () => {
    assert.equal(checkStamp('khóa-hai', stamp, later(10_000)), 'invalid');
    const [issued, signature] = stamp.split('.') as [string, string];
    assert.equal(checkStamp('khóa-một', `${Number(issued) - 1}.${signature}`, later(10_000)), 'invalid');
    assert.equal(checkStamp('khóa-một', issueStamp('khóa-một', later(60_000)), later(10_000)), 'invalid');
    for (const bad of ['', '.', `${issued}.`, `${issued}.${signature}=`, `-${stamp}`, `${stamp} `])
      assert.equal(checkStamp('khóa-một', bad, later(10_000)), 'invalid', JSON.stringify(bad));
  });
});

describe('sender limit', () => {
  it('allows the limit per sliding hour per address, then says how long to wait', () => {
    const clock = createManualClock(at);
    const limit = createSenderLimit({ clock, secret: 'k', perHour: 3 });
    for (let i = 0; i < 3; i++) {
      assert.equal(limit.take('203.0.113.7'), 0);
      clock.advance(10 * 60_000);
    }
    assert.equal(limit.take('203.0.113.7'), 30 * 60, 'the first send leaves the hour in 30 minutes');
    assert.equal(limit.take('203.0.113.8'), 0, 'another address');
    clock.advance(30 * 60_000);
    assert.equal(limit.take('203.0.113.7'), 0);
  });
});

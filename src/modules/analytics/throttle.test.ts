// The beacon throttle's windows and its bound on memory.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createManualClock } from '../../platform/clock.js';
import { createThrottle } from './throttle.js';

describe('createThrottle', () => {
  it('allows the limit per key in a minute, then says how long to wait, and starts again next minute', () => {
    const clock = createManualClock('2026-12-06T03:00:10Z');
    const throttle = createThrottle({ limitPerMinute: 2, clock });
    assert.deepEqual([throttle.take('a'), throttle.take('a'), throttle.take('b')], [0, 0, 0]);
    assert.equal(throttle.take('a'), 50, 'seconds until the next window');
    clock.advance(50_000);
    assert.equal(throttle.take('a'), 0);
  });

  it('holds at most maxKeys: a new key passes uncounted, a counted key stays throttled', () => {
    const clock = createManualClock('2026-12-06T03:00:00Z');
    const throttle = createThrottle({ limitPerMinute: 1, clock, maxKeys: 3 });
    for (const key of ['a', 'b', 'c']) assert.equal(throttle.take(key), 0);
    assert.ok(throttle.take('a') > 0, 'a is over its limit');
    assert.deepEqual([throttle.take('d'), throttle.take('d'), throttle.take('d')], [0, 0, 0], 'd is not kept');
    assert.ok(throttle.take('c') > 0, 'c is still counted');
  });

  it('counts every one of many keys apart, across the growth of its table and a new window', () => {
    const clock = createManualClock('2026-12-06T03:00:00Z');
    const throttle = createThrottle({ limitPerMinute: 2, clock });
    const keys = Array.from({ length: 20_000 }, (_, i) => `113.${i >> 16}.${(i >> 8) & 255}.${i & 255}`);
    for (const key of keys) throttle.take(key);
    for (const key of keys) assert.equal(throttle.take(key), 0, `${key}: its second request`);
    assert.ok(
      keys.every((key) => throttle.take(key) > 0),
      'every key is over its limit at its third',
    );
    clock.advance(60_000);
    assert.ok(
      keys.every((key) => throttle.take(key) === 0),
      'a new window starts every key again',
    );
  });
});

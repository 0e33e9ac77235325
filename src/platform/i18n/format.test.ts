// Numbers as Vietnamese readers write them: the whole-number path must agree with Intl's vi-VN
// everywhere, the counters' range and the limits of safe integers included.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatNumber } from './format.js';

const intl = new Intl.NumberFormat('vi-VN');

describe('formatNumber', () => {
  it("groups whole numbers exactly as Intl's vi-VN does", () => {
    const values = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10000, 465023, 999999, 1000000, 123456789];
    for (let digits = 1; digits <= 16; digits++) values.push(10 ** (digits - 1), 10 ** digits - 1);
    let seed = 11;
    for (let i = 0; i < 2000; i++) {
      seed = (seed * 48271) % 2147483647;
      values.push(seed % 10 ** (1 + (i % 12)));
    }
    values.push(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
    for (const n of values) {
      assert.equal(formatNumber(n), intl.format(n), String(n));
      assert.equal(formatNumber(-n), intl.format(-n), String(-n));
    }
    assert.equal(formatNumber(465023), '465.023');
  });

  it('leaves fractions, huge numbers and the odd values to Intl', () => {
    for (const n of [0.5, 1234.56, -0, 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY])
      assert.equal(formatNumber(n), intl.format(n), String(n));
  });
});

// The compact visitor table must behave exactly as a Map would: random operations on both, with
// ids crowded into few home slots (long runs, wrap-around at the end of the table, deletions in
// the middle of runs), growth, and ids of other forms beside canonical ones.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createVisitorTable, type VisitorEntry } from './visitor-table.js';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

function check(seed: number, operations: number) {
  const next = random(seed);
  const table = createVisitorTable(8);
  const reference = new Map<string, VisitorEntry>();
  // Few distinct first words (the home slot) and last words: many ids share runs, and the words
  // after the first are compared too.
  const id = () => {
    if (next() < 0.05) return `visitor-${Math.floor(next() * 20)}`; // not the canonical form
    // Homes near the end of the table at every size (runs wrap around to its start), or crowded on two slots.
    const first = next() < 0.4 ? 0xfffffff8 + Math.floor(next() * 8) : Math.floor(next() * 6) * 0x1000 + 5;
    return hex8(first) + hex8(0) + hex8(Math.floor(next() * 3)) + hex8(Math.floor(next() * 40));
  };
  let clock = 0;
  for (let i = 0; i < operations; i++) {
    const r = next();
    const key = id();
    if (r < 0.55) {
      clock += 1;
      const entry = { startedMs: clock - Math.floor(next() * 10), lastHitMs: clock, lastPath: `/p${i % 7}` };
      table.set(key, entry);
      reference.set(key, entry);
    } else if (r < 0.75) {
      table.delete(key);
      reference.delete(key);
    } else if (r < 0.8) {
      const cutoff = clock - Math.floor(next() * 200);
      table.deleteIdleSince(cutoff);
      for (const [k, e] of reference) if (e.lastHitMs < cutoff) reference.delete(k);
    } else if (r < 0.85) {
      const since = clock - Math.floor(next() * 300);
      const expected = [...reference.values()].filter((e) => e.lastHitMs >= since).length;
      assert.equal(table.countActiveSince(since), expected, `seed ${seed}, step ${i}: count`);
    }
    assert.equal(table.has(key), reference.has(key), `seed ${seed}, step ${i}: has`);
    assert.deepEqual(table.get(key), reference.get(key), `seed ${seed}, step ${i}: get`);
    assert.equal(table.size, reference.size, `seed ${seed}, step ${i}: size`);
  }
  for (const [k, e] of reference) assert.deepEqual(table.get(k), e, `seed ${seed}: ${k} at the end`);
}

describe('visitor table', () => {
  it('answers as a Map would over random operations', () => {
    for (let seed = 1; seed <= 40; seed++) check(seed, 3_000);
  });

  it('keeps 100,000 real-looking visitors and forgets the idle ones', () => {
    const table = createVisitorTable();
    const ids: string[] = [];
    const next = random(7);
    for (let i = 0; i < 100_000; i++) {
      const id = hex8(next() * 2 ** 32) + hex8(next() * 2 ** 32) + hex8(next() * 2 ** 32) + hex8(i);
      ids.push(id);
      table.set(id, { startedMs: i, lastHitMs: i, lastPath: '/' });
    }
    assert.equal(table.size, 100_000);
    assert.equal(table.countActiveSince(50_000), 50_000);
    table.deleteIdleSince(60_000);
    assert.equal(table.size, 40_000);
    assert.equal(table.get(ids[59_999]!), undefined);
    assert.deepEqual(table.get(ids[60_000]!), { startedMs: 60_000, lastHitMs: 60_000, lastPath: '/' });
    assert.ok(ids.slice(60_000).every((id) => table.has(id)));
  });

  it('tells apart ids that differ only in their last word', () => {
    const table = createVisitorTable();
    const a = `${'1'.repeat(24)}00000001`;
    const b = `${'1'.repeat(24)}00000002`;
    table.set(a, { startedMs: 1, lastHitMs: 1, lastPath: '/a' });
    assert.equal(table.has(b), false);
    table.set(b, { startedMs: 2, lastHitMs: 2, lastPath: '/b' });
    table.delete(a);
    assert.deepEqual(table.get(b), { startedMs: 2, lastHitMs: 2, lastPath: '/b' });
    assert.equal(table.size, 1);
  });
});

// The stored postings survive a round trip in both layouts, and a patch changes only what it names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BLOCK_SIZE, decodeInto, encodeBlock, mergeInto, patchBlock, postingCount } from './postings-block.js';

const weightsOf = (entries: Array<[number, number]>) => {
  const w = new Uint8Array(BLOCK_SIZE);
  for (const [offset, weight] of entries) w[offset] = weight;
  return w;
};
const decoded = (data: Uint8Array) => {
  const w = new Uint8Array(BLOCK_SIZE);
  decodeInto(data, w);
  return w;
};

describe('postings of a block', () => {
  it('stores a rare word sparsely, 3 bytes per article, and reads it back', () => {
    const weights = weightsOf([
      [0, 5],
      [300, 0x80 | 100],
      [4095, 1],
    ]);
    const data = encodeBlock(weights)!;
    assert.equal(data.length, 9);
    assert.equal(postingCount(data), 3);
    assert.deepEqual(decoded(data), weights);
  });

  it('stores a common word densely once sparse would be as long, and reads it back', () => {
    const sparseMost = weightsOf(Array.from({ length: 1365 }, (_, i) => [i * 3, 7] as [number, number]));
    assert.equal(encodeBlock(sparseMost)!.length, 4095, '1,365 articles: still sparse');
    const dense = weightsOf(Array.from({ length: 1366 }, (_, i) => [i * 2, 9] as [number, number]));
    const data = encodeBlock(dense)!;
    assert.equal(data.length, BLOCK_SIZE + 2, 'one byte per article, then the count');
    assert.equal(postingCount(data), 1366);
    assert.deepEqual(decoded(data), dense);
  });

  it('is nothing when no article holds the word', () => {
    assert.equal(encodeBlock(new Uint8Array(BLOCK_SIZE)), null);
    const scratch = new Uint8Array(BLOCK_SIZE);
    assert.equal(patchBlock(encodeBlock(weightsOf([[12, 3]])), new Map([[12, 0]]), scratch), null);
  });

  it('patches: adds, re-weighs and removes articles, leaving the others and a clean scratch buffer', () => {
    const scratch = new Uint8Array(BLOCK_SIZE);
    const before = encodeBlock(
      weightsOf([
        [1, 10],
        [2, 20],
        [3, 30],
      ]),
    );
    const after = patchBlock(
      before,
      new Map([
        [2, 0],
        [3, 31],
        [4000, 0x80 | 4],
      ]),
      scratch,
    )!;
    assert.deepEqual(
      decoded(after),
      weightsOf([
        [1, 10],
        [3, 31],
        [4000, 0x80 | 4],
      ]),
    );
    assert.ok(scratch.every((b) => b === 0));
  });

  it('merges the words an unfinished word stands for: highest weight, title if any', () => {
    const w = new Uint8Array(BLOCK_SIZE);
    mergeInto(encodeBlock(weightsOf([[7, 0x80 | 10]]))!, w, 0x80);
    mergeInto(encodeBlock(weightsOf([[7, 50]]))!, w, 0x80);
    mergeInto(encodeBlock(weightsOf([[8, 3]]))!, w, 0x80);
    assert.equal(w[7], 0x80 | 50);
    assert.equal(w[8], 3);
  });
});

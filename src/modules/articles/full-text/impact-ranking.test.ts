// Ranking from postings: every word required, title matches first, rare words weigh more, equal
// scores newest id first, pages and totals exact, scheduled articles left out.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rankMatches, type WordPostings } from './impact-ranking.js';
import { BLOCK_SIZE, blockOf, encodeBlock, offsetOf } from './postings-block.js';
import { TITLE_BIT } from './term-weights.js';
import { TopResults } from './top-results.js';

/** A word's stored postings from { articleId: weight byte }. */
function word(weights: Record<number, number>): WordPostings {
  const blocks = new Map<number, Uint8Array>();
  for (const [id, weight] of Object.entries(weights)) {
    const articleId = Number(id);
    const w = blocks.get(blockOf(articleId)) ?? new Uint8Array(BLOCK_SIZE);
    blocks.set(blockOf(articleId), w);
    w[offsetOf(articleId)] = weight;
  }
  return [...blocks].map(([block, w]) => ({ block, data: encodeBlock(w)! }));
}

const rank = (words: WordPostings[], extra: Partial<Parameters<typeof rankMatches>[1]> = {}) =>
  rankMatches(words, { documents: 100, excluded: new Set(), offset: 0, limit: 10, ...extra });

describe('impact ranking', () => {
  it('keeps only articles holding every word, across blocks', () => {
    const far = 3 * BLOCK_SIZE + 17;
    const result = rank([word({ 1: 10, 2: 10, [far]: 10 }), word({ 2: 10, [far]: 10, 5: 10 })]);
    assert.deepEqual(result.ids, [far, 2]);
    assert.equal(result.total, 2);
  });

  it('puts articles whose title holds every word first, however the others weigh', () => {
    const result = rank([word({ 1: 127, 2: TITLE_BIT | 5 }), word({ 1: 127, 2: TITLE_BIT | 5 })]);
    assert.deepEqual(result.ids, [2, 1]);
    assert.equal(result.titleCount, 1);
    const half = rank([word({ 1: 127, 2: TITLE_BIT | 5 }), word({ 1: 127, 2: 5 })]);
    assert.deepEqual(half.ids, [1, 2], 'one word in the title is not a title match');
    assert.equal(half.titleCount, 0);
  });

  it('weighs a rare word above a common one', () => {
    const common: Record<number, number> = {};
    for (let id = 1; id <= 90; id++) common[id] = 50;
    common[1] = 120;
    const rare = { 1: 20, 2: 60 };
    const result = rank([word(common), word(rare)]);
    // Summed plainly article 1 (120 + 20) would lead article 2 (50 + 60); the rare word decides.
    assert.deepEqual(result.ids, [2, 1]);
  });

  it('breaks equal scores by the newer id, pages exactly, and leaves scheduled articles out', () => {
    const all: Record<number, number> = {};
    for (let id = 1; id <= 25; id++) all[id] = 40;
    const first = rank([word(all)], { excluded: new Set([25]) });
    assert.deepEqual(first.ids, [24, 23, 22, 21, 20, 19, 18, 17, 16, 15]);
    assert.equal(first.total, 24);
    const third = rank([word(all)], { excluded: new Set([25]), offset: 20 });
    assert.deepEqual(third.ids, [4, 3, 2, 1]);
  });

  it('keeps the best k of many, best first', () => {
    const top = new TopResults(3);
    for (const [score, id] of [
      [1, 1],
      [5, 2],
      [3, 3],
      [5, 4],
      [0, 5],
      [4, 6],
    ] as const)
      top.offer(score, id);
    assert.deepEqual(top.takeBestFirst(), [4, 2, 6]);
    const none = new TopResults(0);
    none.offer(1, 1);
    assert.deepEqual(none.takeBestFirst(), []);
  });
});

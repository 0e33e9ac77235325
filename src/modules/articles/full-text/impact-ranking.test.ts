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

  it('fills a page that begins among the title matches with the best of the others', () => {
    const weights: Record<number, number> = {};
    for (let id = 1; id <= 10; id++) weights[id] = TITLE_BIT | 10;
    for (let id = 11; id <= 15; id++) weights[id] = id; // not in the title; 15 weighs most
    const page = rank([word(weights)], { offset: 1, limit: 10 });
    assert.deepEqual(page.ids, [9, 8, 7, 6, 5, 4, 3, 2, 1, 15]);
  });

  it('ranks the title matches alone when there are enough of them for the caller', () => {
    const weights: Record<number, number> = {};
    for (let id = 1; id <= 12; id++) weights[id] = TITLE_BIT | id;
    for (let id = 13; id <= 60; id++) weights[id] = 100; // not in the title
    const full = rank([word(weights)], { limit: 50 });
    const enough = rank([word(weights)], { limit: 50, titleMatchesSuffice: 10 });
    assert.deepEqual(enough.ids, full.ids.slice(0, 12), 'the same title matches, in the same order');
    assert.equal(enough.total, full.total);
    assert.equal(enough.titleCount, 12);
    const tooFew = rank([word(weights)], { limit: 50, titleMatchesSuffice: 13 });
    assert.deepEqual(tooFew.ids, full.ids, 'fewer title matches than asked for: the others ranked too');
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

  it('agrees with scoring every article one by one, on random postings of every shape', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 40; round++) {
      const articles = 1 + Math.floor(random() * 3 * BLOCK_SIZE);
      const wordCount = 1 + Math.floor(random() * 3);
      // Some words in most articles (dense blocks), some in few (sparse), titles now and then.
      const weights = Array.from({ length: wordCount }, () => {
        const density = random() < 0.5 ? 0.9 : 0.05;
        const w: Record<number, number> = {};
        for (let id = 1; id <= articles; id++)
          if (random() < density) w[id] = (1 + Math.floor(random() * 127)) | (random() < 0.3 ? TITLE_BIT : 0);
        return w;
      });
      const excluded = new Set([1 + Math.floor(random() * articles), 2]);
      const limit = 10;
      const offset = random() < 0.5 ? 0 : Math.floor(random() * 30);
      const documents = articles;
      const result = rank(weights.map(word), { documents, excluded, offset, limit });

      const df = weights.map((w) => Object.keys(w).length);
      const idf = df.map((d) => Math.log(1 + (Math.max(documents, d) - d + 0.5) / (d + 0.5)));
      const order = df.map((d, i) => ({ d, i })).sort((a, b) => a.d - b.d);
      const expected: Array<{ id: number; key: number }> = [];
      let titles = 0;
      for (let id = 1; id <= articles; id++) {
        if (excluded.has(id) || !weights.every((w) => w[id] !== undefined)) continue;
        const inTitle = weights.every((w) => (w[id]! & TITLE_BIT) !== 0);
        if (inTitle) titles++;
        let score = 0;
        for (const { i } of order) score += idf[i]! * (weights[i]![id]! & 0x7f);
        expected.push({ id, key: (inTitle ? 1e9 : 0) + score });
      }
      expected.sort((a, b) => b.key - a.key || b.id - a.id);
      assert.equal(result.total, expected.length, `round ${round}: total`);
      assert.equal(result.titleCount, titles, `round ${round}: title matches`);
      assert.deepEqual(
        result.ids,
        expected.slice(offset, offset + limit).map((e) => e.id),
        `round ${round}: page`,
      );
    }
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

// Finding the reader's words in the entries kept in memory: every word, without diacritics or
// case, in the entries' order; a document number typed any way comes first; nothing is syntax.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findListed, type ListedEntry } from './listed-search.js';

const entry = (title: string, words: string, key?: string): ListedEntry => ({
  words,
  ...(key ? { key } : {}),
  hit: { kind: 'document', title, url: `/van-ban/${title}`, date: '2026-12-01', summary: '' },
});

const entries = [
  entry('newest', 'ke hoach hoc tap nghi quyet 15khduk', '15khduk'),
  entry('middle', 'bao cao so ket cong tac dang 132khduk', '132khduk'),
  entry('oldest', 'ke hoach trien khai nghi quyet 132 132khduk', '132khduk-2'),
];
const titles = (text: string, limit = 10) => findListed(entries, text, limit).map((h) => h.title);

describe('listed search in memory', () => {
  it('wants every word, typed with diacritics or not, in the order the entries come', () => {
    assert.deepEqual(titles('Kế hoạch Nghị quyết'), ['newest', 'oldest']);
    assert.deepEqual(titles('KE HOACH nghi quyet hoc'), ['newest']);
    assert.deepEqual(titles('kế hoạch', 1), ['newest']);
    assert.deepEqual(titles('ke hoach bao cao'), []);
  });

  it('puts the document whose number is the words first, and finds a number typed loosely', () => {
    assert.deepEqual(titles('132 KH-ĐUK'), ['middle', 'oldest']);
    assert.deepEqual(titles('132/KH-ĐUK', 1), ['middle']);
    assert.deepEqual(titles('nghi quyet 132'), ['oldest']);
  });

  it('finds nothing for empty words, punctuation or a limit of zero, and never reads words as syntax', () => {
    assert.deepEqual(titles(''), []);
    assert.deepEqual(titles('%_ *'), []);
    assert.deepEqual(titles('ke hoach', 0), []);
    assert.deepEqual(titles("' OR 1=1 --"), []);
  });
});

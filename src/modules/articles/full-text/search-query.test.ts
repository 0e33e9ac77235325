// A reader's words become folded tokens: nothing a reader types is ever syntax.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSearchQuery } from './search-query.js';

describe('search query parsing', () => {
  it('folds, keeps only letters and digits, and marks the last word as a prefix', () => {
    const q = parseSearchQuery('  Đảng ủy "Lào Ca');
    assert.deepEqual(q.tokens, ['dang', 'uy', 'lao', 'ca']);
    assert.equal(q.prefixLast, true);
    assert.equal(q.text, 'Đảng ủy "Lào Ca');
    assert.equal(parseSearchQuery('"lao cai"').prefixLast, false, 'a closing quote finishes the word');
  });
  it('turns operators and quotes into plain words or nothing', () => {
    const q = parseSearchQuery(`"lao" AND 'cai' OR % NEAR(`);
    assert.deepEqual(q.tokens, ['lao', 'and', 'cai', 'or', 'near']);
    assert.deepEqual(parseSearchQuery(`%'"*()`).tokens, []);
  });
});

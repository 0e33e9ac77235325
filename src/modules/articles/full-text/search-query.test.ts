// A reader's words become folded tokens, and never engine syntax on either database.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toTsQuery } from './postgres-engine.js';
import { parseSearchQuery } from './search-query.js';
import { toFts5Match } from './sqlite-engine.js';

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
    assert.equal(toFts5Match(q), '"lao" "and" "cai" "or" "near"');
    assert.equal(toTsQuery(parseSearchQuery('lao cai')), 'lao & cai:*');
    assert.deepEqual(parseSearchQuery(`%'"*()`).tokens, []);
  });
});

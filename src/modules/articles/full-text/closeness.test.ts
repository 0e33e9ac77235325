// Closeness of a query's words in an article's folded text: what orders the first results.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fold } from '../../../platform/text/fold.js';
import { closenessOf, closenessTests } from './closeness.js';
import { parseSearchQuery } from './search-query.js';

const score = (query: string, body: string, title = 'Tin') =>
  closenessOf(closenessTests(parseSearchQuery(query)), { title_f: fold(title), lead_f: '', body_f: fold(body) });

describe('closeness', () => {
  it('ranks the phrase above every word paired, above words apart', () => {
    assert.equal(score('dang uy lao cai', 'Đảng ủy Lào Cai họp.'), 2, 'the whole phrase');
    assert.equal(score('dang uy lao cai', 'Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai.'), 1, 'in pairs');
    assert.equal(score('dang uy lao cai', 'Đảng ủy chăm lo người lao động ở Si Ma Cai.'), 0, 'one pair only');
    assert.equal(score('dang uy lao cai', 'Cai, lao, ủy, đảng.'), 0, 'reversed');
  });
  it('treats punctuation between words as FTS5 does, but never joins two fields or two words', () => {
    assert.equal(score('dang uy lao cai', 'Đảng ủy, Lào Cai!'), 2);
    assert.equal(score('lao cai', 'lao', 'Cai'), 0, 'the end of the title and the start of the body');
    assert.equal(score('hoa giai', 'hòa giảii'), 1, 'the last word unfinished is a prefix');
    assert.equal(score('"hoa giai"', 'hòa giảii'), 0, 'a finished last word is whole');
    assert.equal(score('hoa giai', 'thoa giai'), 0, 'a word inside another is not the word');
  });
  it('says nothing for a single word', () => {
    assert.deepEqual(closenessTests(parseSearchQuery('lao')), []);
    assert.equal(score('lao', 'lao'), 0);
  });
});

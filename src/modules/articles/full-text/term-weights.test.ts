// Word weights: title above lead above body, repetition saturating, long articles normalised.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TITLE_BIT, termAndPrefixWeights, termWeights, WEIGHT_MASK } from './term-weights.js';

const weigh = (title: string, lead: string, body: string) =>
  termWeights({ title_f: title, lead_f: lead, body_f: body });

describe('term weights', () => {
  it('weighs a word in the title above the lead above the body, and marks the title', () => {
    const w = weigh('hoi nghi', 'tong ket', 'dai hoi');
    assert.ok((w.get('hoi')! & TITLE_BIT) !== 0);
    assert.equal(w.get('tong')! & TITLE_BIT, 0);
    const title = w.get('nghi')! & WEIGHT_MASK;
    const lead = w.get('ket')! & WEIGHT_MASK;
    const body = w.get('dai')! & WEIGHT_MASK;
    assert.ok(title > lead && lead > body, `${title} > ${lead} > ${body}`);
  });

  it('rewards repetition less and less, and never leaves the 1–127 range', () => {
    const once = weigh('', '', 'lao x x x x x x x x x').get('lao')!;
    const thrice = weigh('', '', 'lao lao lao x x x x x x x').get('lao')!;
    const many = weigh('lao', 'lao', 'lao '.repeat(1000)).get('lao')! & WEIGHT_MASK;
    assert.ok(thrice > once);
    assert.ok(many <= WEIGHT_MASK && many > thrice);
    assert.ok(weigh('', '', `lao ${'x '.repeat(100_000)}`).get('lao')! >= 1, 'one mention in a huge body still counts');
  });

  it('weighs a word in a short article above the same word in a long one', () => {
    const short = weigh('', '', 'lao cai').get('lao')!;
    const long = weigh('', '', `lao cai ${'tin '.repeat(2000)}`).get('lao')!;
    assert.ok(short > long);
  });

  it('splits on anything but a–z and 0–9, and cuts words at 40 letters', () => {
    const w = weigh('132/kh-duk', '', `${'a'.repeat(50)}`);
    assert.deepEqual([...w.keys()].sort(), ['132', 'a'.repeat(40), 'duk', 'kh']);
  });
});

describe('prefix weights', () => {
  it('indexes 2- and 3-letter prefixes with the highest weight of their words and the title if any', () => {
    const w = termAndPrefixWeights({ title_f: 'quy che', lead_f: '', body_f: 'quan tam quan ly quoc gia' });
    assert.equal(w.get('qu*')! & TITLE_BIT, TITLE_BIT, '"quy" is in the title');
    assert.equal(w.get('qu*')! & WEIGHT_MASK, Math.max(w.get('quy')!, w.get('quan')!, w.get('quoc')!) & WEIGHT_MASK);
    assert.equal(w.get('qua*'), w.get('quan'));
    assert.ok(!w.has('q*'), 'no one-letter prefixes');
    assert.ok(!w.has('quan*'), 'longer prefixes are found by range');
  });
});

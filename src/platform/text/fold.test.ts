import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { asciiName, fold, foldWithMap, stripDiacritics } from './fold.js';
import { slugify, uniqueSlug } from './slug.js';

// The project's copy of the shared cases every implementation must pass (the repo stands alone).
const fixture = new URL('../../../test/fixtures/vi-text-cases.json', import.meta.url);
const cases = JSON.parse(readFileSync(fixture, 'utf8')) as {
  fold: Array<[string, string]>;
  slug: Array<[string, string]>;
};

describe('the shared text cases', () => {
  // Where the product brief's folder sits beside the repo (development, CI), the copy must not drift.
  const shared = new URL('../../../../shared/vi-text-cases.json', import.meta.url);
  it("are the product brief's own, byte for byte", {
    skip: !existsSync(shared) && 'no ../shared beside the repo',
  }, () => {
    assert.equal(readFileSync(fixture, 'utf8'), readFileSync(shared, 'utf8'));
  });
});

describe('fold', () => {
  for (const [input, expected] of cases.fold) {
    it(`folds "${input}"`, () => {
      assert.equal(fold(input), expected);
      assert.equal(fold(input.normalize('NFD')), expected, 'decomposed input folds alike');
    });
  }
  it('treats hoà and hòa (old and new accent placement) alike', () => {
    assert.equal(fold('hoà'), fold('hòa'));
  });
  it('maps folded positions back to the original characters', () => {
    const original = 'Đảng ủy';
    const { folded, origin } = foldWithMap(original);
    assert.equal(folded, 'dang uy');
    assert.equal(origin, null, 'NFC Vietnamese: the same positions');
    const decomposed = 'Đảng ủy'.normalize('NFD');
    const mapped = foldWithMap(decomposed);
    assert.equal(mapped.folded, 'dang uy');
    assert.equal(decomposed[mapped.origin![5]!], 'u', 'the marks of "ủ" come after it');
    assert.equal(mapped.origin![6], decomposed.indexOf('y'));
    const hangul = foldWithMap('한 Lào');
    assert.equal(hangul.folded.endsWith('lao'), true);
    assert.equal('한 Lào'[hangul.origin![hangul.folded.indexOf('lao')]!], 'L', 'a syllable folding to several letters');
  });
});

describe('slugify', () => {
  for (const [input, expected] of cases.slug) {
    it(`slugs "${input}"`, () => assert.equal(slugify(input), expected));
  }
  it('keeps slugs short at a word boundary', () => {
    const slug = slugify('Đảng ủy Khối '.repeat(30));
    assert.ok(slug.length <= 120);
    assert.ok(!slug.endsWith('-'));
  });
  it('numbers a slug that is taken', async () => {
    const taken = new Set(['dang-uy-khoi', 'dang-uy-khoi-2']);
    assert.equal(await uniqueSlug('dang-uy-khoi', async (s) => taken.has(s)), 'dang-uy-khoi-3');
  });
});

describe('stripDiacritics and asciiName', () => {
  it('turns Đ into D and đ into d, keeping the case, where NFD alone would drop the letter', () => {
    assert.equal(stripDiacritics('132/KH-ĐUK Đảng ủy đường'), '132/KH-DUK Dang uy duong');
    assert.equal(stripDiacritics('Đ'.normalize('NFD')), 'D');
  });

  it('makes a file name piece of a plan number', () => {
    assert.equal(asciiName('132/KH-ĐUK'), '132-KH-DUK');
    assert.equal(asciiName(' 17-ĐA/TU '), '17-DA-TU');
    assert.equal(asciiName('Kế hoạch số 5'), 'Ke-hoach-so-5');
  });
});

// check-shape's rule for the English pages: a word written into one of their views (JSX text, or a
// title/alt/aria-label/placeholder) is refused; the same words from a catalogue pass, and views of
// other modules are not concerned.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkEnglishText, checkTree } from '../../scripts/check-shape.js';

const VIEW = 'src/modules/english/views/x.tsx';

describe('the English pages take their words from a catalogue', () => {
  it('refuses English words written into the JSX of an English view', () => {
    const breaches = checkEnglishText(VIEW, 'export const A = () => <p>Latest headlines</p>;\n');
    assert.deepEqual(
      breaches.map((b) => [b.rule, b.detail, b.line]),
      [['english-text', '"Latest headlines"', 1]],
    );
  });

  it('refuses a visible attribute with words, and in the public frame too', () => {
    const text = 'export const A = () => <nav aria-label="Language"><img alt="Flag" src="/x.png" /></nav>;\n';
    assert.deepEqual(
      checkEnglishText('src/platform/views/layout.tsx', text).map((b) => b.detail),
      ['"Language"', '"Flag"'],
    );
  });

  it('lets through words from a catalogue, class names, symbols, and other modules\u2019 views', () => {
    const fromCatalogue =
      'export const A = () => <p class="english-note" aria-label={t.label}>{t.home.latest} › ★ {" "}</p>;\n';
    assert.deepEqual(checkEnglishText(VIEW, fromCatalogue), []);
    assert.deepEqual(checkEnglishText('src/modules/english/english.en.ts', 'export const t = { a: "Contact" };\n'), []);
    assert.deepEqual(checkEnglishText('src/modules/portal/home-page.tsx', 'export const A = () => <p>RSS</p>;\n'), []);
  });

  it('finds nothing in the English pages as they are', () => {
    const found = checkTree(process.cwd()).filter((b) => b.rule === 'english-text');
    assert.deepEqual(found, []);
  });
});

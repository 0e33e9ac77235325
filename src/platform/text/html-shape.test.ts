import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoArticles } from '../../demo/demo-articles.js';
import { demoAboutHtml } from '../../demo/demo-site.js';
import { measureHtml } from './html-shape.js';
import { RICH_TEXT_LIMITS, sanitizeRichText, RichTextTooComplexError } from './rich-text.js';

const roomy = { maxTags: 1_000_000, maxDepth: 1_000_000 };
const shapeOf = (html: string) => {
  const shape = measureHtml(html, roomy);
  assert.ok(shape.ok);
  return shape;
};

describe('measureHtml (tags and nesting before sanitising)', () => {
  it('counts opening tags and the deepest nesting; void elements and closed ones do not deepen', () => {
    assert.deepEqual(shapeOf('<p>a <strong>b <em>c</em></strong></p><p>d<br>e<img src="/x.png"></p>'), {
      ok: true,
      tags: 6,
      depth: 3,
    });
    assert.deepEqual(shapeOf('<ul><li><p>một</p></li><li><p>hai</p></li></ul>'), { ok: true, tags: 5, depth: 3 });
    assert.deepEqual(shapeOf('chữ thường, không thẻ'), { ok: true, tags: 0, depth: 0 });
  });

  it('refuses as soon as a limit is passed', () => {
    assert.deepEqual(measureHtml('<b>'.repeat(333_000), RICH_TEXT_LIMITS), { ok: false, reason: 'depth' });
    assert.deepEqual(measureHtml('<br>'.repeat(20_001), RICH_TEXT_LIMITS), { ok: false, reason: 'tags' });
    assert.equal(measureHtml('<b>'.repeat(64), RICH_TEXT_LIMITS).ok, true);
    assert.deepEqual(measureHtml('<b>'.repeat(65), RICH_TEXT_LIMITS), { ok: false, reason: 'depth' });
  });

  it('is not fooled into counting less than the parser builds', () => {
    // A closing tag of an element that is not open closes nothing.
    assert.equal(shapeOf('<b></i>'.repeat(100)).depth, 100);
    // "/>" does not close an ordinary element in HTML.
    assert.equal(shapeOf('<b/>'.repeat(100)).depth, 100);
    // A quote opens a value only after "="; elsewhere the ">" ends the tag as usual.
    assert.deepEqual(shapeOf('<b a"><b><b>'), { ok: true, tags: 3, depth: 3 });
    assert.deepEqual(shapeOf('<b ="x><b>"><b>'), { ok: true, tags: 3, depth: 3 });
    assert.deepEqual(shapeOf('<b a= = "x><b>"><b>'), { ok: true, tags: 3, depth: 3 });
    // A closing tag ends at the first ">", quotes or not.
    assert.deepEqual(shapeOf('<i><b></b a=">"><b><b>'), { ok: true, tags: 4, depth: 3 });
    // Case does not matter, and closing an outer element closes what is inside it.
    assert.deepEqual(shapeOf('<DIV><b><i></div><p>x</P>'), { ok: true, tags: 4, depth: 3 });
  });

  it('skips what is inside a quoted value, a comment or a declaration', () => {
    assert.deepEqual(shapeOf('<a href="/x?<b><b>" title=\'<i>\'>x</a>'), { ok: true, tags: 1, depth: 1 });
    assert.deepEqual(shapeOf('<!-- <b><b><b> --><p>x</p>'), { ok: true, tags: 1, depth: 1 });
    assert.deepEqual(shapeOf('<!doctype html><?xml x?><p>x</p>'), { ok: true, tags: 1, depth: 1 });
    assert.deepEqual(shapeOf('1 < 2 và 3 <4'), { ok: true, tags: 0, depth: 0 });
  });

  it('closes unclosed siblings the way the parser does, so pasted lists stay shallow', () => {
    assert.deepEqual(shapeOf(`<ul>${'<li>mục'.repeat(500)}</ul>`), { ok: true, tags: 501, depth: 2 });
    assert.deepEqual(shapeOf('<p>một<p>hai<p>ba'), { ok: true, tags: 3, depth: 1 });
  });

  it('is linear: a megabyte of tags is measured in moments (a quadratic scan would take minutes)', () => {
    const started = performance.now();
    assert.deepEqual(measureHtml('<p>x</p>'.repeat(130_000), roomy), { ok: true, tags: 130_000, depth: 1 });
    // ~20 ms on an idle machine; the bound leaves room for a busy one.
    assert.ok(performance.now() - started < 3000);
  });

  it('leaves room for every demo article, the About page and a long editor document', () => {
    for (const article of demoArticles)
      assert.equal(measureHtml(article.bodyHtml, RICH_TEXT_LIMITS).ok, true, article.title);
    assert.equal(measureHtml(demoAboutHtml, RICH_TEXT_LIMITS).ok, true);
    // What the editor makes: a long report with a 500-row table and nested lists.
    const rows = Array.from(
      { length: 500 },
      (_, i) => `<tr><td><p>${i + 1}</p></td><td><p>Chi bộ ${i}</p></td><td><p><strong>đạt</strong></p></td></tr>`,
    ).join('');
    const lists =
      '<ul><li><p>a</p><ul><li><p>b</p><ul><li><p><em><strong>c</strong></em></p></li></ul></li></ul></li></ul>';
    const report = `<h2>Kết quả</h2>${'<p>Đoạn văn <strong>đậm</strong>, <a href="/tin-tuc/x">liên kết</a>.</p>'.repeat(1000)}<table><tbody>${rows}</tbody></table><blockquote>${lists}</blockquote>`;
    const shape = measureHtml(report, RICH_TEXT_LIMITS);
    assert.ok(shape.ok && shape.tags < 10_000 && shape.depth < 12, JSON.stringify(shape));
  });
});

describe('sanitizeRichText refuses what is past the limits', () => {
  it('throws a 400 with a Vietnamese message and a stable code', () => {
    assert.throws(
      () => sanitizeRichText('<b>'.repeat(333_000)),
      (error: unknown) =>
        error instanceof RichTextTooComplexError &&
        error.status === 400 &&
        error.code === 'RICH_TEXT_TOO_DEEP' &&
        /lồng định dạng/.test(error.message),
    );
    assert.throws(
      () => sanitizeRichText('<p>x</p>'.repeat(20_001)),
      (error: unknown) => error instanceof RichTextTooComplexError && error.code === 'RICH_TEXT_TOO_MANY_TAGS',
    );
  });
});

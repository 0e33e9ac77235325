// The linker on HTML: registered numbers in text become links; links, headings, attributes,
// comments, scripts and unregistered numbers stay as they were, byte for byte.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkNumbersInHtml, type NumberLookup } from './document-linker.js';

const REGISTERED: Record<string, string> = {
  '132khduk': '/van-ban/132-kh-duk',
  '17datu': '/van-ban/17-da-tu',
  '422022ndcp': '/van-ban/42-2022-nd-cp',
};
const lookup: NumberLookup = (found) =>
  REGISTERED[found.key] ? { href: REGISTERED[found.key]!, title: `Văn bản "${found.text}" <x>` } : undefined;
const link = (html: string) => linkNumbersInHtml(html, lookup);
const anchor = (href: string, text: string, title: string) =>
  `<a href="${href}" class="doc-number" title="${title}">${text}</a>`;

describe('linkNumbersInHtml', () => {
  it('links a registered number in a paragraph, escaping the title', () => {
    assert.equal(
      link('<p>Theo Kế hoạch số 132/KH-ĐUK ngày 10/01/2023.</p>'),
      `<p>Theo Kế hoạch số ${anchor('/van-ban/132-kh-duk', '132/KH-ĐUK', 'Văn bản &quot;132/KH-ĐUK&quot; &lt;x&gt;')} ngày 10/01/2023.</p>`,
    );
  });

  it('links every registered number, written any way, and leaves unregistered ones plain', () => {
    const out = link('<p>Đề án 17–ĐA/TU, Nghị định 42/2022/NĐ-CP và Kế hoạch 999/KH-ĐUK.</p>');
    assert.match(out, /<a href="\/van-ban\/17-da-tu"[^>]*>17–ĐA\/TU<\/a>/);
    assert.match(out, /<a href="\/van-ban\/42-2022-nd-cp"[^>]*>42\/2022\/NĐ-CP<\/a>/);
    assert.match(out, /Kế hoạch 999\/KH-ĐUK\.<\/p>$/);
    assert.equal((out.match(/<a /g) ?? []).length, 2);
  });

  it('never links inside an existing link', () => {
    const html = '<p><a href="/x">Kế hoạch 132/KH-ĐUK</a> và <a href="/y"><strong>17-ĐA/TU</strong></a></p>';
    assert.equal(link(html), html);
  });

  it('never links inside a heading', () => {
    for (const tag of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) {
      const html = `<${tag}>Thực hiện Kế hoạch 132/KH-ĐUK <em>và 17-ĐA/TU</em></${tag}>`;
      assert.equal(link(html), html);
    }
  });

  it('never touches attributes, comments or scripts', () => {
    const html =
      '<p title="132/KH-ĐUK" data-x=\'17-ĐA/TU\'><img alt="42/2022/NĐ-CP" src="/a.png"><!-- 132/KH-ĐUK --></p>' +
      '<script>var s = "132/KH-ĐUK";</script><style>/* 17-ĐA/TU */</style>';
    assert.equal(link(html), html);
  });

  it('links after a heading or link closes, and in lists, tables and quotes', () => {
    const out = link(
      '<h2>132/KH-ĐUK</h2><p>132/KH-ĐUK</p><ul><li>17-ĐA/TU</li></ul><table><tr><td>42/2022/NĐ-CP</td></tr></table><blockquote>17-ĐA/TU</blockquote>',
    );
    assert.equal((out.match(/<a /g) ?? []).length, 4);
    assert.ok(out.startsWith('<h2>132/KH-ĐUK</h2><p><a '));
  });

  it('keeps text with entities and markup around the number exactly as it was', () => {
    const out = link('<p>A &amp; B: số&nbsp;132/KH-ĐUK &lt;b&gt;</p>');
    assert.equal(
      out,
      `<p>A &amp; B: số&nbsp;${anchor('/van-ban/132-kh-duk', '132/KH-ĐUK', 'Văn bản &quot;132/KH-ĐUK&quot; &lt;x&gt;')} &lt;b&gt;</p>`,
    );
  });

  it('does not link a number inside a web address in the text', () => {
    const html = '<p>Xem https://congtin.vn/van-ban/132/KH-ĐUK để biết thêm.</p>';
    assert.equal(link(html), html);
  });

  it('returns the same string when nothing is registered or there is no number', () => {
    const html = '<p>Không có số văn bản nào, chỉ có ngày 10/01/2023.</p>';
    assert.equal(link(html), html);
    assert.equal(
      linkNumbersInHtml('<p>132/KH-ĐUK</p>', () => undefined),
      '<p>132/KH-ĐUK</p>',
    );
  });

  it('copes with broken HTML without linking inside an unclosed link', () => {
    const html = '<p><a href="/x">132/KH-ĐUK <p>17-ĐA/TU';
    assert.equal((link(html).match(/class="doc-number"/g) ?? []).length, 0);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sanitizeRichText } from './rich-text.js';

describe('rich text allowlist (what the editor can hold)', () => {
  it('keeps everything the editor makes', () => {
    const html =
      '<h2>Tiêu đề</h2><p><strong>Đậm</strong> <em>nghiêng</em> <u>gạch chân</u> <s>gạch ngang</s><br></p><hr>' +
      '<ul><li><p>một</p></li></ul><ol><li><p>hai</p></li></ol><blockquote><p>trích</p></blockquote>' +
      '<p><a href="https://laocai.gov.vn" target="_blank">liên kết</a> <a href="/tin-tuc/x">trong trang</a> <a href="mailto:vp@laocai.gov.vn">thư</a></p>' +
      '<table><tbody><tr><th colspan="2" rowspan="1"><p>Cột</p></th></tr><tr><td><p>1</p></td><td><p>2</p></td></tr></tbody></table>' +
      '<img src="/tep-tin/2026/11/0123456789abcdef0123456789abcdef.png" alt="Ảnh" width="40" height="30">';
    const clean = sanitizeRichText(html);
    for (const piece of [
      '<h2>',
      '<strong>',
      '<em>',
      '<u>',
      '<s>',
      '<br />',
      '<hr />',
      '<ul>',
      '<ol>',
      '<blockquote>',
      '<th colspan="2" rowspan="1">',
      'alt="Ảnh" width="40" height="30"',
    ]) {
      assert.ok(clean.includes(piece), piece);
    }
    assert.match(clean, /<a href="https:\/\/laocai.gov.vn" target="_blank" rel="noopener noreferrer">/);
  });

  it('drops images from other sites, and elements the editor cannot hold, keeping their text', () => {
    assert.equal(sanitizeRichText('<p>a<img src="https://ads.example/pixel.gif">b</p>'), '<p>ab</p>');
    assert.equal(sanitizeRichText('<img src="//ads.example/pixel.gif"><img src="data:image/png;base64,AAAA">'), '');
    assert.equal(sanitizeRichText('<p>H<sub>2</sub>O, x<sup>2</sup></p>'), '<p>H2O, x2</p>');
    assert.equal(sanitizeRichText('<h1>Lớn</h1><pre><code>x</code></pre>'), 'Lớnx');
  });

  it('normalises to NFC', () => {
    const decomposed = 'Đảng ủy'.normalize('NFD');
    assert.equal(sanitizeRichText(`<p>${decomposed}</p>`), '<p>Đảng ủy</p>');
  });
});

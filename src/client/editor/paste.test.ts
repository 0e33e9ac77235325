import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanPastedHtml, isSameSiteImage } from './paste.js';

const origin = 'https://congtin.example';

describe('cleanPastedHtml', () => {
  it('removes inline styles, event handlers and style blocks but keeps the text', () => {
    const word =
      '<style>p.MsoNormal{margin:0}</style><p class="MsoNormal" style="margin:0;color:red" onclick="x()">Nghị quyết <span style=\'font-size:14pt\'>số 05</span></p>';
    assert.equal(cleanPastedHtml(word, origin).html, '<p class="MsoNormal">Nghị quyết <span>số 05</span></p>');
  });

  it('leaves text that merely looks like an attribute alone', () => {
    const html = '<p>Ghi chú: style="đậm" và onclick=1 &lt;b style="x"&gt;</p>';
    assert.equal(cleanPastedHtml(html, origin).html, html);
  });

  it("drops images from other sites and counts them, keeps this site's", () => {
    const html =
      '<p>a</p><img src="https://other.vn/a.jpg" alt="x"><img alt="y" src="/media/2026/b.jpg" style="width:10px"><img src=\'https://congtin.example/media/c.png\'>';
    const result = cleanPastedHtml(html, origin);
    assert.equal(
      result.html,
      '<p>a</p><img alt="y" src="/media/2026/b.jpg"><img src=\'https://congtin.example/media/c.png\'>',
    );
    assert.equal(result.droppedImages, 1);
  });
});

describe('isSameSiteImage', () => {
  it('accepts paths and same-origin URLs only', () => {
    assert.equal(isSameSiteImage('/media/a.jpg', origin), true);
    assert.equal(isSameSiteImage('//other.vn/a.jpg', origin), false);
    assert.equal(isSameSiteImage('https://congtin.example/a.jpg', origin), true);
    assert.equal(isSameSiteImage('http://congtin.example/a.jpg', origin), false);
    assert.equal(isSameSiteImage('javascript:alert(1)', origin), false);
  });
});

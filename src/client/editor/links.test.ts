import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkLinkHref, isAllowedHref } from './links.js';

describe('checkLinkHref', () => {
  it('refuses script and data addresses, however they are disguised', () => {
    for (const typed of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:x',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      const check = checkLinkHref(typed);
      assert.equal(check.ok, false, typed);
      assert.match(check.ok ? '' : check.message, /Không chấp nhận liên kết/);
    }
  });

  it('asks for an address when nothing was typed', () => {
    assert.deepEqual(checkLinkHref('   '), { ok: false, message: 'Hãy nhập địa chỉ liên kết.' });
  });

  it('completes what writers usually type', () => {
    const href = (typed: string) => {
      const check = checkLinkHref(typed);
      return check.ok ? check.href : check.message;
    };
    assert.equal(href('https://laocai.gov.vn/tin'), 'https://laocai.gov.vn/tin');
    assert.equal(href('laocai.gov.vn/tin'), 'https://laocai.gov.vn/tin');
    assert.equal(href('//laocai.gov.vn'), 'https://laocai.gov.vn');
    assert.equal(href('/tin-tuc/bai-viet'), '/tin-tuc/bai-viet');
    assert.equal(href('vanphong@laocai.gov.vn'), 'mailto:vanphong@laocai.gov.vn');
    assert.equal(href('MAILTO:a@b.vn'), 'MAILTO:a@b.vn');
  });
});

describe('isAllowedHref', () => {
  it('keeps only links the server keeps', () => {
    assert.equal(isAllowedHref('https://x.vn'), true);
    assert.equal(isAllowedHref('/a'), true);
    assert.equal(isAllowedHref('javascript:alert(1)'), false);
    assert.equal(isAllowedHref('ftp://x.vn'), false);
    assert.equal(isAllowedHref('tel:0912345678'), false);
  });
});

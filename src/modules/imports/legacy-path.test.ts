import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeLegacyPath } from './legacy-path.js';

describe('normalizeLegacyPath', () => {
  it('gives every spelling of one old address the same key', () => {
    const key = normalizeLegacyPath('/2023/05/chao-mung/');
    for (const spelling of [
      '/2023/05/chao-mung',
      '//2023//05/Chao-Mung/',
      'https://old.example.vn/2023/05/chao-mung/',
      'http://old.example.vn/2023/05/chao-mung/?utm_source=facebook&fbclid=abc#comments',
    ])
      assert.equal(normalizeLegacyPath(spelling), key, spelling);
  });

  it('decodes percent-encoding and NFC-normalises Vietnamese, whichever form it came in', () => {
    const nfc = normalizeLegacyPath('/tin-tức/Đại-hội');
    assert.equal(normalizeLegacyPath('/tin-t%E1%BB%A9c/%C4%90%E1%BA%A1i-h%E1%BB%99i/'), nfc);
    assert.equal(normalizeLegacyPath('/tin-tức/Đại-hội'.normalize('NFD')), nfc);
  });

  it('keeps the query, in one order, and treats /index.php as the root', () => {
    assert.equal(normalizeLegacyPath('/?p=123'), '/?p=123');
    assert.equal(normalizeLegacyPath('?p=123'), '/?p=123');
    assert.equal(normalizeLegacyPath('https://old.vn/index.php?p=123'), '/?p=123');
    assert.equal(
      normalizeLegacyPath('/index.php?nv=news&language=vi&op=thoi-su/bai-viet-12.html'),
      normalizeLegacyPath('/?language=vi&nv=news&op=thoi-su%2Fbai-viet-12.html'),
    );
    assert.notEqual(normalizeLegacyPath('/?p=12'), normalizeLegacyPath('/?p=123'));
  });

  it('refuses what is no address', () => {
    assert.equal(normalizeLegacyPath(''), undefined);
    assert.equal(normalizeLegacyPath('javascript:alert(1)'), undefined);
    assert.equal(normalizeLegacyPath(`/${'a'.repeat(3000)}`), undefined);
    assert.equal(normalizeLegacyPath('/%E1%BB'), '/%25e1%25bb');
  });
});

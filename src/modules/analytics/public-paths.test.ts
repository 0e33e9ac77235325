import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countedPageOf, createCountedPages } from './public-paths.js';

describe('public page paths', () => {
  it('counts every public page shape of the URL list', () => {
    for (const path of [
      '/',
      '/tin-tuc/dang-uy-khoi',
      '/chuyen-muc/tin-hoat-dong',
      '/tim-kiem',
      '/diem-tin',
      '/diem-tin/2026-11-27',
      '/van-ban',
      '/su-kien',
      '/gioi-thieu',
      '/lien-he',
      '/en',
      '/en/about',
      '/en/news/party-congress',
      '/thong-ke',
      '/so-do-trang',
    ]) {
      assert.equal(countedPageOf(path)?.path, path, path);
    }
  });

  it('spells one page one way: query, fragment, trailing slash, percent-encoding and NFC', () => {
    const article = { path: '/tin-tuc/dang-uy-khoi', articleSlug: 'dang-uy-khoi' };
    for (const path of [
      '/tin-tuc/dang-uy-khoi?v=1',
      '/tin-tuc/dang-uy-khoi/',
      '/tin-tuc/dang-uy-khoi//',
      '/tin-tuc/dang-uy-khoi#x',
      '/tin-tuc/dang-uy-khoi/?v=2#x',
      '/tin-tuc/%64ang-uy-khoi',
      '/tin-tuc/dang%2Duy%2dkhoi',
      '/%74in-tuc/dang-uy-khoi',
    ]) {
      assert.deepEqual(countedPageOf(path), article, path);
    }
    assert.deepEqual(countedPageOf('/tim-kiem?q=%C4%91%E1%BA%A3ng'), { path: '/tim-kiem' });
    assert.deepEqual(countedPageOf('/?utm_source=zalo'), { path: '/' });
    assert.deepEqual(countedPageOf('/gioi-thieu/'), { path: '/gioi-thieu' });
  });

  it('treats a Vietnamese slug the same encoded, composed (NFC) or decomposed: none is a slug', () => {
    const composed = '/tin-tuc/\u0111\u1ea3ng';
    for (const path of [
      composed,
      composed.normalize('NFD'),
      `/tin-tuc/${encodeURIComponent('\u0111\u1ea3ng')}`,
      `/tin-tuc/${encodeURIComponent('\u0111\u1ea3ng'.normalize('NFD'))}`,
    ]) {
      assert.equal(countedPageOf(path), undefined, path);
    }
  });

  it('counts nothing that is not a public page', () => {
    for (const path of [
      '/khong-ton-tai',
      '/quan-tri',
      '/quan-tri/bai-viet',
      '/api/v1/stats',
      '/api/v1/hit',
      '/tep-tin/2026/11/bao-cao.pdf',
      '/assets/site.js',
      '/favicon.ico',
      '/rss.xml',
      '/sitemap.xml',
      '/robots.txt',
      '/dang-nhap',
      '/dang-xuat',
      '/healthz',
      '/tin-tuc',
      '/tin-tuc/',
      '/tin-tuc/Dang-Uy',
      '/tin-tuc/a.html',
      '/tin-tuc/a/b',
      '/tin-tuc/a%2Fb',
      '/tin-tuc/../quan-tri',
      '/tin-tuc/%2E%2E/quan-tri',
      '/tin-tuc/%E0%A4%A',
      '/tin-tuc//dang-uy',
      '/chuyen-muc/tin/trang-2',
      '/diem-tin/hom-nay',
      '/en/a/b/c',
      '/english',
      `/tin-tuc/${'a'.repeat(201)}`,
      '/%',
    ]) {
      assert.equal(countedPageOf(path), undefined, path);
    }
  });

  it('remembers answers without changing them, and forgets them all when full', () => {
    const pageOf = createCountedPages();
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(pageOf('/tin-tuc/abc?v=1'), { path: '/tin-tuc/abc', articleSlug: 'abc' });
      assert.equal(pageOf('/quan-tri'), undefined);
    }
    for (let i = 0; i < 6000; i++) pageOf(`/?v=${i}`);
    assert.deepEqual(pageOf('/tin-tuc/abc?v=1'), { path: '/tin-tuc/abc', articleSlug: 'abc' });
  });
});

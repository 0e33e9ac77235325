import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSearchQuery } from '../articles/index.js';
import { highlightAll, makeSnippet, type Segment } from './snippet.js';

const marked = (segments: Segment[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('highlighting on accented text', () => {
  it('marks the accented words that the folded query matched', () => {
    const q = parseSearchQuery('dang uy lao cai');
    assert.equal(marked(highlightAll('Đảng ủy Khối tỉnh Lào Cai', q)), '[Đảng] [ủy] Khối tỉnh [Lào] [Cai]');
  });
  it('marks whole words, and the last word by prefix', () => {
    const q = parseSearchQuery('hoa gia');
    assert.equal(marked(highlightAll('Hòa giải ở Hoàng Liên', q)), '[Hòa] [giải] ở Hoàng Liên');
  });
  it('works on decomposed (NFD) text too', () => {
    const nfd = 'Lào Cai'.normalize('NFD');
    const segments = highlightAll(nfd, parseSearchQuery('lao'));
    assert.equal(segments[0]!.mark, true);
    assert.equal(segments[0]!.text, 'Lào'.normalize('NFD'));
  });
  it('cuts a snippet around the matches with ellipses', () => {
    const text = `${'Mở đầu bài viết dài. '.repeat(30)}Hội nghị Đảng ủy Khối tổng kết năm. ${'Phần kết. '.repeat(30)}`;
    const snippet = marked(makeSnippet(text, parseSearchQuery('dang uy khoi'), 120));
    assert.ok(snippet.startsWith('… '));
    assert.ok(snippet.endsWith(' …'));
    assert.ok(snippet.includes('[Đảng] [ủy] [Khối]'));
    assert.ok(snippet.length < 140);
  });
});

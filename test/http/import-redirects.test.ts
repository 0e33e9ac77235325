// The import's side of any reader, on both databases, with a small source written here in the
// contract's terms (import-source.ts): the old address forms of NukeViet (rewritten and
// index.php) and WordPress answer 301; an article the old site has under two categories lands in
// the first; a source's visit total becomes part of "Tất cả" from the next start; a body too deep
// for the editor is left out with its reason while the rest imports.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ImportRecord, ImportReport, ImportSource } from '../../src/modules/imports/index.js';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const records: ImportRecord[] = [
  {
    type: 'category',
    sourceId: '7',
    name: 'Thời sự',
    alias: 'thoi-su',
    oldPaths: ['/news/thoi-su/', '/index.php?language=vi&nv=news&op=thoi-su'],
  },
  { type: 'visit-total', total: 465_023 },
  {
    type: 'article',
    sourceId: '42',
    kind: 'post',
    title: 'Hội nghị quán triệt Nghị quyết',
    lead: 'Sáng nay, Đảng ủy Khối tổ chức hội nghị.',
    bodyHtml: '<p>Nội dung <strong>hội nghị</strong>.</p>',
    authorName: 'Lê Văn Cường',
    categorySourceIds: ['7'],
    publishedAt: new Date('2019-03-05T01:00:00Z'),
    status: 'published',
    views: 1234,
    oldPaths: [
      '/news/thoi-su/hoi-nghi-quan-triet-nghi-quyet-42.html',
      '/vi/news/thoi-su/hoi-nghi-quan-triet-nghi-quyet-42.html',
      '/index.php?language=vi&nv=news&op=thoi-su/hoi-nghi-quan-triet-nghi-quyet-42.html',
    ],
  },
  {
    type: 'article',
    sourceId: '43',
    kind: 'post',
    title: 'Bài lồng quá sâu',
    lead: '',
    bodyHtml: `${'<div>'.repeat(200)}x${'</div>'.repeat(200)}`,
    authorName: 'A',
    categorySourceIds: ['7'],
    publishedAt: new Date('2019-03-06T01:00:00Z'),
    status: 'published',
    oldPaths: ['/news/thoi-su/bai-long-qua-sau-43.html'],
  },
];

/** A reader in the contract's terms: yields the records above, one at a time, and has no images. */
function smallSource(): ImportSource {
  return {
    name: 'nukeviet',
    expectedArticles: async () => 2,
    async *records() {
      yield* records;
    },
    resolveImage: () => null,
    close: async () => {},
  };
}

const location = async (t: TestApp, address: string) => {
  const res = await t.request(address, { redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location') };
};

const total = async (t: TestApp) => ((await (await t.request('/api/v1/stats')).json()) as { total: number }).total;

for (const dialect of dialectsUnderTest()) {
  describe(`old addresses and totals from any reader [${dialect}]`, () => {
    let t: TestApp;
    let report: ImportReport;

    before(async () => {
      t = await startTestApp(dialect);
      report = await t.imports.run(smallSource());
    });
    after(() => t.dispose());

    it('answers NukeViet’s rewritten and index.php addresses with 301', async () => {
      const article = '/tin-tuc/hoi-nghi-quan-triet-nghi-quyet';
      for (const address of [
        '/news/thoi-su/hoi-nghi-quan-triet-nghi-quyet-42.html',
        '/vi/news/thoi-su/hoi-nghi-quan-triet-nghi-quyet-42.html',
        '/index.php?language=vi&nv=news&op=thoi-su/hoi-nghi-quan-triet-nghi-quyet-42.html',
        '/index.php?nv=news&language=vi&op=thoi-su%2Fhoi-nghi-quan-triet-nghi-quyet-42.html',
        '/?language=vi&nv=news&op=thoi-su/hoi-nghi-quan-triet-nghi-quyet-42.html',
      ])
        assert.deepEqual(await location(t, address), { status: 301, location: article }, address);
      const category = await location(t, '/index.php?language=vi&nv=news&op=thoi-su');
      assert.equal(category.status, 301);
      assert.match(category.location!, /^\/chuyen-muc\/thoi-su(-\d+)?$/);
      assert.equal((await location(t, '/news/thoi-su/')).location, category.location);
    });

    it('keeps the views, date and author, and leaves out a body no editor could hold, with the reason', async () => {
      const article = await t.articles.findPublished('hoi-nghi-quan-triet-nghi-quyet');
      assert.equal(article?.views, 1234);
      assert.equal(article?.publishedAt, '2019-03-05T01:00:00.000Z');
      assert.equal(article?.author, 'Lê Văn Cường');
      assert.equal(report.articles.created, 1);
      assert.equal(report.skipped.length, 1);
      assert.equal(report.skipped[0]!.sourceId, '43');
      assert.match(report.skipped[0]!.reason, /^Nội dung không nhận được: /);
      assert.equal((await location(t, '/news/thoi-su/bai-long-qua-sau-43.html')).status, 404);
    });

    it('adds the old site’s visit total to “Tất cả” from the next start, once', async () => {
      assert.equal(report.visitTotal, 465_023);
      const before = await total(t);
      t = await t.restart();
      assert.equal(await total(t), before + 465_023);
      const again = await t.imports.run(smallSource());
      assert.equal(again.articles.unchanged, 1);
      t = await t.restart();
      assert.equal(await total(t), before + 465_023);
    });
  });
}

// Moving in from NukeViet, end to end on both databases: a real MariaDB holds the test site
// (test/fixtures/import/nukeviet.sql: NukeViet 4.5's schema, Vietnamese and NFD text, broken HTML,
// a script and on* attributes, a draft, a nested category, a featured, an inline and a missing
// image, a statistics total) and its uploads folder; the import brings the news into a real app.
// The articles keep their dates, authors and hit counts, their bodies are the editor's HTML, the
// old NukeViet addresses answer 301, the statistics start from the old total, a rerun adds nothing.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ImportReport } from '../../src/modules/imports/index.js';
import { openNukeVietSource } from '../../src/modules/imports/nukeviet/index.js';
import { dialectsUnderTest } from '../support/databases.js';
import { loadSql, type RunningMariaDb, startMariaDb } from '../support/mariadb.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const FIXTURE = path.resolve('test/fixtures/import/nukeviet.sql');
const UPLOADS = path.resolve('test/fixtures/import/nukeviet-uploads');
const FIRST = '/tin-tuc/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12-mo-rong';
const SECOND = '/tin-tuc/nong-dan-lang-son-thu-hoach-vai-thieu-som';

async function importSite(t: TestApp, url: string): Promise<ImportReport> {
  const source = await openNukeVietSource(url, { uploadsDir: UPLOADS });
  try {
    return await t.imports.run(source);
  } finally {
    await source.close();
  }
}

const countRows = async (t: TestApp, table: 'articles' | 'legacy_urls' | 'media' | 'categories' | 'imported_items') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const location = async (t: TestApp, address: string) => {
  const res = await t.request(address, { redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location') };
};

describe('moving in from NukeViet', () => {
  let maria: RunningMariaDb;

  before(async () => {
    maria = await startMariaDb();
    await loadSql(maria.url, FIXTURE);
  });
  after(async () => {
    await maria?.stop();
  });

  for (const dialect of dialectsUnderTest()) {
    describe(`[${dialect}]`, () => {
      let t: TestApp;
      let report: ImportReport;

      before(async () => {
        t = await startTestApp(dialect, { now: '2026-11-27T03:00:00Z' });
        report = await importSite(t, maria.url);
        await t.media.variantsMade();
      });
      after(async () => {
        await t?.dispose();
      });

      it('reports the news brought in and every row or image left out, with the reason', () => {
        assert.equal(report.articles.created, 3);
        assert.equal(report.categories.created + report.categories.matched, 3);
        // The featured image and the inline one; the same inline file written as the site's full URL
        // is the same file, copied once and reused.
        assert.equal(report.images.copied, 2);
        assert.equal(report.images.reused, 1);
        assert.equal(report.visitTotal, 1234567);
        const reasons = report.skipped.map((s) => `${s.sourceId}: ${s.reason}`);
        assert.ok(reasons.includes('4: Tin không có tiêu đề.'), reasons.join('\n'));
        assert.ok(
          reasons.some((r) => r.startsWith('5: ') && r.includes('chuyên mục số 99')),
          reasons.join('\n'),
        );
        assert.ok(
          reasons.some((r) => r.startsWith('2: ') && r.includes('khong-co.jpg')),
          reasons.join('\n'),
        );
      });

      it('keeps the publish time, the author line or the poster, the hit count; the body is the editor’s HTML', async () => {
        const first = await t.articles.findPublished(FIRST.slice('/tin-tuc/'.length));
        assert.ok(first, 'the first article');
        assert.equal(first.title, 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 "mở rộng"');
        assert.equal(first.publishedAt, '2023-05-24T04:00:00.000Z');
        assert.equal(first.author, 'Minh Hà');
        for (const hostile of [
          '<script',
          'alert',
          'onclick',
          'onerror',
          'steal',
          '<iframe',
          'evil.example',
          '/uploads/news',
        ])
          assert.ok(!first.bodyHtml.includes(hostile), `${hostile} in ${first.bodyHtml}`);
        assert.match(first.bodyHtml, /<strong>phiên thứ 12/);
        const second = await t.articles.findPublished(SECOND.slice('/tin-tuc/'.length));
        assert.ok(second, 'the NFD article');
        assert.equal(second.title, 'Nông dân Lạng Sơn thu hoạch vải thiều sớm');
        assert.equal(second.title, second.title.normalize('NFC'));
        assert.equal(second.bodyHtml, second.bodyHtml.normalize('NFC'));
        assert.equal(second.author, 'Nguyễn Văn An');
        assert.ok(!second.bodyHtml.includes('javascript:'), second.bodyHtml);
        const views = await t.db
          .selectFrom('articles')
          .select(['title', 'views', 'status', 'published_at'])
          .where('author', 'in', ['Minh Hà', 'Nguyễn Văn An', 'Thu Trang'])
          .orderBy('id')
          .execute();
        assert.deepEqual(
          views.map((v) => [v.title, Number(v.views), v.status]),
          [
            ['Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 "mở rộng"', 1532, 'published'],
            ['Nông dân Lạng Sơn thu hoạch vải thiều sớm', 87, 'published'],
            ['Bản nháp về kế hoạch năm 2024', 0, 'draft'],
          ],
        );
        assert.equal(views[2]!.published_at, null);
        // The page shows it with its day (Vietnam time) and author.
        const page = await (await t.request(FIRST)).text();
        assert.match(page, /24\/05\/2023/);
        assert.match(page, /Minh Hà/);
      });

      it('copies the featured and the inline images (a path or the site’s full URL) into the media library, where they are served', async () => {
        const first = await t.articles.findPublished(FIRST.slice('/tin-tuc/'.length));
        assert.ok(first?.image, 'the featured image');
        assert.equal(first.image.alt, 'Quang cảnh hội nghị');
        assert.equal((await t.request(first.image.url)).status, 200);
        const inline = /<img[^>]*src="(\/tep-tin\/[^"]+\.png)"/.exec(first.bodyHtml);
        assert.ok(inline, first.bodyHtml);
        const served = await t.request(inline[1]!);
        assert.equal(served.status, 200);
        assert.equal(served.headers.get('content-type'), 'image/png');
        // The second article's image, written as the site's full URL, is served from the library too.
        const second = await t.articles.findPublished(SECOND.slice('/tin-tuc/'.length));
        const fullUrl = /<img[^>]*src="(\/tep-tin\/[^"]+\.png)"/.exec(second?.bodyHtml ?? '');
        assert.ok(fullUrl, second?.bodyHtml);
        assert.equal((await t.request(fullUrl[1]!)).status, 200);
        assert.equal(fullUrl[1], inline[1], 'one file, one copy in the library');
      });

      it('answers the old NukeViet addresses with 301 to the new pages', async () => {
        for (const address of [
          '/vi/news/thoi-su/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12-1.html',
          '/news/thoi-su/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12-1.html',
          '/index.php?language=vi&nv=news&op=thoi-su/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12-1.html',
          '/index.php?nv=news&language=vi&op=thoi-su%2Fhoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12-1',
          'https://langson.gov.vn/vi/news/thoi-su/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12-1.html?utm_source=zalo',
        ])
          assert.deepEqual(
            await location(t, address.replace(/^https:\/\/[^/]+/, '')),
            { status: 301, location: FIRST },
            address,
          );
        assert.deepEqual(await location(t, '/vi/news/nong-nghiep/nong-dan-lang-son-thu-hoach-vai-thieu-som-2.html'), {
          status: 301,
          location: SECOND,
        });
        const category = await location(t, '/vi/news/nong-nghiep/');
        assert.equal(category.status, 301);
        assert.match(category.location ?? '', /^\/chuyen-muc\/nong-nghiep/);
        // A draft is never where an old link leads.
        assert.notEqual((await location(t, '/vi/news/thoi-su/ban-nhap-ve-ke-hoach-nam-2024-3.html')).status, 301);
      });

      it('starts the visit total from the old site’s statistics total after a restart', async () => {
        // The starting total is read from the database when the server starts.
        t = await t.restart();
        const page = await (await t.request('/thong-ke')).text();
        assert.equal(/data-counter="total">([^<]*)</.exec(page)?.[1], '1.234.567');
        assert.ok(page.includes('cộng 1.234.567 lượt của hệ thống cũ'), 'the method names the old total');
      });

      it('adds nothing when run again', async () => {
        const tables = ['articles', 'legacy_urls', 'media', 'categories', 'imported_items'] as const;
        const beforeCounts = await Promise.all(tables.map((table) => countRows(t, table)));
        const again = await importSite(t, maria.url);
        assert.equal(again.articles.created, 0);
        assert.equal(again.articles.unchanged, 3);
        assert.equal(again.images.copied, 0);
        assert.equal(again.redirects.recorded, 0);
        assert.deepEqual(await Promise.all(tables.map((table) => countRows(t, table))), beforeCounts);
      });
    });
  }
});

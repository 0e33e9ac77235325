// Moving in from WordPress, end to end on both databases: the test export (Vietnamese and NFD text,
// broken HTML, a script and on* attributes, a page, a draft, a trashed post, nested categories, a
// featured, an inline and a missing image) is imported into a real app; the articles keep their
// dates and authors, their bodies are the editor's HTML, their images are in the media library and
// served, every old address answers 301, a rerun adds nothing, and what is no export is refused.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { type ImportReport, openWordPressSource, WordPressInputError } from '../../src/modules/imports/index.js';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const FIXTURE = path.resolve('test/fixtures/import/wordpress.xml');

/** A copy of wp-content/uploads with the two images the export names (the third is missing on purpose). */
async function makeUploads(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-wp-uploads-'));
  fs.mkdirSync(path.join(dir, '2023/05'), { recursive: true });
  const pixels = (r: number, g: number, b: number) =>
    sharp({ create: { width: 800, height: 600, channels: 3, background: { r, g, b } } });
  await pixels(200, 30, 30).jpeg().toFile(path.join(dir, '2023/05/anh-dai-hoi.jpg'));
  await pixels(30, 30, 200).png().toFile(path.join(dir, '2023/05/hoi-nghi.png'));
  // Outside the uploads folder: a reference that climbs out must never reach it.
  fs.writeFileSync(path.join(dir, '..', `${path.basename(dir)}-secret.jpg`), 'not for you');
  return dir;
}

async function importFixture(t: TestApp, uploads: string): Promise<ImportReport> {
  const source = await openWordPressSource(FIXTURE, { uploads });
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

const location = async (t: TestApp, address: string, method = 'GET') => {
  const res = await t.request(address, { method, redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location') };
};

for (const dialect of dialectsUnderTest()) {
  describe(`moving in from WordPress [${dialect}]`, () => {
    let t: TestApp;
    let uploads: string;
    let report: ImportReport;

    before(async () => {
      t = await startTestApp(dialect, { now: '2026-11-27T03:00:00Z' });
      uploads = await makeUploads();
      report = await importFixture(t, uploads);
      await t.media.variantsMade();
    });
    after(async () => {
      await t.dispose();
      fs.rmSync(uploads, { recursive: true, force: true });
      fs.rmSync(`${uploads}-secret.jpg`, { force: true });
    });

    it('reports what it brought in and every item it left out, with the reason', () => {
      assert.equal(report.articles.created, 4);
      assert.equal(report.articles.unchanged, 0);
      assert.equal(report.images.copied, 2);
      assert.ok(report.categories.created + report.categories.matched >= 3);
      assert.ok(report.redirects.recorded >= 10);
      const reasons = report.skipped.map((s) => `${s.sourceId}: ${s.reason}`);
      assert.ok(
        reasons.some((r) => r.startsWith('15: ') && r.includes('thùng rác')),
        reasons.join('\n'),
      );
      assert.ok(reasons.some((r) => r.startsWith('12: ') && r.includes('khong-co.jpg') && r.includes('không có')));
      // Menus and attachments are no articles and no news: left out without a line.
      assert.ok(!reasons.some((r) => r.startsWith('16:') || r.startsWith('20:')));
    });

    it('keeps the original date and author, NFC title, and the editor’s HTML only', async () => {
      const moved = await location(t, '/2023/05/dai-hoi-dang-bo-khoi/');
      assert.equal(moved.status, 301);
      const article = await t.articles.findPublished(moved.location!.slice('/tin-tuc/'.length));
      assert.ok(article);
      assert.equal(article.title, 'Đại hội Đảng bộ Khối lần thứ IV');
      assert.equal(article.title, article.title.normalize('NFC'));
      assert.equal(article.slug, 'dai-hoi-dang-bo-khoi-lan-thu-iv');
      assert.equal(article.author, 'Nguyễn Văn An');
      assert.equal(article.publishedAt, '2023-05-10T02:00:00.000Z');
      assert.equal(article.lead, 'Sáng 10/5, Đại hội Đảng bộ Khối lần thứ IV khai mạc trọng thể.');
      const body = article.bodyHtml;
      assert.equal(body, body.normalize('NFC'));
      for (const hostile of [
        '<script',
        'alert',
        'onerror',
        'onclick',
        'javascript:',
        '<iframe',
        '<style',
        'srcset',
        'old.example.vn',
      ])
        assert.ok(!body.includes(hostile), `${hostile} in ${body}`);
      assert.match(
        body,
        /<p>Sáng 10\/5, Đại hội Đảng bộ Khối lần thứ IV khai mạc trọng thể\.<br \/>\s*Các đại biểu dự đại hội\.<\/p>/,
      );
      assert.match(body, /<a href="https:\/\/laocai\.gov\.vn" rel="noopener noreferrer">liên kết tốt<\/a>/);
      // The page shows it, with its date and author.
      const page = await (await t.request(moved.location!)).text();
      assert.match(page, /10\/05\/2023/);
      assert.match(page, /Nguyễn Văn An/);
    });

    it('copies the featured and the inline image into the media library, where they are served', async () => {
      const article = await t.articles.findPublished('dai-hoi-dang-bo-khoi-lan-thu-iv');
      const inline = /<img alt="Hội nghị" src="(\/tep-tin\/[^"]+\.png)" \/>/.exec(article!.bodyHtml);
      assert.ok(inline, article!.bodyHtml);
      const served = await t.request(inline[1]!);
      assert.equal(served.status, 200);
      assert.equal(served.headers.get('content-type'), 'image/png');
      assert.ok(article!.image, 'the featured image');
      const featured = await t.request(article!.image.url);
      assert.equal(featured.status, 200);
      assert.equal(featured.headers.get('content-type'), 'image/jpeg');
      // Its resized copies were made by the media library's queue.
      assert.ok(article!.image.variants && article!.image.variants.length > 0, JSON.stringify(article!.image));
      assert.equal(article!.image.alt, 'Ảnh đại hội');
    });

    it('answers every form of an old address with 301 to the new page', async () => {
      const target = '/tin-tuc/dai-hoi-dang-bo-khoi-lan-thu-iv';
      for (const address of [
        '/?p=12',
        '/index.php?p=12',
        '/?p=12&utm_source=facebook',
        '/2023/05/dai-hoi-dang-bo-khoi',
        '/2023/05/Dai-Hoi-Dang-Bo-Khoi/',
        '/2023/05/dai-hoi-dang-bo-khoi/?fbclid=abc',
      ])
        assert.deepEqual(await location(t, address), { status: 301, location: target }, address);
      assert.deepEqual(await location(t, '/?p=12', 'HEAD'), { status: 301, location: target });
      assert.deepEqual(await location(t, '/2023/06/hội-thi-tìm-hiểu/'), {
        status: 301,
        location: '/tin-tuc/hoi-thi-tim-hieu-lich-su-dang-bo',
      });
      assert.deepEqual(await location(t, '/2023/06/h%E1%BB%99i-thi-t%C3%ACm-hi%E1%BB%83u'), {
        status: 301,
        location: '/tin-tuc/hoi-thi-tim-hieu-lich-su-dang-bo',
      });
      assert.deepEqual(await location(t, '/gioi-thieu/'), {
        status: 301,
        location: '/tin-tuc/gioi-thieu-dang-uy-khoi',
      });
      assert.deepEqual(await location(t, '/?page_id=14'), {
        status: 301,
        location: '/tin-tuc/gioi-thieu-dang-uy-khoi',
      });
      assert.deepEqual(await location(t, '/category/tin-hoat-dong-co-so/hoi-thi/'), {
        status: 301,
        location: '/chuyen-muc/hoi-thi-hoi-dien',
      });
    });

    it('never sends a reader to a draft, and leaves other addresses alone', async () => {
      const draft = await location(t, '/?p=13');
      assert.equal(draft.status, 200, 'the home page, not the draft');
      const row = await t.db
        .selectFrom('articles')
        .select(['status', 'author', 'published_at'])
        .where('title', '=', 'Bản nháp kế hoạch tuyên truyền')
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, { status: 'draft', author: 'Trần Thị Bình', published_at: null });
      assert.equal((await location(t, '/2023/01/bai-da-xoa/')).status, 404);
      assert.equal((await location(t, '/?p=999')).status, 200);
      assert.equal((await location(t, '/khong-co-trang-nay')).status, 404);
      assert.equal((await t.request('/?p=12', { method: 'POST' })).status === 301, false);
    });

    it('adds nothing when run again and says all is unchanged', async () => {
      const tables = ['articles', 'legacy_urls', 'media', 'categories', 'imported_items'] as const;
      const beforeCounts = await Promise.all(tables.map((table) => countRows(t, table)));
      const again = await importFixture(t, uploads);
      assert.equal(again.articles.created, 0);
      assert.equal(again.articles.unchanged, 4);
      assert.equal(again.categories.created + again.categories.matched, 0);
      assert.equal(again.images.copied, 0);
      assert.equal(again.redirects.recorded, 0);
      assert.deepEqual(await Promise.all(tables.map((table) => countRows(t, table))), beforeCounts);
    });

    it('never reads a file outside the uploads folder', async () => {
      const source = await openWordPressSource(FIXTURE, { uploads });
      const base = path.basename(uploads);
      for (const ref of [
        `https://old.example.vn/wp-content/uploads/../${base}-secret.jpg`,
        `https://old.example.vn/wp-content/uploads/%2e%2e/${base}-secret.jpg`,
        '/etc/passwd',
        '../../etc/passwd',
      ])
        assert.equal(source.resolveImage(ref), null, ref);
      assert.equal(
        source.resolveImage('2023/05/hoi-nghi.png'),
        fs.realpathSync(path.join(uploads, '2023/05/hoi-nghi.png')),
      );
    });

    it('refuses what is no WordPress export, in Vietnamese, before writing anything', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-not-wxr-'));
      const html = path.join(dir, 'trang.xml');
      fs.writeFileSync(html, '<html><body><p>Không phải WXR</p></body></html>');
      const broken = path.join(dir, 'hong.xml');
      fs.writeFileSync(broken, fs.readFileSync(FIXTURE, 'utf8').slice(0, 3000));
      const rss = path.join(dir, 'rss.xml');
      fs.writeFileSync(rss, '<?xml version="1.0"?><rss version="2.0"><channel><title>RSS</title></channel></rss>');
      const before = await countRows(t, 'articles');
      await assert.rejects(
        openWordPressSource(html),
        (e: Error) => e instanceof WordPressInputError && /không phải tệp xuất của WordPress/.test(e.message),
      );
      await assert.rejects(
        openWordPressSource(rss),
        (e: Error) => e instanceof WordPressInputError && /WXR/.test(e.message),
      );
      await assert.rejects(
        openWordPressSource(broken),
        (e: Error) => e instanceof WordPressInputError && /không phải tệp XML hợp lệ/.test(e.message),
      );
      await assert.rejects(openWordPressSource(path.join(dir, 'khong-co.xml')), /Không mở được tệp/);
      await assert.rejects(openWordPressSource(FIXTURE, { uploads: path.join(dir, 'khong-co') }), /Thư mục ảnh/);
      assert.equal(await countRows(t, 'articles'), before);
      fs.rmSync(dir, { recursive: true, force: true });
    });
  });
}

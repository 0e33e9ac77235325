// Every public page and endpoint as a reader or a crawler meets it, on both databases.
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

for (const dialect of dialectsUnderTest()) {
  describe(`public pages [${dialect}]`, () => {
    let t: TestApp;
    let home: string;

    before(async () => {
      t = await startTestApp(dialect);
      home = await (await t.request('/')).text();
    });
    after(() => t.dispose());

    it('creates the demo portal on first start: 5 categories, 40+ articles', async () => {
      const categories = await t.articles.listCategories();
      assert.deepEqual(
        categories.map((c) => c.name),
        ['Tin hoạt động', 'Xây dựng Đảng', 'Học tập và làm theo Bác', 'Tuyên truyền', 'Văn hóa - Xã hội'],
      );
      assert.ok((await t.articles.countPublished()) >= 40);
    });

    it('shows the home page with latest news, a featured article and a block per category', async () => {
      assert.match(home, /<html lang="vi">/);
      assert.match(home, /<title>Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai<\/title>/);
      assert.match(home, /Thông tin mới nhất/);
      assert.match(home, /Tin nổi bật/);
      const latestStart = home.indexOf('Thông tin mới nhất');
      const latestBlock = home.slice(latestStart, home.indexOf('</section>', latestStart));
      // An item with a featured image is <li class="has-thumb">.
      assert.equal((latestBlock.match(/<li[\s>]/g) ?? []).length, 10);
      for (const name of ['Xây dựng Đảng', 'Học tập và làm theo Bác', 'Văn hóa - Xã hội'])
        assert.ok(home.includes(`<span>${name}</span>`), name);
      for (const label of ['Đang online', 'Hôm nay', 'Trong tuần', 'Tất cả']) assert.ok(home.includes(label), label);
      assert.match(home, /<noscript><img src="\/api\/v1\/hit.gif\?path=%2F"/);
      // The other sections' blocks: the latest morning brief and the coming events.
      assert.match(home, /href="\/diem-tin\/\d{4}-\d{2}-\d{2}"/);
      assert.match(home, /href="\/su-kien\/[a-z0-9-]+-\d+"/);
    });

    it('lists a category newest first, paginated with ?trang=', async () => {
      const first = await (await t.request('/chuyen-muc/tin-hoat-dong')).text();
      const dates = [...first.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]!);
      assert.ok(dates.length >= 8);
      assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
      // Add enough articles to need a second page.
      const category = (await t.articles.findCategory('tin-hoat-dong'))!;
      for (let i = 0; i < 10; i++) {
        await t.articles.createArticle({
          title: `Tin ngắn số ${i}`,
          lead: 'Tin ngắn.',
          bodyHtml: '<p>Nội dung.</p>',
          author: 'PV',
          categoryId: category.id,
          status: 'published',
          publishedAt: '2025-01-01T00:00:00Z',
        });
      }
      const page1 = await (await t.request('/chuyen-muc/tin-hoat-dong')).text();
      assert.match(page1, /href="\/chuyen-muc\/tin-hoat-dong\?trang=2" rel="next"/);
      const page2 = await t.request('/chuyen-muc/tin-hoat-dong?trang=2');
      assert.equal(page2.status, 200);
      assert.match(await page2.text(), /Tin ngắn số/);
    });

    it('refuses wrong page numbers: 400 for nonsense, 404 past the end', async () => {
      for (const p of ['0', '-2', 'abc', '2.5', '1e3', '%FF']) {
        const res = await t.request(`/chuyen-muc/tin-hoat-dong?trang=${p}`);
        assert.equal(res.status, 400, p);
        assert.match(await res.text(), /không hợp lệ/);
      }
      const past = await t.request('/chuyen-muc/tin-hoat-dong?trang=40');
      assert.equal(past.status, 404);
      assert.match(await past.text(), /Trang này không tồn tại/);
    });

    it('shows an article with byline, Vietnam date and time, views, category, related and print', async () => {
      const articles = await t.articles.listLatest({ limit: 50 });
      // The demo's morning brief of 1 July was published at 23:30 UTC on 30 June.
      const article = articles.find((a) => a.publishedAt === '2026-06-30T23:30:00.000Z');
      assert.ok(article, 'the demo content has an article published across the UTC/Vietnam date line');
      const res = await t.request(article.url);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
      const html = await res.text();
      assert.ok(html.includes(`<h1>${article.title}</h1>`));
      assert.ok(html.includes(article.author));
      assert.match(html, /01\/07\/2026 06:30/, 'late evening UTC is the next morning in Vietnam');
      assert.match(html, /Đăng lúc: <time datetime="[^"]+">\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}<\/time>/);
      assert.match(html, /Lượt xem:/);
      assert.match(html, /Tin liên quan/);
      assert.match(html, /data-action="print"/);
      assert.match(html, /<meta property="og:type" content="article"\/>/);
      assert.ok(html.includes(`<link rel="canonical" href="https://congtin.test${article.url}"/>`));
      assert.ok(html.includes(`<meta property="og:title" content="${article.title}"/>`));
    });

    it('answers a conditional request with 304 and sets security headers', async () => {
      const first = await t.request('/');
      const etag = first.headers.get('etag')!;
      assert.ok(etag);
      const again = await t.request('/', { headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304);
      assert.match(first.headers.get('content-security-policy')!, /default-src 'self'/);
      assert.match(first.headers.get('content-security-policy')!, /frame-ancestors 'none'/);
      assert.doesNotMatch(first.headers.get('content-security-policy')!, /unsafe-inline/);
      assert.equal(first.headers.get('x-content-type-options'), 'nosniff');
      assert.ok((await first.text()).includes('<meta name="referrer" content="strict-origin-when-cross-origin"/>'));
    });

    it('shows a Vietnamese 404 page for unknown articles, categories and paths', async () => {
      for (const path of [
        '/tin-tuc/khong-co-bai-nay',
        '/chuyen-muc/khong-co',
        '/khong-ton-tai',
        '/tin-tuc/%E1%BA%A1',
      ]) {
        const res = await t.request(path);
        assert.equal(res.status, 404, path);
        const html = await res.text();
        assert.match(html, /Không tìm thấy/);
        assert.match(html, /Mã yêu cầu/);
        assert.match(html, /<meta name="robots" content="noindex"\/>/);
      }
      const api = await t.request('/api/v1/khong-co');
      assert.equal(api.status, 404);
      assert.equal(((await api.json()) as { error: { code: string } }).error.code, 'NOT_FOUND');
    });

    it('refuses invalid UTF-8 in the path with 400', async () => {
      for (const path of ['/tin-tuc/%FF', '/chuyen-muc/%C3%28', '/%E0%A4%A']) {
        const res = await t.request(path);
        assert.equal(res.status, 400, path);
        assert.match(await res.text(), /không phải UTF-8/);
      }
    });

    it('serves valid RSS 2.0 with the latest 20 articles', async () => {
      const res = await t.request('/rss.xml');
      assert.equal(res.headers.get('content-type'), 'application/rss+xml; charset=utf-8');
      const xml = await res.text();
      assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
      assert.equal((xml.match(/<item>/g) ?? []).length, 20);
      assert.match(xml, /<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0700<\/pubDate>/);
      assert.match(xml, /<link>https:\/\/congtin.test\/tin-tuc\/[a-z0-9-]+<\/link>/);
      assert.doesNotMatch(
        xml,
        /<(?!\/?(rss|channel|title|link|description|language|lastBuildDate|atom:link|item|guid|dc:creator|category|pubDate)\b)[a-z]/,
        'no stray markup',
      );
    });

    it('lists every published article and category in sitemap.xml, and points robots.txt at it', async () => {
      const xml = await (await t.request('/sitemap.xml')).text();
      const listed = [...xml.matchAll(/<loc>https:\/\/congtin\.test([^<]*)<\/loc>/g)].map((m) => m[1]!);
      assert.equal(new Set(listed).size, listed.length, 'each page once');
      const published = await t.articles.listLatest({ limit: 1000 });
      assert.equal(published.length, await t.articles.countPublished());
      const categories = await t.articles.listCategories();
      const sections = ['/', '/diem-tin', '/su-kien', '/van-ban', '/gioi-thieu', '/lien-he', '/en'];
      for (const path of [...sections, ...categories.map((c) => c.url), ...published.map((a) => a.url)])
        assert.ok(listed.includes(encodeURI(path)) || listed.includes(path), `${path} is in the sitemap`);
      assert.ok(!listed.some((path) => path.startsWith('/quan-tri')), 'no staff page');
      const robots = await (await t.request('/robots.txt')).text();
      assert.match(robots, /Sitemap: https:\/\/congtin.test\/sitemap.xml/);
      assert.match(robots, /Disallow: \/quan-tri\//);
    });

    it('reports health with the database status', async () => {
      const res = await t.request('/healthz');
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), {
        status: 'ok',
        database: { dialect, status: 'ok' },
        files: { status: 'ok' },
      });
    });

    it('explains the counting rules on /thong-ke', async () => {
      const html = await (await t.request('/thong-ke')).text();
      assert.match(html, /30 phút/);
      assert.match(html, /UTC\+7/);
    });

    it('serves the stylesheet and script under a content hash, cached for a year', async () => {
      const href = /<link rel="stylesheet" href="([^"]+)"/.exec(home)![1]!;
      const css = await t.request(href);
      assert.equal(css.status, 200);
      assert.match(css.headers.get('cache-control')!, /immutable/);
      assert.match(await css.text(), /@media print/);
      const zipped = await t.request(href, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      assert.equal(zipped.headers.get('content-encoding'), 'gzip');
      assert.equal(zipped.headers.get('vary'), 'Accept-Encoding');
      assert.match(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8'), /@media print/);
    });
  });
}

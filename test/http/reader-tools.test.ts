// An article's reader tools (share links, copy link, text size, print) and the human site map
// /so-do-trang, as a reader's browser receives them, on both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { dialectsUnderTest } from '../support/databases.js';
import { postHit, startTestApp, type TestApp } from '../support/test-app.js';

const SITE = 'https://congtin.test';
// Spaces, diacritics and the characters that would break a query string if not encoded.
const TRICKY_TITLE = 'Hội nghị "Sơ kết" & tổng kết: 50% nhiệm vụ #1?';

/** The value of `attr` on the first tag matching `tagPattern`, HTML entities undone. */
function attributeOf(html: string, tagPattern: RegExp, attr: string): string | undefined {
  const tag = html.match(tagPattern)?.[0];
  const value = tag?.match(new RegExp(`\\s${attr}="([^"]*)"`))?.[1];
  return value
    ?.replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

for (const dialect of dialectsUnderTest()) {
  describe(`reader tools and site map [${dialect}]`, () => {
    let t: TestApp;
    let url: string;
    let html: string;

    before(async () => {
      t = await startTestApp(dialect);
      const category = (await t.articles.findCategory('tin-hoat-dong'))!;
      await t.articles.createArticle({
        title: TRICKY_TITLE,
        lead: 'Bài để thử các nút chia sẻ.',
        bodyHtml: '<p>Nội dung.</p>',
        author: 'PV',
        categoryId: category.id,
        status: 'published',
        publishedAt: '2026-11-26T00:00:00Z',
      });
      const [article] = await t.articles.listLatest({ limit: 1 });
      assert.equal(article!.title, TRICKY_TITLE);
      url = SITE + article!.url;
      html = await (await t.request(article!.url)).text();
    });
    after(() => t.dispose());

    it('shares to Zalo, Facebook and email with the article URL and title encoded', () => {
      const zalo = attributeOf(html, /<a [^>]*class="tool tool-zalo"[^>]*>/, 'href')!;
      assert.equal(zalo, `https://sp.zalo.me/share_to_zalo?url=${encodeURIComponent(url)}`);
      const facebook = attributeOf(html, /<a [^>]*class="tool tool-facebook"[^>]*>/, 'href')!;
      assert.equal(facebook, `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`);
      assert.equal(new URL(facebook).searchParams.get('u'), url);
      const mail = attributeOf(html, /<a [^>]*href="mailto:[^>]*>/, 'href')!;
      const query = new URLSearchParams(mail.slice(mail.indexOf('?') + 1));
      assert.equal(query.get('subject'), TRICKY_TITLE);
      assert.equal(query.get('body'), url);
      assert.doesNotMatch(mail, / /, 'no raw space in the mailto link');
    });

    it('opens the social networks in a new tab that cannot reach back, each link named', () => {
      for (const cls of ['tool tool-zalo', 'tool tool-facebook']) {
        const tag = new RegExp(`<a [^>]*class="${cls}"[^>]*>`);
        assert.equal(attributeOf(html, tag, 'rel'), 'noopener noreferrer', cls);
        assert.equal(attributeOf(html, tag, 'target'), '_blank', cls);
        assert.match(attributeOf(html, tag, 'aria-label')!, /mở cửa sổ mới/, cls);
      }
      assert.match(html, /<svg class="tool-icon"[^>]*aria-hidden="true"/);
    });

    it('hides the buttons that need a script and shows the link in a field instead', () => {
      assert.match(html, /<button type="button" class="tool" data-copy-link="[^"]+" hidden="">/);
      assert.equal(attributeOf(html, /<button [^>]*data-copy-link=[^>]*>/, 'data-copy-link'), url);
      assert.match(html, /<div class="text-size" role="group" aria-label="Cỡ chữ" data-text-size="true" hidden="">/);
      assert.match(html, /data-action="print" hidden=""/);
      assert.equal(attributeOf(html, /<input id="article-link"[^>]*>/, 'value'), url);
      assert.match(html, /<label for="article-link">Liên kết bài viết<\/label>/);
      for (const name of ['A− (chữ nhỏ hơn)', 'A (cỡ chữ mặc định)', 'A+ (chữ to hơn)'])
        assert.ok(html.includes(`aria-label="${name}"`), name);
    });

    it('prints the site name and the full URL of the article on paper', () => {
      const printed = html.match(/<p class="print-only print-site">(.*?)<\/p>/)?.[1] ?? '';
      assert.match(printed, /Cổng thông tin điện tử/);
      assert.match(printed, /Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai/);
      assert.equal(html.match(/<p class="print-only print-source">Nguồn: ([^<]+)<\/p>/)?.[1], url);
      const h1 = html.indexOf('<h1>');
      assert.ok(h1 > 0 && html.indexOf('print-source') > h1, 'the URL comes after the title');
    });

    it('loads nothing from another site and keeps the strict CSP', async () => {
      const res = await t.request(new URL(url).pathname);
      const csp = res.headers.get('content-security-policy')!;
      assert.match(csp, /default-src 'self'/);
      assert.doesNotMatch(csp, /zalo|facebook|unsafe-inline|\*/);
      const loaded = [...html.matchAll(/<(?:script|img|link|iframe)\b[^>]*\s(?:src|href)="([^"]*)"/g)]
        .filter((m) => !/rel="(?:canonical|alternate)"/.test(m[0]))
        .map((m) => m[1]!);
      assert.ok(loaded.length >= 3);
      for (const src of loaded) assert.ok(src.startsWith('/'), `same-origin: ${src}`);
      assert.doesNotMatch(html, /<iframe|sdk\.js/);
    });

    it('lists every category with its count and newest articles, and the fixed pages, on /so-do-trang', async () => {
      const res = await t.request('/so-do-trang');
      assert.equal(res.status, 200);
      const map = await res.text();
      assert.match(map, /<title>Sơ đồ trang - /);
      assert.match(map, /<h1>Sơ đồ trang<\/h1>/);
      for (const category of await t.articles.listCategories()) {
        const count = await t.articles.countPublished(category.id);
        assert.ok(map.includes(`<a href="${category.url}">${category.name}</a>`), category.name);
        assert.ok(map.includes(`(${count} bài viết)`), `${category.name}: ${count}`);
        const [newest] = await t.articles.listLatest({ categoryId: category.id, limit: 1 });
        assert.ok(map.includes(`href="${newest!.url}"`), `newest of ${category.name}`);
      }
      for (const path of [
        '/',
        '/tim-kiem',
        '/gioi-thieu',
        '/lien-he',
        '/thong-ke',
        '/rss.xml',
        '/sitemap.xml',
        '/dang-nhap',
      ])
        assert.ok(map.includes(`<li><a href="${path}">`), path);
      assert.ok(map.includes(`<link rel="canonical" href="${SITE}/so-do-trang"/>`));
    });

    it('serves the site map from the page cache and renews it when content changes', async () => {
      const first = await t.request('/so-do-trang');
      const etag = first.headers.get('etag')!;
      assert.ok(etag);
      assert.equal((await t.request('/so-do-trang', { headers: { 'if-none-match': etag } })).status, 304);
      const category = (await t.articles.findCategory('tuyen-truyen'))!;
      const before = await t.articles.countPublished(category.id);
      await t.articles.createArticle({
        title: 'Bài mới cho sơ đồ trang',
        lead: 'Tin.',
        bodyHtml: '<p>Tin.</p>',
        author: 'PV',
        categoryId: category.id,
        status: 'published',
        publishedAt: '2026-11-27T01:00:00Z',
      });
      const map = await (await t.request('/so-do-trang')).text();
      assert.match(map, /Bài mới cho sơ đồ trang/);
      assert.ok(map.includes(`(${before + 1} bài viết)`));
    });

    it('counts a visit to the site map like any public page', async () => {
      const pageviews = async () =>
        Number(
          (await sql<{ n: number | null }>`select sum(pageviews) as n from stats_daily`.execute(t.db)).rows[0]?.n ?? 0,
        );
      const before = await pageviews();
      assert.equal((await postHit(t, { path: '/so-do-trang' })).status, 200);
      assert.equal(await pageviews(), before + 1, 'the site map is a page view');
      await postHit(t, { path: '/so-do-trang-gia' });
      assert.equal(await pageviews(), before + 1, 'a path that is no page is not');
    });

    it('links the site map from the footer of every public page', async () => {
      for (const path of ['/', '/chuyen-muc/tin-hoat-dong', new URL(url).pathname, '/so-do-trang', '/gioi-thieu']) {
        const page = await (await t.request(path)).text();
        const footer = page.slice(page.indexOf('<footer'));
        assert.ok(footer.includes('<a href="/so-do-trang">Sơ đồ trang</a>'), path);
      }
    });
  });
}

// /tim-kiem finds the morning briefs, events and documents as well as articles, each marked with
// its kind, and /sitemap.xml lists their pages; on the demo content, on both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The search page's block of other kinds: [kind label, link] per hit. */
function otherHits(html: string): Array<{ kind: string; href: string }> {
  const start = html.indexOf('class="other-kinds"');
  if (start === -1) return [];
  const block = html.slice(start, html.indexOf('</section>', start));
  return [...block.matchAll(/<span class="kind-badge[^"]*">([^<]+)<\/span>\s*<a href="([^"]+)"/g)].map((m) => ({
    kind: m[1]!,
    href: m[2]!,
  }));
}

for (const dialect of dialectsUnderTest()) {
  describe(`search and sitemap with briefs, events and documents [${dialect}]`, () => {
    let t: TestApp;
    const search = async (q: string) => {
      const res = await t.request(`/tim-kiem?q=${encodeURIComponent(q)}`);
      assert.equal(res.status, 200, q);
      return res.text();
    };
    before(async () => {
      t = await startTestApp(dialect);
    });
    after(() => t.dispose());

    it('finds a document by its number typed loosely, marked "Văn bản", above the articles that cite it', async () => {
      const html = await search('17 da tu');
      const hits = otherHits(html);
      assert.ok(
        hits.some((h) => h.kind === 'Văn bản' && /^\/van-ban\/[a-z0-9-]+$/.test(h.href)),
        JSON.stringify(hits),
      );
      assert.ok(html.indexOf('class="other-kinds"') < html.indexOf('class="article-list"'), 'other kinds first');
    });

    it('finds a morning brief by an outside item it carries, marked "Điểm tin"', async () => {
      const hits = otherHits(await search('chuyen doi so'));
      assert.ok(
        hits.some((h) => h.kind === 'Điểm tin' && /^\/diem-tin\/\d{4}-\d{2}-\d{2}$/.test(h.href)),
        JSON.stringify(hits),
      );
    });

    it('finds an event by its title without diacritics, marked "Sự kiện", and its page answers', async () => {
      const hits = otherHits(await search('bi thu chi bo gioi'));
      const event = hits.find((h) => h.kind === 'Sự kiện');
      assert.ok(event, JSON.stringify(hits));
      assert.equal((await t.request(event.href)).status, 200);
    });

    it('shows no block of other kinds when nothing of theirs matches, and words only a brief has still find it', async () => {
      const none = await search('xyzzy khong co');
      assert.deepEqual(otherHits(none), []);
      assert.match(none, /Không tìm thấy bài viết nào phù hợp/);
      // Only on page 1: page 2 of the articles is about the articles.
      const page2 = await t.request('/tim-kiem?q=dang&trang=2');
      assert.equal(page2.status, 200);
      assert.deepEqual(otherHits(await page2.text()), []);
    });

    it('lists the briefs, events and documents in sitemap.xml, and each listed page answers', async () => {
      const xml = await (await t.request('/sitemap.xml')).text();
      const paths = [...xml.matchAll(/<loc>https:\/\/congtin\.test([^<]*)<\/loc>/g)].map((m) => decodeURI(m[1]!));
      for (const pattern of [/^\/diem-tin\/\d{4}-\d{2}-\d{2}$/, /^\/su-kien\/[a-z0-9-]+$/, /^\/van-ban\/[a-z0-9-]+$/]) {
        const found = paths.filter((p) => pattern.test(p));
        assert.ok(found.length > 0, String(pattern));
        assert.equal((await t.request(found[0]!)).status, 200, found[0]);
      }
      assert.ok(paths.filter((p) => /^\/diem-tin\/\d/.test(p)).length >= 28, 'thirty days, two missed');
    });
  });
}

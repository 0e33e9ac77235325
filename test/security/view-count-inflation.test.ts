// Regression tests for the ways an attacker inflated the visit counters and article views, or read
// the views of articles readers cannot see, through the beacon (POST /api/v1/hit, GET hit.gif).
// Each test is named after what the attack tries; all run on SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { dialectsUnderTest } from '../support/databases.js';
import { DEMO_ACCOUNT } from '../support/newsroom.js';
import { BROWSER_UA, postHit, startTestApp, type TestApp } from '../support/test-app.js';

const HOUR = 3_600_000;

interface Answer {
  online: number;
  today: number;
  week: number;
  total: number;
  views?: number;
}

for (const dialect of dialectsUnderTest()) {
  describe(`view-count inflation [${dialect}]`, () => {
    let t: TestApp;
    let slug: string;
    const hitFrom = async (ip: string, path: string, headers: Record<string, string> = {}) => {
      const res = await postHit(t, { path }, { 'x-forwarded-for': ip, ...headers });
      assert.equal(res.status, 200, `${path}: ${res.status}`);
      return (await res.json()) as Answer;
    };
    const pixelFrom = (ip: string, path: string, headers: Record<string, string> = {}) =>
      t.request(`/api/v1/hit.gif?path=${encodeURIComponent(path)}`, {
        headers: { 'user-agent': BROWSER_UA, 'x-forwarded-for': ip, ...headers },
      });
    const stats = async () => (await (await t.request('/api/v1/stats')).json()) as Answer;
    const pageviews = async () =>
      Number(
        (await sql<{ n: number | null }>`select sum(pageviews) as n from stats_daily`.execute(t.db)).rows[0]?.n ?? 0,
      );
    const viewsOf = async (articleSlug: string) =>
      Number(
        (await t.db.selectFrom('articles').select('views').where('slug', '=', articleSlug).executeTakeFirstOrThrow())
          .views,
      );
    const dailyViewsOf = async (articleSlug: string) =>
      Number(
        (
          await sql<{
            n: number | null;
          }>`select sum(d.views) as n from article_views_daily d join articles a on a.id = d.article_id where a.slug = ${articleSlug}`.execute(
            t.db,
          )
        ).rows[0]?.n ?? 0,
      );

    before(async () => {
      t = await startTestApp(dialect, {
        now: '2026-11-27T03:00:00Z',
        env: { TRUST_PROXY: '127.0.0.1', STATS_START_TOTAL: '0' },
      });
      slug = (await t.articles.listLatest({ limit: 1 }))[0]!.slug;
    });
    after(() => t.dispose());

    it('adds ?v=1…50 to an article path: one view, not fifty', async () => {
      const before = await viewsOf(slug);
      let last: Answer | undefined;
      for (let v = 1; v <= 50; v++) last = await hitFrom('198.51.100.1', `/tin-tuc/${slug}?v=${v}`);
      assert.equal(last?.views, before + 1);
      assert.equal(await viewsOf(slug), before + 1);
    });

    it('varies the article path by trailing slash, fragment and percent-encoding: still one view', async () => {
      const before = await viewsOf(slug);
      const encoded = `/tin-tuc/${[...slug].map((ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`).join('')}`;
      const variants = [
        `/tin-tuc/${slug}`,
        `/tin-tuc/${slug}/`,
        `/tin-tuc/${slug}#binh-luan`,
        encoded,
        `/tin-tuc/${slug}//`,
        `/tin-tuc/${slug}/?a=1#b`,
      ];
      const answers: Answer[] = [];
      for (const path of variants) answers.push(await hitFrom('198.51.100.2', path));
      assert.deepEqual(
        answers.map((a) => a.views),
        variants.map(() => before + 1),
        'every variant is the same article, viewed once',
      );
      for (const path of variants) assert.equal((await pixelFrom('198.51.100.2', path)).status, 200);
      assert.equal(await viewsOf(slug), before + 1);
    });

    it('posts paths that are not public pages: no visit, no page view, no article view', async () => {
      const beforeStats = await stats();
      const beforeViews = await pageviews();
      const notPages = [
        '/khong-ton-tai',
        '/quan-tri/bai-viet',
        '/api/v1/stats',
        '/tep-tin/2026/11/bao-cao.pdf',
        '/assets/site.js',
        '/favicon.ico',
        '/tin-tuc/khong-co-bai-nay',
        `/tin-tuc/${slug}/sua`,
        '/tin-tuc/%C4%91ang-uy',
        '/tin-tuc/đang-uy',
        '/tin-tuc/%E0%A4%A',
        '/dang-nhap',
      ];
      for (const [i, path] of notPages.entries()) {
        const answer = await hitFrom(`198.51.100.${10 + i}`, path);
        assert.equal(answer.views, undefined, path);
        assert.equal((await pixelFrom(`198.51.100.${10 + i}`, path)).status, 200, path);
      }
      assert.deepEqual(await stats(), beforeStats);
      assert.equal(await pageviews(), beforeViews);
      // The rule still lets every public page count.
      const pages = [
        '/',
        '/gioi-thieu/',
        '/tim-kiem?q=dang',
        '/chuyen-muc/tin-hoat-dong',
        '/thong-ke',
        '/diem-tin/2026-11-27',
        '/en/about',
      ];
      for (const path of pages) await hitFrom('198.51.100.40', path);
      assert.equal((await stats()).total, beforeStats.total + 1, 'one reader, one visit');
      assert.equal(await pageviews(), beforeViews + pages.length);
    });

    it('asks for the views of a draft, a secret article and an expired one: no answer, nothing written', async () => {
      const editor = (await t.accounts.service.listUsers()).find((u) => u.email === DEMO_ACCOUNT.editor)!;
      const ctx = {
        actor: { id: editor.id, name: editor.name, email: editor.email, roles: editor.roles },
        requestId: crypto.randomUUID(),
      };
      const categoryId = (await t.articles.listCategories())[0]!.id;
      const write = (title: string, extra: object = {}, action: 'save' | 'publish' = 'save') =>
        t.newsroom.create(ctx, { title, lead: '', bodyHtml: '<p>Nội dung</p>', categoryId, ...extra }, { action });
      const draft = await write('Bản nháp chưa duyệt');
      const secret = await write('Báo cáo mật về nhân sự', { classification: 'secret' });
      const expiring = await write(
        'Thông báo sắp hết hạn',
        { expiresAt: new Date(t.clock.now().getTime() + HOUR) },
        'publish',
      );
      assert.equal((await hitFrom('198.51.100.50', `/tin-tuc/${expiring.slug}`)).views, 1, 'counted while it is out');
      t.clock.advance(2 * HOUR);

      const beforeStats = await stats();
      for (const [i, article] of [draft, secret, expiring].entries()) {
        const answer = await hitFrom(`198.51.100.${51 + i}`, `/tin-tuc/${article.slug}`);
        assert.equal(answer.views, undefined, article.title);
        assert.equal((await pixelFrom(`198.51.100.${51 + i}`, `/tin-tuc/${article.slug}`)).status, 200);
      }
      assert.deepEqual(await stats(), beforeStats, 'no visit for a page readers cannot open');
      assert.deepEqual(
        [await viewsOf(draft.slug), await viewsOf(secret.slug), await viewsOf(expiring.slug)],
        [0, 0, 1],
      );
      assert.deepEqual(
        [await dailyViewsOf(draft.slug), await dailyViewsOf(secret.slug), await dailyViewsOf(expiring.slug)],
        [0, 0, 1],
      );
    });

    it('sends 300 user agents from one address: at most 60 new visitors in 10 minutes', async () => {
      const before = await stats();
      for (let i = 0; i < 300; i++) {
        const answer = await hitFrom('203.0.113.7', '/', { 'user-agent': `${BROWSER_UA} n${i}` });
        assert.equal(typeof answer.total, 'number', 'every hit still gets the counters');
      }
      assert.equal((await stats()).total, before.total + 60);
      // An admitted reader keeps being counted, a reader at another address is not held back.
      const views = await pageviews();
      await hitFrom('203.0.113.7', '/gioi-thieu', { 'user-agent': `${BROWSER_UA} n0` });
      assert.equal(await pageviews(), views + 1);
      await hitFrom('203.0.113.8', '/');
      assert.equal((await stats()).total, before.total + 61);
      // A new window admits new readers again.
      t.clock.advance(10 * 60_000);
      await hitFrom('203.0.113.7', '/', { 'user-agent': `${BROWSER_UA} n299` });
      assert.equal((await stats()).total, before.total + 62);
      // Readers are told the rule.
      t.pageCache.invalidateAll();
      assert.match(await (await t.request('/thong-ke')).text(), /tối đa 60 người đọc mới trong mỗi 10 phút/);
    });

    it('embeds hit.gif or the beacon in another site: answered, not counted', async () => {
      const before = await stats();
      const pixel = await pixelFrom('198.51.100.70', '/', {
        'sec-fetch-site': 'cross-site',
        referer: 'https://tin-gia.example/trang',
      });
      assert.equal(pixel.status, 200);
      assert.equal(pixel.headers.get('content-type'), 'image/gif');
      assert.equal((await pixelFrom('198.51.100.71', '/', { referer: 'https://tin-gia.example/trang' })).status, 200);
      assert.equal((await pixelFrom('198.51.100.72', '/', { 'sec-fetch-site': 'cross-site' })).status, 200);
      assert.equal(
        (await pixelFrom('198.51.100.73', '/', { referer: 'https://congtin.test.tin-gia.example/' })).status,
        200,
      );
      const beacon = await hitFrom('198.51.100.74', '/', {
        'sec-fetch-site': 'cross-site',
        origin: 'https://tin-gia.example',
      });
      assert.equal(beacon.total, before.total);
      await hitFrom('198.51.100.75', '/', { referer: 'http://congtin.test/' });
      assert.deepEqual(await stats(), before);
      // This site's own pages, and requests without the headers, count as before.
      await pixelFrom('198.51.100.76', '/', {
        'sec-fetch-site': 'same-origin',
        referer: 'https://congtin.test/tin-tuc/abc',
      });
      await hitFrom('198.51.100.77', '/', { 'sec-fetch-site': 'same-origin', referer: 'https://congtin.test/' });
      await hitFrom('198.51.100.78', '/', { 'sec-fetch-site': 'none' });
      await hitFrom('198.51.100.79', '/');
      assert.equal((await stats()).total, before.total + 4);
    });
  });
}

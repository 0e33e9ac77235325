// The public pages keep the menu and the article lists in memory while the content stays. A change
// made where this node cannot see it (another node, an import, a restore: here, a write straight
// to the database) must still reach its pages within 250 ms, the site's name too; a scheduled
// article must appear, and an expired one go, at its time with no write at all; likewise what
// search keeps of the briefs, events and documents. The counters' view counts and an event's
// registrations must not throw the lists away. On SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { ARTICLE_COLUMNS_SHOWN } from '../../src/migrations/029-content-version.js';
import { EVENT_COLUMNS_SHOWN } from '../../src/migrations/030-listed-content-version.js';
import { addArticleViews } from '../../src/modules/articles/index.js';
import { readContentVersion } from '../../src/modules/site/index.js';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const NOW = '2026-12-01T03:00:00.000Z';

for (const dialect of dialectsUnderTest()) {
  describe(`shared blocks of the public pages [${dialect}]`, () => {
    let t: TestApp;
    let categoryId: number;
    const page = async (path: string) => (await t.request(path)).text();
    const add = (title: string, extra: { publishedAt?: string } = {}) =>
      t.articles.createArticle({
        title,
        lead: 'Tin hoạt động của các chi bộ.',
        bodyHtml: '<p>Nội dung.</p>',
        author: 'PV',
        categoryId,
        status: 'published',
        publishedAt: extra.publishedAt ?? '2026-11-30T01:00:00.000Z',
      });
    /** Past the interval after which a node checks the content version again. */
    const later = () => t.clock.advance(250);

    before(async () => {
      t = await startTestApp(dialect, { env: { DEMO_CONTENT: '0', PAGE_CACHE_SECONDS: '0' }, now: NOW });
      categoryId = await t.articles.createCategory({ name: 'Tin hoạt động' });
      await add('Hội nghị sơ kết công tác Đảng quý IV');
      await add('Chi bộ Sở Tài chính sinh hoạt chuyên đề');
    });
    after(() => t.dispose());

    it("shows another writer's new category name in every page's menu", async () => {
      assert.match(await page('/'), />Tin hoạt động</);
      await t.db.updateTable('categories').set({ name: 'Tin Đảng bộ Khối' }).where('id', '=', categoryId).execute();
      later();
      const home = await page('/');
      assert.match(home, />Tin Đảng bộ Khối</);
      assert.doesNotMatch(home, />Tin hoạt động</);
    });

    it("shows another writer's change to an article in the lists", async () => {
      const { slug } = await t.db.selectFrom('articles').select('slug').orderBy('id').executeTakeFirstOrThrow();
      await page(`/tin-tuc/${slug}`);
      await t.db
        .updateTable('articles')
        .set({ title: 'Hội nghị tổng kết công tác Đảng năm 2026' })
        .where('slug', '=', slug)
        .execute();
      later();
      assert.match(await page('/'), /Hội nghị tổng kết công tác Đảng năm 2026/);
      const other = await t.db
        .selectFrom('articles')
        .select('slug')
        .where('slug', '!=', slug)
        .executeTakeFirstOrThrow();
      assert.match(
        await page(`/tin-tuc/${other.slug}`),
        /Tin liên quan[\s\S]*Hội nghị tổng kết công tác Đảng năm 2026/,
      );
    });

    it("shows the site's name saved through another node in the header", async () => {
      await t.db
        .updateTable('site_settings')
        .set({ value: 'Cổng tin Đảng bộ Khối' })
        .where('key', '=', 'name')
        .execute();
      later();
      assert.match(await page('/'), /<span class="brand-name"[^>]*>Cổng tin Đảng bộ Khối</);
    });

    it('brings a scheduled article in at its time and takes an expired one out, with no write', async () => {
      await add('Kế hoạch học tập Nghị quyết đầu năm', { publishedAt: '2026-12-01T03:10:00.000Z' });
      await t.db
        .updateTable('articles')
        .set({ expires_at: '2026-12-01T03:20:00.000Z' })
        .where('title', '=', 'Chi bộ Sở Tài chính sinh hoạt chuyên đề')
        .execute();
      const first = await page('/');
      assert.doesNotMatch(first, /Kế hoạch học tập Nghị quyết/);
      assert.match(first, /Chi bộ Sở Tài chính sinh hoạt chuyên đề/);
      t.clock.set('2026-12-01T03:10:00.000Z');
      assert.match(await page('/'), /Kế hoạch học tập Nghị quyết/);
      t.clock.set('2026-12-01T03:20:00.000Z');
      assert.doesNotMatch(await page('/'), /Chi bộ Sở Tài chính sinh hoạt chuyên đề/);
    });

    it('counts the version up at every change the pages could show, not at view counts', async () => {
      const before = await readContentVersion(t.db);
      const { id, views } = await t.db.selectFrom('articles').select(['id', 'views']).executeTakeFirstOrThrow();
      await t.db.transaction().execute((trx) => addArticleViews(trx, new Map([[id, 5]])));
      const after = await t.db.selectFrom('articles').select('views').where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(Number(after.views), Number(views) + 5);
      assert.equal(await readContentVersion(t.db), before, 'view counts leave it');
      await t.db.updateTable('articles').set({ featured: 1 }).where('id', '=', id).execute();
      assert.notEqual(await readContentVersion(t.db), before);
    });

    it("finds another writer's new brief, event and document in search, not before", async () => {
      const otherKinds = async () => {
        const html = await page('/tim-kiem?q=hoi+thao+kinh+te+so');
        return [...html.matchAll(/<span class="kind-badge[^"]*">([^<]+)<\/span>/g)].map((m) => m[1]).sort();
      };
      assert.deepEqual(await otherKinds(), [], 'nothing of theirs yet (and what search keeps is read now)');
      const at = '2026-11-30T01:00:00.000Z';
      const words = 'hoi thao kinh te so';
      await t.db
        .insertInto('briefs')
        .values({
          ...{ day: '2026-11-30', intro: 'Hội thảo kinh tế số', items: '[]', status: 'published', version: 1 },
          ...{ search_f: words, created_at: at, updated_at: at, published_at: at },
        })
        .execute();
      await t.db
        .insertInto('events')
        .values({
          ...{ title: 'Hội thảo kinh tế số', kind: 'seminar', starts_at: at, ends_at: at, search_f: words },
          ...{ place: '', description: '' },
          ...{ published: 1, created_at: at, updated_at: at },
        })
        .execute();
      await t.db
        .insertInto('documents')
        .values({
          ...{ slug: '9-kh-duk', number: '9-KH/ĐUK', number_key: '9khduk', kind: 'ke-hoach', issuer: 'ĐUK' },
          ...{ issued_on: '2026-11-30', year: 2026, title: 'Hội thảo kinh tế số', title_f: words },
          ...{ summary: '', created_at: at, updated_at: at },
        })
        .execute();
      later();
      assert.deepEqual(await otherKinds(), ['Sự kiện', 'Văn bản', 'Điểm tin']);
    });

    it('leaves the version alone when a reader registers for an event (the count search never shows)', async () => {
      const before = await readContentVersion(t.db);
      await t.db.updateTable('events').set({ registered_count: 3 }).execute();
      assert.equal(await readContentVersion(t.db), before);
      await t.db.updateTable('events').set({ place: 'Hội trường tầng 3' }).execute();
      assert.notEqual(await readContentVersion(t.db), before);
    });

    const columnsOf = async (table: string) =>
      (dialect === 'sqlite'
        ? (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(t.db)).rows
        : (
            await sql<{ name: string }>`select column_name as name from information_schema.columns
                where table_schema = current_schema() and table_name = ${table}`.execute(t.db)
          ).rows
      )
        .map((c) => c.name)
        .sort();

    it('watches every column of articles but the view count, of events but the registrations', async () => {
      assert.deepEqual(
        (await columnsOf('articles')).filter((c) => c !== 'views'),
        [...ARTICLE_COLUMNS_SHOWN].sort(),
      );
      assert.deepEqual(
        (await columnsOf('events')).filter((c) => c !== 'registered_count'),
        [...EVENT_COLUMNS_SHOWN].sort(),
      );
    });
  });
}

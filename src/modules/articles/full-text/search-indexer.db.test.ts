// The search index follows the articles through a queue: a long backlog is worked off in the
// background, and whatever order the changes came in, and however many nodes drained them at
// once, the index ends up byte for byte the one built from scratch. On SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../../../../test/support/databases.js';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { inlineWork, type WorkPool } from '../../../platform/workers/work-pool.js';
import { parseSearchQuery } from './search-query.js';
import { createSearchIndexer, INLINE_QUEUE } from './search-indexer.js';
import { createFullTextSearch } from './create-search.js';

const NOW = '2026-12-01T00:00:00Z';

for (const dialect of dialectsUnderTest()) {
  describe(`search index [${dialect}]`, () => {
    let t: TestApp;
    let categoryId: number;
    const add = (title: string, body: string, status: 'published' | 'draft' = 'published') =>
      t.articles.createArticle({
        title,
        lead: 'Tin hoạt động.',
        bodyHtml: `<p>${body}</p>`,
        author: 'PV',
        categoryId,
        status,
        publishedAt: '2026-11-01T02:00:00Z',
      });
    const snapshot = async () => ({
      postings: (
        await t.db
          .selectFrom('search_postings')
          .select(['term', 'block', 'data'])
          .orderBy('term')
          .orderBy('block')
          .execute()
      ).map((r) => `${r.term}/${r.block}/${Buffer.from(r.data).toString('hex')}`),
      docs: await t.db.selectFrom('search_docs').selectAll().orderBy('article_id').execute(),
      documents: (await t.db.selectFrom('search_stats').select('documents').executeTakeFirst())?.documents ?? 0,
    });

    before(async () => {
      t = await startTestApp(dialect, { env: { DEMO_CONTENT: '0' } });
      categoryId = await t.articles.createCategory({ name: 'Tin hoạt động' });
    });
    after(() => t.dispose());

    it('works off a long backlog in the background, answering from the index as it stands meanwhile', async () => {
      // This node's indexer weighs big batches on a worker pool that waits until the test lets it.
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const gatedWork: WorkPool = {
        run: async (task, input) => {
          await gate;
          return task.run(input);
        },
        close: async () => {},
      };
      const indexer = createSearchIndexer({ db: t.db, dialect: t.dialect, work: gatedWork });
      const search = createFullTextSearch(t.db, indexer);
      await t.searchIndexer.stop(); // the app's own indexer stays out of it
      const body = 'Nội dung buổi sinh hoạt chuyên đề của chi bộ. '.repeat(4);
      for (let i = 0; i < INLINE_QUEUE + 40; i++) await add(`Chi bộ số ${i} sinh hoạt chuyên đề`, body);
      const query = parseSearchQuery('sinh hoat chuyen de');
      const early = await search.search(query, { limit: 10, offset: 0, nowIso: NOW });
      assert.equal(early.total, 0, 'more changes wait than a search drains itself: it does not wait for them');
      release();
      await indexer.drainAll();
      assert.equal((await search.search(query, { limit: 10, offset: 0, nowIso: NOW })).total, INLINE_QUEUE + 40);
      t.searchIndexer.start();
    });

    it('indexes a saved article at once, before any search and well before the next poll', async () => {
      await t.searchIndexer.drainAll();
      await add('Chi bộ Sở Y tế kết nạp đảng viên mới', 'Lễ kết nạp trang trọng.');
      const queued = async () =>
        Number(
          (
            await t.db
              .selectFrom('search_dirty')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const started = Date.now();
      while ((await queued()) > 0 && Date.now() - started < 1500) await new Promise((r) => setTimeout(r, 10));
      assert.equal(await queued(), 0, 'the queue is empty without a search');
      assert.ok(
        Date.now() - started < 1000,
        `drained ${Date.now() - started} ms after the save (the poll is every 2 s)`,
      );
    });

    it("never answers from one node's memory what another node's change made stale", async () => {
      const nodeA = createFullTextSearch(t.db, t.searchIndexer);
      const nodeB = createFullTextSearch(t.db, createSearchIndexer({ db: t.db, dialect: t.dialect, work: inlineWork }));
      const find = async (node: typeof nodeA, q: string) =>
        (await node.search(parseSearchQuery(q), { limit: 10, offset: 0, nowIso: NOW })).total;
      const before = await find(nodeA, 'chi bo so');
      assert.equal(await find(nodeA, 'chi bo so'), before, 'the same answer from memory');
      await add('Chi bộ số 1000 kết nạp đảng viên', 'Tin mới.');
      assert.equal(await find(nodeB, 'chi bo so'), before + 1, 'node B indexes the change and finds it');
      assert.equal(await find(nodeA, 'chi bo so'), before + 1, 'node A sees the new generation and reads again');
    });

    it('ends identical to an index built from scratch, after edits, unpublishing, deletes and two nodes draining at once', async () => {
      const ids: number[] = [];
      for (let i = 0; i < 80; i++)
        ids.push((await add(`Hội nghị lần ${i} của Đảng ủy`, `Lào Cai ${'tin '.repeat(i)}`)).id);
      // An article far away in the id space, in another block of the index.
      const template = await t.db
        .selectFrom('articles')
        .selectAll()
        .where('id', '=', ids[0]!)
        .executeTakeFirstOrThrow();
      await t.db
        .insertInto('articles')
        .values({ ...template, id: 9000, slug: 'bai-xa', title_f: 'bai o khoi khac lao cai' })
        .execute();
      await t.db.updateTable('articles').set({ title_f: 'hop bao thuong ky' }).where('id', '=', ids[3]!).execute();
      await t.db.updateTable('articles').set({ status: 'draft' }).where('id', '=', ids[5]!).execute();
      await t.db.deleteFrom('articles').where('id', '=', ids[7]!).execute();
      await add('Bài nháp không được tìm thấy', 'Lào Cai', 'draft');

      const secondNode = createSearchIndexer({ db: t.db, dialect: t.dialect, work: inlineWork });
      await Promise.all([t.searchIndexer.drainAll(), secondNode.drainAll(), t.searchIndexer.drainAll()]);
      const incremental = await snapshot();
      // The earlier tests' articles (the backlog, the saved one, the other node's), these, less the two taken out.
      assert.equal(incremental.documents, INLINE_QUEUE + 40 + 1 + 1 + 80 + 1 - 2, 'published articles only, each once');

      await t.db.deleteFrom('search_postings').execute();
      await t.db.deleteFrom('search_docs').execute();
      await t.db.deleteFrom('search_stats').execute();
      await t.db
        .insertInto('search_dirty')
        .columns(['article_id'])
        .expression(t.db.selectFrom('articles').select('id').where('status', '=', 'published'))
        .execute();
      await t.searchIndexer.drainAll();
      assert.deepEqual(await snapshot(), incremental);

      const search = createFullTextSearch(t.db, t.searchIndexer);
      const found = async (q: string) =>
        (await search.search(parseSearchQuery(q), { limit: 100, offset: 0, nowIso: NOW })).ids;
      assert.ok((await found('lao cai')).includes(9000));
      assert.ok((await found('hop bao thuong ky')).includes(ids[3]!));
      assert.ok(!(await found('hoi nghi lan 3')).includes(ids[3]!), 'the old title is forgotten');
      assert.ok(!(await found('lao cai')).includes(ids[5]!), 'unpublished');
      assert.ok(!(await found('lao cai')).includes(ids[7]!), 'deleted');
    });
  });
}

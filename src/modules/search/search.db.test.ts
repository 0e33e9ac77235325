// The same search cases on SQLite FTS5 and PostgreSQL tsvector, through the public page and API.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../../../test/support/databases.js';
import { assertErrorSummary } from '../../../test/support/error-summary.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';

interface ApiAnswer {
  items: Array<{
    id: number;
    slug: string;
    title: string;
    url: string;
    views: number;
    publishedAt: string;
    author: string;
    lead: string;
  }>;
  total: number;
  page: number;
}

for (const dialect of dialectsUnderTest()) {
  describe(`search [${dialect}]`, () => {
    let t: TestApp;
    const api = async (q: string, extra = '') => {
      const res = await t.request(`/api/v1/articles?q=${encodeURIComponent(q)}${extra}`);
      assert.equal(res.status, 200, `status for ${q}`);
      return (await res.json()) as ApiAnswer;
    };

    before(async () => {
      t = await startTestApp(dialect, { env: { DEMO_CONTENT: '0' } });
      const categoryId = await t.articles.createCategory({ name: 'Tin hoạt động' });
      const publishedAt = '2026-11-01T02:00:00Z';
      const add = (
        title: string,
        lead: string,
        body: string,
        at = publishedAt,
        status: 'published' | 'draft' = 'published',
      ) =>
        t.articles.createArticle({
          title,
          lead,
          bodyHtml: `<p>${body}</p>`,
          author: 'Phóng viên',
          categoryId,
          status,
          publishedAt: at,
        });
      await add(
        'Đảng ủy Khối tỉnh Lào Cai tổng kết năm',
        'Hội nghị tổng kết công tác xây dựng Đảng.',
        'Các đại biểu thảo luận sôi nổi.',
      );
      await add(
        'Hội nghị báo cáo viên tháng 11',
        'Thông tin thời sự cho báo cáo viên.',
        'Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai chủ trì hội nghị.',
        '2026-11-02T02:00:00Z',
      );
      await add(
        'Người lao động ở Si Ma Cai',
        'Đảng ủy cơ sở chăm lo cho người lao động.',
        'Người lao động, lao động trẻ, lao động nữ: lao động là trung tâm. Đảng ủy đồng hành.',
        '2026-11-03T02:00:00Z',
      );
      await add('Tổ hoà giải ở cơ sở', 'Gương người tốt việc tốt.', 'Công tác hoà giải được duy trì.');
      await add('Hòa nhập cộng đồng', 'Hỗ trợ người khuyết tật.', 'Các em học sinh học hòa nhập.');
      await add('Bài nháp về Lào Cai', 'Chưa xuất bản.', 'Không được hiện khi tìm kiếm.', publishedAt, 'draft');
      await add('Bài hẹn giờ về Lào Cai', 'Xuất bản trong tương lai.', 'Chưa đến giờ.', '2027-01-01T00:00:00Z');
      for (let i = 1; i <= 12; i++)
        await add(
          `Lớp bồi dưỡng nhận thức về Đảng khóa ${i}`,
          'Lớp học cho quần chúng ưu tú.',
          'Học viên nghiêm túc.',
          `2026-10-${String(i).padStart(2, '0')}T02:00:00Z`,
        );
    });
    after(() => t.dispose());

    it('finds accented text from a query without diacritics, title matches first', async () => {
      const result = await api('dang uy lao cai');
      assert.deepEqual(
        result.items.map((i) => i.title),
        ['Đảng ủy Khối tỉnh Lào Cai tổng kết năm', 'Hội nghị báo cáo viên tháng 11', 'Người lao động ở Si Ma Cai'],
        'titles holding every word first; then "Đảng ủy … Lào Cai" in a body before a newer article with the words apart, however often it repeats them',
      );
    });

    it('treats hoà and hòa alike, and accepts decomposed (NFD) input', async () => {
      const a = await api('hoà');
      const b = await api('hòa');
      const c = await api('hòa'.normalize('NFD'));
      assert.deepEqual(a.items.map((i) => i.id).sort(), b.items.map((i) => i.id).sort());
      assert.deepEqual(b.items.map((i) => i.id).sort(), c.items.map((i) => i.id).sort());
      assert.equal(a.total, 2);
    });

    it('matches the last word as a prefix', async () => {
      assert.equal((await api('lao ca')).total, 3);
      assert.equal((await api('boi duo')).total, 12);
    });

    it('never shows drafts or articles scheduled for later', async () => {
      const result = await api('lao cai');
      assert.ok(result.items.every((i) => !i.title.startsWith('Bài')));
    });

    it('follows an article in and out of publication', async () => {
      const category = (await t.articles.listCategories())[0]!;
      const { id } = await t.articles.createArticle({
        title: 'Chi bộ Sở Xây dựng sinh hoạt chuyên đề',
        lead: 'Tin.',
        bodyHtml: '<p>Nội dung.</p>',
        author: 'PV',
        categoryId: category.id,
        status: 'draft',
      });
      assert.equal((await api('sinh hoat chuyen de')).total, 0, 'a draft is not found');
      await t.db
        .updateTable('articles')
        .set({ status: 'published', published_at: '2026-11-05T02:00:00Z' })
        .where('id', '=', id)
        .execute();
      assert.equal((await api('sinh hoat chuyen de')).total, 1, 'found once published');
      await t.db
        .updateTable('articles')
        .set({ title_f: 'chi bo so xay dung hop thuong ky' })
        .where('id', '=', id)
        .execute();
      assert.equal((await api('sinh hoat chuyen de')).total, 0, 'old words forgotten after an edit');
      assert.equal((await api('hop thuong ky')).total, 1, 'new words found after an edit');
      await t.db.updateTable('articles').set({ status: 'draft' }).where('id', '=', id).execute();
      assert.equal((await api('hop thuong ky')).total, 0, 'gone when unpublished');
    });

    it('finds an article by a document number with slashes, however it is typed, on both engines', async () => {
      const category = (await t.articles.listCategories())[0]!;
      await t.articles.createArticle({
        title: 'Sơ kết sáu tháng thực hiện kế hoạch',
        lead: 'Các đảng bộ báo cáo kết quả.',
        bodyHtml: '<p>Thực hiện Kế hoạch số 132/KH-ĐUK ngày 10/01/2023 và Đề án 17-ĐA/TU của Tỉnh ủy.</p>',
        author: 'PV',
        categoryId: category.id,
        status: 'published',
        publishedAt: '2026-11-06T02:00:00Z',
      });
      for (const q of ['132 KH DUK', '132/kh-duk', '132/KH-ĐUK', '17 da tu', '17-ĐA/TU'])
        assert.deepEqual(
          (await api(q)).items.map((i) => i.title),
          ['Sơ kết sáu tháng thực hiện kế hoạch'],
          q,
        );
    });

    it('survives hostile input', async () => {
      for (const q of [
        '"',
        "'",
        '%',
        '%%',
        'AND',
        'OR',
        'NOT',
        'lao AND OR cai',
        '"lao" OR "cai"',
        "'; drop table articles; --",
        'NEAR(a b)',
        '*',
        'col:lao',
        '(((',
        '\\',
      ]) {
        const res = await t.request(`/api/v1/articles?q=${encodeURIComponent(q)}`);
        assert.equal(res.status, 200, q);
        const page = await t.request(`/tim-kiem?q=${encodeURIComponent(q)}`);
        assert.equal(page.status, 200, q);
      }
      assert.equal((await api('lao AND cai')).total, 0, 'AND is an ordinary word, not an operator');
    });

    it('paginates results', async () => {
      const first = await api('boi duong', '&page=1');
      const second = await api('boi duong', '&page=2');
      assert.equal(first.items.length, 10);
      assert.equal(second.items.length, 2);
      assert.equal(second.page, 2);
      assert.equal(new Set([...first.items, ...second.items].map((i) => i.id)).size, 12);
    });

    it('answers the API with the documented fields', async () => {
      const item = (await api('hoa nhap')).items[0]!;
      assert.deepEqual(Object.keys(item).sort(), [
        'author',
        'id',
        'lead',
        'publishedAt',
        'slug',
        'title',
        'url',
        'views',
      ]);
      assert.equal(item.url, `/tin-tuc/${item.slug}`);
      assert.equal(item.slug, 'hoa-nhap-cong-dong');
    });

    it('highlights matches on the original accented text in the result page', async () => {
      const html = await (await t.request('/tim-kiem?q=dang%20uy%20lao%20cai')).text();
      assert.match(html, /<mark>Đảng<\/mark> <mark>ủy<\/mark> Khối tỉnh <mark>Lào<\/mark> <mark>Cai<\/mark>/);
      assert.match(html, /Tìm thấy 3 bài viết/);
    });

    it('says so when nothing matches, when the query is empty, and refuses an overlong query', async () => {
      assert.match(await (await t.request('/tim-kiem?q=xyzzyq')).text(), /Không tìm thấy bài viết nào phù hợp/);
      assert.match(await (await t.request('/tim-kiem?q=')).text(), /Hãy nhập từ khóa/);
      const long = await t.request(`/tim-kiem?q=${'đảng '.repeat(2_000)}`);
      assert.equal(long.status, 400);
      // The search page again, not an error page: what to fix on top, linked to the box, which
      // keeps the first 200 characters of what was typed.
      const html = await long.text();
      assertErrorSummary(html, ['q']);
      assert.match(html, /Từ khóa tìm kiếm quá dài: hãy dùng tối đa 200 ký tự\./);
      const kept = html.match(/<input id="q"[^>]*value="([^"]*)"/)?.[1] ?? '';
      assert.equal(kept, 'đảng '.repeat(40).trim());
      assert.match(html, /<input id="q"[^>]*aria-invalid="true"/);
      const apiLong = await t.request(`/api/v1/articles?q=${'a'.repeat(10_000)}`);
      assert.equal(apiLong.status, 400);
      assert.equal(((await apiLong.json()) as { error: { code: string } }).error.code, 'QUERY_TOO_LONG');
    });

    it('refuses invalid UTF-8 and bad page numbers with a 400 in Vietnamese', async () => {
      const bad = await t.request('/tim-kiem?q=%FF%FE');
      assert.equal(bad.status, 400);
      assert.match(await bad.text(), /không hợp lệ/);
      for (const p of ['0', '-1', 'abc', '1.5', '99999999']) {
        assert.equal((await t.request(`/tim-kiem?q=lao&trang=${p}`)).status, 400, `trang=${p}`);
      }
      assert.equal((await t.request('/tim-kiem?q=lao&trang=50')).status, 404);
    });
  });
}

// The history workspace's audit trail, on both databases: each change done through the staff pages
// (book, writer, section, text, review, source, publishing, the .docx) writes one row naming who
// did it, what, and the book, section or source it touched.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { actorOf } from '../support/history.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { loginAs, postForm, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const BASE = '/quan-tri/lich-su-dang-bo';
const idFrom = (location: string | null) => Number(/\/(\d+)(\?|$)/.exec(location ?? '')?.[1]);

for (const dialect of dialectsUnderTest()) {
  describe(`party history audit trail [${dialect}]`, () => {
    let t: TestApp;
    let editor: StaffSession;
    let writer: StaffSession;

    before(async () => {
      t = await startTestApp(dialect);
      editor = await loginAs(t, DEMO_ACCOUNT.editor, DEMO_PASSWORD);
      writer = await loginAs(t, DEMO_ACCOUNT.contributor, DEMO_PASSWORD);
    });
    after(() => t.dispose());

    const rowsSince = async (afterId: number) =>
      (
        await t.db
          .selectFrom('audit_log')
          .select(['id', 'actor', 'action', 'target', 'detail', 'request_id'])
          .where('id', '>', afterId)
          .where('action', 'like', 'history.%')
          .orderBy('id')
          .execute()
      ).map((r) => ({ ...r, id: Number(r.id) }));
    const lastId = async () =>
      Number(
        (
          await t.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.max('id').as('max'))
            .executeTakeFirst()
        )?.max ?? 0,
      );

    it('writes a row for every change a person makes, with who, what and which record', async () => {
      const start = await lastId();
      const contributor = await actorOf(t, 'contributor');
      const created = await postForm(t, BASE, editor, { title: 'Sách nhật ký', period: '2000–2025' });
      const book = idFrom(created.headers.get('location'));
      await postForm(t, `${BASE}/${book}`, editor, { title: 'Sách nhật ký (sửa)', period: '', summary: '' });
      await postForm(t, `${BASE}/${book}/nguoi-viet`, editor, { userId: String(contributor.id) });
      const add = async (title: string) =>
        idFrom((await postForm(t, `${BASE}/${book}/muc`, writer, { title, parentId: '' })).headers.get('location'));
      const chapter = await add('Chương nhật ký');
      const spare = await add('Chương thừa');
      await postForm(t, `${BASE}/muc/${spare}/di-chuyen`, writer, { direction: 'up' });
      await postForm(t, `${BASE}/muc/${spare}/xoa`, editor, {});
      const page = `${BASE}/muc/${chapter}`;
      await postForm(t, `${page}/nguon`, writer, { kind: 'archive', title: 'Hồ sơ nhật ký' });
      const [source] = await t.db
        .selectFrom('history_sources')
        .select('id')
        .where('section_id', '=', chapter)
        .execute();
      await postForm(t, page, writer, {
        title: 'Chương nhật ký',
        bodyHtml: `<p>Nội dung[^${source!.id}].</p>`,
        version: '1',
      });
      await postForm(t, `${page}/gui-duyet`, writer, {});
      await postForm(t, `${page}/y-kien`, editor, { body: 'Thiếu ngày tháng.' });
      await postForm(t, `${page}/tra-lai`, editor, { reason: 'Bổ sung ngày tháng.' });
      await postForm(t, page, writer, { title: 'Chương nhật ký', bodyHtml: '<p>Nội dung mới.</p>', version: '2' });
      await postForm(t, `${page}/nguon/${source!.id}/xoa`, writer, {});
      await postForm(t, `${page}/gui-duyet`, writer, {});
      await postForm(t, `${page}/duyet`, editor, {});
      const categoryId = String((await t.articles.listCategories())[0]!.id);
      assert.equal((await postForm(t, `${page}/dang-bai`, editor, { categoryId })).status, 303);
      const docx = await t.request(`${BASE}/${book}/xuat.docx`, { headers: { cookie: editor.cookie } });
      assert.equal(docx.status, 200);

      const rows = await rowsSince(start);
      const E = DEMO_ACCOUNT.editor;
      const W = DEMO_ACCOUNT.contributor;
      assert.deepEqual(
        rows.map((r) => [r.actor, r.action, r.target]),
        [
          [E, 'history.book_created', `history_book:${book}`],
          [E, 'history.book_updated', `history_book:${book}`],
          [E, 'history.writer_appointed', `history_book:${book}`],
          [W, 'history.section_created', `history_section:${chapter}`],
          [W, 'history.section_created', `history_section:${spare}`],
          [W, 'history.section_moved', `history_section:${spare}`],
          [E, 'history.section_deleted', `history_section:${spare}`],
          [W, 'history.source_added', `history_source:${source!.id}`],
          [W, 'history.section_saved', `history_section:${chapter}`],
          [W, 'history.section_submitted', `history_section:${chapter}`],
          [E, 'history.comment_added', `history_section:${chapter}`],
          [E, 'history.section_returned', `history_section:${chapter}`],
          [W, 'history.section_saved', `history_section:${chapter}`],
          [W, 'history.source_deleted', `history_source:${source!.id}`],
          [W, 'history.section_submitted', `history_section:${chapter}`],
          [E, 'history.section_approved', `history_section:${chapter}`],
          [E, 'history.chapter_published', `history_section:${chapter}`],
          [E, 'history.book_exported', `history_book:${book}`],
        ],
      );
      const detail = (action: string) => rows.find((r) => r.action === action)!.detail;
      assert.match(detail('history.writer_appointed'), /Người viết: Lê Văn Cộng/);
      assert.equal(detail('history.section_returned'), 'Lý do: Bổ sung ngày tháng.; 2 ý kiến');
      assert.match(detail('history.section_saved'), /bản 2/);
      assert.match(detail('history.chapter_published'), /\/tin-tuc\//);
      assert.ok(
        rows.every((r) => r.request_id !== ''),
        'each row names its request',
      );

      // The log's page names each action in Vietnamese.
      const admin = await loginAs(t, DEMO_ACCOUNT.admin, DEMO_PASSWORD);
      const log = await (
        await t.request('/quan-tri/nhat-ky?loai=history.section_returned', { headers: { cookie: admin.cookie } })
      ).text();
      assert.match(log, /Trả lại chương, mục lịch sử Đảng bộ/);
      assert.match(log, new RegExp(`history_section:${chapter}`));
    });

    it('writes nothing for a refused change or a removal that removes nobody', async () => {
      const start = await lastId();
      const editorActor = await actorOf(t, 'editor');
      const book = await t.history.createBook(editorActor, { title: 'Sách từ chối', period: '', summary: '' });
      const afterCreate = await lastId();
      assert.ok(afterCreate > start);
      assert.equal((await postForm(t, `${BASE}/${book}/muc`, writer, { title: 'Không được viết' })).status, 403);
      assert.equal((await postForm(t, `${BASE}/${book}/nguoi-viet/999999/xoa`, editor, {})).status, 303);
      assert.deepEqual(await rowsSince(afterCreate), []);
    });
  });
}

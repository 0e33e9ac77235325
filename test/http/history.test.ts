// The party history workspace end to end, on both databases: books, chapters and nested sections
// in order, appointed writers, sources as footnotes, saves kept as versions, review (submit,
// comment, return, approve), the timeline, the .docx (a table of contents and real footnotes),
// publishing an approved chapter as an article, and nothing of it on the public site before.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import { dialectsUnderTest } from '../support/databases.js';
import { actorOf } from '../support/history.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { loginAs, postForm, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const BASE = '/quan-tri/lich-su-dang-bo';
const SECRET = 'Bí mật Pa Cheo 7731';

const get = async (t: TestApp, path: string, session?: StaffSession) => {
  const res = await t.request(path, { headers: session ? { cookie: session.cookie } : {} });
  return { status: res.status, html: await res.text(), headers: res.headers, location: res.headers.get('location') };
};
const idFrom = (location: string | null) => Number(/\/(\d+)(\?|$)/.exec(location ?? '')?.[1]);

for (const dialect of dialectsUnderTest()) {
  describe(`party history workspace [${dialect}]`, () => {
    let t: TestApp;
    const s = {} as Record<'editor' | 'contributor' | 'leader' | 'unit_reporter', StaffSession>;

    before(async () => {
      t = await startTestApp(dialect);
      for (const role of ['editor', 'contributor', 'leader', 'unit_reporter'] as const)
        s[role] = await loginAs(t, DEMO_ACCOUNT[role], DEMO_PASSWORD);
    });
    after(() => t.dispose());

    it('shows the demo book to editors, leaders and its appointed writer, and no book to anyone else', async () => {
      const title = 'Lịch sử Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai (giai đoạn 2008–2025)';
      for (const role of ['editor', 'leader', 'contributor'] as const) {
        const page = await get(t, BASE, s[role]);
        assert.equal(page.status, 200, role);
        assert.ok(page.html.includes(title), role);
      }
      const reporter = await get(t, BASE, s.unit_reporter);
      assert.equal(reporter.status, 200);
      assert.ok(!reporter.html.includes(title));
      assert.match(reporter.html, /chưa được phân công/);
      const bookId = Number(/lich-su-dang-bo\/(\d+)"/.exec((await get(t, BASE, s.editor)).html)![1]);
      assert.equal((await get(t, `${BASE}/${bookId}`, s.unit_reporter)).status, 403);
      const book = await get(t, `${BASE}/${bookId}`, s.leader);
      assert.match(book.html, /Chương I\. Sự ra đời/);
      assert.match(book.html, /Chương II\. Xây dựng Đảng bộ/);
      assert.ok(
        !book.html.includes('Thêm chương, mục') && !book.html.includes(`${BASE}/${bookId}/muc"`),
        'leaders only read',
      );
      assert.equal((await get(t, '/', undefined)).html.includes('Sự ra đời của Đảng bộ Khối'), false);
    });

    it('offers the workspace in the menu to editors, leaders and appointed writers only', async () => {
      const menu = async (session: StaffSession) =>
        /<ul id="staff-menu">([\s\S]*?)<\/ul>/.exec((await get(t, '/quan-tri', session)).html)?.[1] ?? '';
      for (const role of ['editor', 'leader', 'contributor'] as const)
        assert.ok((await menu(s[role])).includes(BASE), role);
      assert.ok(!(await menu(s.unit_reporter)).includes(BASE), 'not appointed: no item');
      const reporter = await actorOf(t, 'unit_reporter');
      const bookId = await t.history.createBook(await actorOf(t, 'editor'), {
        title: 'Sách menu',
        period: '',
        summary: '',
      });
      await postForm(t, `${BASE}/${bookId}/nguoi-viet`, s.editor, { userId: String(reporter.id) });
      assert.ok((await menu(s.unit_reporter)).includes(BASE), 'appointed: the item shows');
      await postForm(t, `${BASE}/${bookId}/nguoi-viet/${reporter.id}/xoa`, s.editor, {});
      assert.ok(!(await menu(s.unit_reporter)).includes(BASE), 'removed: gone again');
    });

    it('refuses a book without a title with a message, and keeps chapters and nested sections in order', async () => {
      const empty = await postForm(t, BASE, s.editor, { title: '  ' });
      assert.equal(empty.status, 400);
      assert.match(await empty.text(), /Nhập tên\./);
      const created = await postForm(t, BASE, s.editor, { title: 'Lịch sử Chi bộ thử', period: '1991–2025' });
      assert.equal(created.status, 303);
      const bookId = idFrom(created.headers.get('location'));
      const add = async (title: string, parentId = '') =>
        idFrom((await postForm(t, `${BASE}/${bookId}/muc`, s.editor, { title, parentId })).headers.get('location'));
      const one = await add('Chương một');
      const two = await add('Chương hai');
      const nested = await add('Mục con của chương một', String(one));
      await add('Mục cháu', String(nested));
      const foreign = await postForm(t, `${BASE}/${bookId}/muc`, s.editor, { title: 'Lạc sách', parentId: '999999' });
      assert.equal(foreign.status, 400);
      let html = (await get(t, `${BASE}/${bookId}`, s.editor)).html;
      assert.ok(html.indexOf('Chương một') < html.indexOf('Mục con của chương một'));
      assert.ok(html.indexOf('Mục cháu') < html.indexOf('Chương hai'));
      assert.equal((await postForm(t, `${BASE}/muc/${two}/di-chuyen`, s.editor, { direction: 'up' })).status, 303);
      html = (await get(t, `${BASE}/${bookId}`, s.editor)).html;
      assert.ok(html.indexOf('Chương hai') < html.indexOf('Chương một'), 'moved up');
      const badMove = await postForm(t, `${BASE}/muc/${two}/di-chuyen`, s.editor, { direction: 'sideways' });
      assert.equal(badMove.status, 400);
      assert.equal((await postForm(t, `${BASE}/muc/${one}/xoa`, s.editor, {})).status, 409, 'has children');
      assert.equal((await postForm(t, `${BASE}/muc/${two}/xoa`, s.editor, {})).status, 303);
    });

    it('lets an appointed writer write with footnotes, keeps every version, and takes it through review', async () => {
      const editor = await actorOf(t, 'editor');
      const contributor = await actorOf(t, 'contributor');
      const bookId = await t.history.createBook(editor, { title: 'Sách quy trình duyệt', period: '', summary: '' });
      const chapter = await t.history.addSection(editor, bookId, { title: 'Chương viết thử', parentId: null });
      const page = `${BASE}/muc/${chapter}`;
      assert.equal(
        (await postForm(t, page, s.contributor, { title: 'X', bodyHtml: '<p>x</p>', version: '1' })).status,
        403,
      );
      await postForm(t, `${BASE}/${bookId}/nguoi-viet`, s.editor, { userId: String(contributor.id) });
      const source = await postForm(t, `${page}/nguon`, s.contributor, {
        kind: 'interview',
        title: 'Phỏng vấn nguyên bí thư chi bộ',
        keptAt: 'Văn phòng Đảng ủy Khối',
        reference: 'PV-07',
        dated: '12/5/2024',
        givenBy: 'Gia đình cán bộ',
      });
      assert.equal(source.status, 303);
      const sourceId = Number(/Mã chú thích: \[\^(\d+)\]/.exec((await get(t, page, s.contributor)).html)![1]);
      const unknown = await postForm(t, page, s.contributor, {
        title: 'Chương viết thử',
        bodyHtml: '<p>Sai[^999999]</p>',
        version: '1',
      });
      assert.equal(unknown.status, 400);
      assert.match(await unknown.text(), /mã chú thích không thuộc nguồn nào/);
      const body = `<p>Ngày 3 tháng 2 năm 1995 chi bộ ra đời[^${sourceId}].</p><script>alert(1)</script>`;
      assert.equal(
        (await postForm(t, page, s.contributor, { title: 'Chương viết thử', bodyHtml: body, version: '1' })).status,
        303,
      );
      const stale = await postForm(t, page, s.editor, { title: 'Cũ', bodyHtml: '<p>cũ</p>', version: '1' });
      assert.equal(stale.status, 409);
      await postForm(t, page, s.editor, {
        title: 'Chương viết thử',
        bodyHtml: body.replace('ra đời', 'được thành lập'),
        version: '2',
      });
      let html = (await get(t, page, s.contributor)).html;
      assert.ok(!html.includes('alert(1)'));
      assert.match(html, /Bản 3, Trần Thị Biên lưu lúc/);
      assert.match(html, /Bản 2, Lê Văn Cộng lưu lúc/);
      const v2 = (await get(t, `${page}/phien-ban/2`, s.leader)).html;
      assert.match(v2, /chi bộ ra đời/);
      assert.equal((await get(t, `${page}/phien-ban/9`, s.editor)).status, 404);
      assert.equal((await postForm(t, `${page}/gui-duyet`, s.contributor, {})).status, 303);
      assert.equal((await postForm(t, `${page}/duyet`, s.contributor, {})).status, 403);
      const locked = await postForm(t, page, s.contributor, { title: 'Muộn', bodyHtml: '<p>x</p>', version: '3' });
      assert.equal(locked.status, 409);
      await postForm(t, `${page}/tra-lai`, s.editor, { reason: 'Bổ sung nơi lưu giữ của hồ sơ.' });
      html = (await get(t, page, s.contributor)).html;
      assert.match(html, /Bổ sung nơi lưu giữ của hồ sơ\./);
      assert.match(html, /Bản nháp/);
      await postForm(t, `${page}/gui-duyet`, s.contributor, {});
      assert.equal((await postForm(t, `${page}/duyet`, s.editor, {})).status, 303);
      html = (await get(t, page, s.leader)).html;
      assert.match(html, /Đã duyệt/);
      assert.match(html, /<sup><a href="#nguon-1">\[1\]<\/a><\/sup>/);
      assert.match(
        html,
        /Phỏng vấn, hồi ký: Phỏng vấn nguyên bí thư chi bộ; thời gian: 12\/5\/2024; lưu tại: Văn phòng Đảng ủy Khối; ký hiệu: PV-07; người cung cấp: Gia đình cán bộ\./,
      );
      assert.equal((await postForm(t, `${page}/nguon/${sourceId}/xoa`, s.editor, {})).status, 409, 'still cited');
      assert.equal((await postForm(t, `${page}/y-kien`, s.leader, { body: '' })).status, 400);
      assert.equal((await postForm(t, `${page}/y-kien`, s.leader, { body: 'Đồng ý.' })).status, 303);

      const timeline = (await get(t, `${BASE}/${bookId}/bien-nien`, s.leader)).html;
      assert.match(timeline, /03\/02\/1995/);
      assert.match(timeline, /18\/11\/2008/, 'the Bloc committee’s founding date from the units');
      assert.ok(timeline.indexOf('03/02/1995') < timeline.indexOf('18/11/2008'));
    });

    it('exports the approved book as .docx with a table of contents and real footnotes', async () => {
      const editor = await actorOf(t, 'editor');
      const empty = await t.history.createBook(editor, { title: 'Sách chưa duyệt', period: '', summary: '' });
      assert.equal((await get(t, `${BASE}/${empty}/xuat.docx`, s.editor)).status, 409);
      const demoId = Number(
        /lich-su-dang-bo\/(\d+)"[^>]*>Lịch sử Đảng bộ Khối/.exec((await get(t, BASE, s.editor)).html)![1],
      );
      const res = await t.request(`${BASE}/${demoId}/xuat.docx`, { headers: { cookie: s.leader.cookie } });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /wordprocessingml/);
      const zip = await JSZip.loadAsync(new Uint8Array(await res.arrayBuffer()));
      const doc = await zip.file('word/document.xml')!.async('string');
      const notes = await zip.file('word/footnotes.xml')!.async('string');
      assert.match(doc, /TOC [^<]*\\o/);
      assert.equal((doc.match(/<w:footnoteReference /g) ?? []).length, 4);
      assert.match(doc, /Chương I\. Sự ra đời của Đảng bộ Khối/);
      assert.ok(!doc.includes('Chương II'), 'only approved chapters go out');
      assert.match(notes, /Phông Tỉnh ủy, mục lục 03, hồ sơ 245/);
      assert.match(notes, /Băng ghi âm PV-03/);
    });

    it('publishes an approved chapter as an ordinary article with its sources, once', async () => {
      const html = (await get(t, BASE, s.editor)).html;
      const demoId = Number(/lich-su-dang-bo\/(\d+)"[^>]*>Lịch sử Đảng bộ Khối/.exec(html)![1]);
      const book = (await get(t, `${BASE}/${demoId}`, s.editor)).html;
      const chapterOne = Number(/muc\/(\d+)">Chương I\./.exec(book)![1]);
      const chapterTwo = Number(/muc\/(\d+)">Chương II\./.exec(book)![1]);
      const sub = Number(/muc\/(\d+)">1\. Chủ trương/.exec(book)![1]);
      const categoryId = String((await t.articles.listCategories())[0]!.id);
      assert.equal((await postForm(t, `${BASE}/muc/${chapterTwo}/dang-bai`, s.editor, { categoryId })).status, 409);
      assert.equal((await postForm(t, `${BASE}/muc/${sub}/dang-bai`, s.editor, { categoryId })).status, 409);
      assert.equal(
        (await postForm(t, `${BASE}/muc/${chapterOne}/dang-bai`, s.contributor, { categoryId })).status,
        403,
      );
      assert.equal(
        (await postForm(t, `${BASE}/muc/${chapterOne}/dang-bai`, s.editor, { categoryId: '999999' })).status,
        400,
      );
      assert.equal((await postForm(t, `${BASE}/muc/${chapterOne}/dang-bai`, s.editor, { categoryId })).status, 303);
      const url = /<a href="(\/tin-tuc\/[^"]+)">Đã đăng thành bài viết/.exec(
        (await get(t, `${BASE}/muc/${chapterOne}`, s.editor)).html,
      )![1]!;
      const article = await get(t, url);
      assert.equal(article.status, 200);
      assert.match(article.html, /Chủ trương thành lập Đảng bộ Khối/);
      assert.match(article.html, /Nguồn tư liệu/);
      assert.match(article.html, /Phông Tỉnh ủy, mục lục 03, hồ sơ 245/);
      assert.match(article.html, /\[1\]/);
      assert.ok(!article.html.includes('[^'), 'no raw markers');
      assert.ok(!article.html.includes('Công tác giáo dục chính trị'), 'the other chapter stays inside');
      assert.equal((await postForm(t, `${BASE}/muc/${chapterOne}/dang-bai`, s.editor, { categoryId })).status, 409);
    });

    it('keeps a draft’s words off every public page, search, the sitemap and the feed', async () => {
      const editor = await actorOf(t, 'editor');
      const bookId = await t.history.createBook(editor, { title: `Sách ${SECRET}`, period: '', summary: SECRET });
      const id = await t.history.addSection(editor, bookId, { title: `Chương ${SECRET}`, parentId: null });
      await t.history.saveText(editor, id, { title: `Chương ${SECRET}`, bodyHtml: `<p>${SECRET}</p>`, version: 1 });
      await t.history.step(editor, id, 'submit');
      await t.history.step(editor, id, 'approve');
      const query = encodeURIComponent('Pa Cheo 7731');
      for (const path of [
        '/',
        '/rss.xml',
        '/sitemap.xml',
        `/tim-kiem?q=${query}`,
        `/api/v1/articles?q=${query}`,
        '/so-do-trang',
      ]) {
        const res = await get(t, path);
        assert.ok(!res.html.includes(SECRET), path);
      }
    });
  });
}

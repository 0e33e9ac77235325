// Form errors you cannot miss, over HTTP on both databases: every refused form answers 4xx with the
// page again, an error summary first in the main content whose links all land on the page's own
// fields, and what was typed still in the fields (never a password).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { assertErrorSummary, readErrorSummary } from '../support/error-summary.js';
import { DEMO_PASSWORD as PASSWORD } from '../support/newsroom.js';
import { loginAs, loginRequest, ORIGIN, postForm, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const idFromLocation = (res: Response) =>
  Number(/\/quan-tri\/bai-viet\/(\d+)/.exec(res.headers.get('location') ?? '')![1]);

for (const dialect of dialectsUnderTest()) {
  describe(`form errors you cannot miss [${dialect}]`, () => {
    let t: TestApp;
    let admin: StaffSession;
    let editor: StaffSession;
    let contributor: StaffSession;
    let categoryId: string;

    before(async () => {
      t = await startTestApp(dialect);
      admin = await loginAs(t, 'quantri@congtin.demo', PASSWORD);
      editor = await loginAs(t, 'bientap@congtin.demo', PASSWORD);
      contributor = await loginAs(t, 'congtacvien@congtin.demo', PASSWORD);
      categoryId = String((await t.articles.listCategories())[0]!.id);
    });
    after(() => t.dispose());

    const article = (fields: Record<string, string>) => ({
      title: 'Bài thử',
      lead: 'Sapo thử',
      bodyHtml: '<p>Nội dung</p>',
      categoryId,
      action: 'save',
      ...fields,
    });

    it('a new article without a title: 400, the summary links to the title, the rest is kept', async () => {
      const res = await postForm(t, '/quan-tri/bai-viet', contributor, article({ title: '  ', lead: 'Sapo giữ lại' }));
      assert.equal(res.status, 400);
      const html = await res.text();
      const summary = assertErrorSummary(html, ['title']);
      assert.match(summary.title, /Chưa lưu được: có 1 mục cần sửa/);
      assert.match(html, /aria-describedby="title-loi"/);
      assert.match(html, /<textarea id="lead"[^>]*>Sapo giữ lại<\/textarea>/);
      assert.equal(
        await t.db.selectFrom('articles').select('id').where('lead', '=', 'Sapo giữ lại').executeTakeFirst(),
        undefined,
      );
    });

    it('an editor’s article with a bad publish time and no title: both linked, the editor fields are on the page', async () => {
      const res = await postForm(
        t,
        '/quan-tri/bai-viet',
        editor,
        article({ title: '', publishAt: 'mai nhé', action: 'publish' }),
      );
      assert.equal(res.status, 400);
      const html = await res.text();
      assertErrorSummary(html, ['title', 'publishAt']);
      assert.match(html, /id="publishAt"[^>]*value="mai nhé"/);
    });

    it('saving an existing article without a title: 400 with the summary', async () => {
      const created = await postForm(t, '/quan-tri/bai-viet', contributor, article({ title: 'Bài sẽ sửa' }));
      assert.equal(created.status, 303);
      const id = idFromLocation(created);
      const res = await postForm(t, `/quan-tri/bai-viet/${id}`, contributor, article({ title: '', version: '1' }));
      assert.equal(res.status, 400);
      assertErrorSummary(await res.text(), ['title']);
    });

    it('returning an article with no reason: 400, the reason field has its message and the summary links to it', async () => {
      const created = await postForm(
        t,
        '/quan-tri/bai-viet',
        contributor,
        article({ title: 'Bài gửi duyệt', action: 'submit' }),
      );
      const id = idFromLocation(created);
      const empty = await postForm(t, `/quan-tri/bai-viet/${id}/tra-lai`, editor, { reason: '   ' });
      assert.equal(empty.status, 400);
      const html = await empty.text();
      assert.match(assertErrorSummary(html, ['reason']).title, /Chưa trả lại được: có 1 mục cần sửa/);
      assert.match(html, /<textarea[^>]*id="reason"[^>]*aria-describedby="reason-loi"/);
      assert.match(html, /<p class="field-error" id="reason-loi">[^<]+<\/p>/);
      // A reason too long comes back as typed, so the editor only has to shorten it.
      const long = `Thiếu ảnh ${'và nhiều thứ khác '.repeat(70)}`;
      const tooLong = await postForm(t, `/quan-tri/bai-viet/${id}/tra-lai`, editor, { reason: long });
      assert.equal(tooLong.status, 400);
      const again = await tooLong.text();
      assertErrorSummary(again, ['reason']);
      assert.ok(again.includes(`${long}</textarea>`), 'the typed reason is kept');
      const stored = await t.db.selectFrom('articles').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(stored.status, 'submitted', 'still waiting for review');
    });

    it('a category without a name and with a bad position', async () => {
      const res = await postForm(t, '/quan-tri/chuyen-muc', admin, {
        name: ' ',
        description: 'Mô tả giữ lại',
        position: 'đầu',
      });
      assert.equal(res.status, 400);
      const html = await res.text();
      assertErrorSummary(html, ['name', 'position']);
      assert.match(html, /value="Mô tả giữ lại"/);
      assert.match(html, /value="đầu"/);
    });

    it('the site settings with an empty name, a bad e-mail and phone', async () => {
      const res = await postForm(t, '/quan-tri/cai-dat', admin, {
        name: '',
        address: 'Địa chỉ giữ lại',
        phone: 'gọi tôi',
        email: 'khong-phai-email',
        aboutHtml: '<p>Giới thiệu giữ lại</p>',
      });
      assert.equal(res.status, 400);
      const html = await res.text();
      const summary = assertErrorSummary(html, ['name', 'phone', 'email']);
      assert.match(summary.title, /có 3 mục cần sửa/);
      assert.match(html, /value="Địa chỉ giữ lại"/);
      assert.match(html, /value="khong-phai-email"/);
      assert.match(html, /&lt;p&gt;Giới thiệu giữ lại&lt;\/p&gt;<\/textarea>/);
    });

    it('the login form with empty fields links both; a wrong password is one message; the password never comes back', async () => {
      const empty = await loginRequest(t, '', '');
      assert.equal(empty.status, 400);
      const summary = assertErrorSummary(await empty.text(), ['email', 'password']);
      assert.match(summary.title, /Chưa đăng nhập được/);
      const noPassword = await loginRequest(t, 'bientap@congtin.demo', '');
      assert.equal(noPassword.status, 400);
      const kept = await noPassword.text();
      assertErrorSummary(kept, ['password']);
      assert.match(kept, /value="bientap@congtin.demo"/);
      const badEmail = await loginRequest(t, 'khong-phai-email', 'MatKhauKhongDuocHienLai-123');
      assert.equal(badEmail.status, 400);
      const badEmailHtml = await badEmail.text();
      assertErrorSummary(badEmailHtml, ['email']);
      assert.doesNotMatch(badEmailHtml, /MatKhauKhongDuocHienLai/);
      const wrong = await loginRequest(t, 'bientap@congtin.demo', 'sai-mat-khau-nay');
      assert.equal(wrong.status, 401);
      const wrongHtml = await wrong.text();
      assert.equal(readErrorSummary(wrongHtml), undefined, 'which of the two was wrong is not said');
      assert.match(wrongHtml, /role="alert">Email hoặc mật khẩu không đúng/);
      assert.doesNotMatch(wrongHtml, /sai-mat-khau-nay/);
    });

    it('a new API token without a name: the summary at the top links to the field further down', async () => {
      const res = await postForm(t, '/quan-tri/ma-api', contributor, { name: '   ', expiry: '30' });
      assert.equal(res.status, 400);
      const html = await res.text();
      assertErrorSummary(html, ['token-name']);
      assert.match(html, /<option value="30" selected/);
    });

    it('a units import without a file, and with a file that is no spreadsheet: linked to the file field', async () => {
      const none = await postForm(t, '/quan-tri/don-vi/nhap', admin, {});
      assert.equal(none.status, 400);
      assertErrorSummary(await none.text(), ['file']);
      const body = new FormData();
      body.append('_csrf', admin.csrf);
      body.append('file', new Blob([new TextEncoder().encode('không phải tệp Excel')]), 'ghi-chu.xlsx');
      const bad = await t.request('/quan-tri/don-vi/nhap', {
        method: 'POST',
        headers: { origin: ORIGIN, cookie: admin.cookie },
        body,
      });
      assert.equal(bad.status, 400);
      const summary = assertErrorSummary(await bad.text(), ['file']);
      assert.match(summary.title, /Chưa nhập được/);
    });

    it('the forms that had a summary already: a new user and a password reset', async () => {
      const user = await postForm(t, '/quan-tri/nguoi-dung', admin, {
        name: '',
        email: 'moi@congtin.demo',
        password: 'password',
      });
      assert.equal(user.status, 400);
      const html = await user.text();
      assertErrorSummary(html, ['name', 'password', 'roles']);
      assert.doesNotMatch(html, /value="password"/);
      const someone = (await t.accounts.service.listUsers()).find((u) => u.email === 'lanhdao@congtin.demo')!;
      const reset = await postForm(t, `/quan-tri/nguoi-dung/${someone.id}/mat-khau`, admin, { password: 'ngan' });
      assert.equal(reset.status, 400);
      assertErrorSummary(await reset.text(), ['new-password']);
    });

    it('refused deletes: a category holding articles, a unit with subunits (linked to its delete block)', async () => {
      const category = (await t.articles.listCategoriesWithCounts()).find((c) => c.articles > 0)!;
      const kept = await postForm(t, `/quan-tri/chuyen-muc/${category.id}/xoa`, admin, {});
      assert.equal(kept.status, 400);
      const summary = assertErrorSummary(await kept.text());
      assert.match(summary.title, /Chưa xóa được chuyên mục/);
      assert.deepEqual(summary.links, [], 'a form-wide message names no field');
      assert.match(summary.items[0]!, /còn bài viết/);
      const root = (await t.units.listTree()).find((u) => u.parentId === null)!;
      const unit = await postForm(t, `/quan-tri/don-vi/${root.id}/xoa`, admin, {});
      assert.equal(unit.status, 409);
      const unitSummary = assertErrorSummary(await unit.text(), ['xoa-don-vi']);
      assert.match(unitSummary.title, /Chưa xóa được đơn vị/);
    });

    it('a new unit without a name', async () => {
      const res = await postForm(t, '/quan-tri/don-vi', admin, { name: '', shortName: 'Giữ lại' });
      assert.equal(res.status, 400);
      const html = await res.text();
      assertErrorSummary(html, ['name']);
      assert.match(html, /value="Giữ lại"/);
    });
  });
}

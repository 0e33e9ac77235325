// An error inside /quan-tri stays in the staff frame for someone signed in: a 403 or a 404 keeps
// the header, the logout button and the person's own menu, with a way back to the dashboard.
// Readers and strangers get the public error page as before.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts.js';
import { dialectsUnderTest } from '../support/databases.js';
import { loginAs, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

for (const dialect of dialectsUnderTest()) {
  describe(`error pages inside /quan-tri [${dialect}]`, () => {
    let t: TestApp;
    let reporter: StaffSession;
    before(async () => {
      t = await startTestApp(dialect);
      reporter = await loginAs(t, 'donvi@congtin.demo', DEMO_PASSWORD);
    });
    after(() => t.dispose());

    const staffPage = async (path: string, session?: StaffSession) => {
      const res = await t.request(path, { headers: session ? { cookie: session.cookie } : {} });
      return { status: res.status, html: await res.text() };
    };

    it('keeps a 403 in the staff frame, with only the menu the person may use', async () => {
      const { status, html } = await staffPage('/quan-tri/nguoi-dung', reporter);
      assert.equal(status, 403);
      assert.match(html, /<nav class="main-nav" aria-label="Menu quản trị">/);
      assert.match(html, /Tài khoản của bạn không có quyền dùng chức năng này\./);
      assert.match(html, /Đăng xuất/);
      assert.match(html, /<a href="\/quan-tri">Về bảng điều khiển<\/a>/);
      assert.doesNotMatch(html, /href="\/quan-tri\/nguoi-dung"/, 'no menu item the reporter cannot open');
    });

    it('keeps a 404 for an unknown staff address in the staff frame', async () => {
      const { status, html } = await staffPage('/quan-tri/khong-co-trang-nay', reporter);
      assert.equal(status, 404);
      assert.match(html, /aria-label="Menu quản trị"/);
      assert.match(html, /Không tìm thấy trang/);
    });

    it('shows the public error page to someone not signed in, and outside /quan-tri', async () => {
      const stranger = await staffPage('/quan-tri/khong-co-trang-nay');
      assert.equal(stranger.status, 404);
      assert.doesNotMatch(stranger.html, /Menu quản trị/);
      assert.match(stranger.html, /aria-label="Danh mục chính"/);
      const publicMiss = await staffPage('/khong-co-trang-nay', reporter);
      assert.equal(publicMiss.status, 404);
      assert.doesNotMatch(publicMiss.html, /Menu quản trị/);
    });
  });
}

// Giới thiệu, Liên hệ and the admin's settings: a change shows on every page at once, the About
// HTML is sanitised, bad input is refused in Vietnamese. Both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { loginAs, postForm, type StaffSession } from '../support/staff.js';

for (const dialect of dialectsUnderTest()) {
  describe(`site settings [${dialect}]`, () => {
    let t: TestApp;
    let admin: StaffSession;
    const valid = {
      name: 'Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai',
      address: 'Số 2 đường Hoàng Liên, phường Cốc Lếu, tỉnh Lào Cai',
      phone: '0214 3840 123',
      email: 'lienhe@dukcqdn.example',
      aboutHtml: '<h2>Lịch sử</h2><p>Thành lập năm 2008.</p><script>alert(1)</script><p onclick="x()">Đoàn kết</p>',
    };

    before(async () => {
      t = await startTestApp(dialect);
      admin = await loginAs(t, 'quantri@congtin.demo', 'LaoCai-Demo-2026');
    });
    after(() => t.dispose());

    it('shows the demo About and Contact pages, and the contact in every footer', async () => {
      const about = await t.request('/gioi-thieu');
      assert.equal(about.status, 200);
      assert.match(await about.text(), /Chức năng, nhiệm vụ/);
      const contact = await (await t.request('/lien-he')).text();
      assert.match(contact, /vanphong@congtin.demo/);
      assert.match(await (await t.request('/')).text(), /Điện thoại: 0214 3800 000/);
    });

    it('applies the admin\u2019s changes everywhere at once, with the About HTML sanitised', async () => {
      await t.request('/');
      const res = await postForm(t, '/quan-tri/cai-dat', admin, valid);
      assert.equal(res.status, 303);
      const home = await (await t.request('/')).text();
      assert.match(home, /Số 2 đường Hoàng Liên/, 'the cached home page was refreshed');
      const about = await (await t.request('/gioi-thieu')).text();
      assert.match(about, /<h2>Lịch sử<\/h2><p>Thành lập năm 2008.<\/p>/);
      assert.doesNotMatch(about, /alert\(1\)|onclick/);
      assert.match(await (await t.request('/lien-he')).text(), /href="tel:02143840123"/);
      const audit = await t.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'settings.updated')
        .execute();
      assert.equal(audit.length, 1);
    });

    it('refuses bad input with Vietnamese messages and keeps the old values', async () => {
      const res = await postForm(t, '/quan-tri/cai-dat', admin, {
        ...valid,
        name: '  ',
        email: 'khong-phai-email',
        phone: 'gọi tôi',
      });
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /Hãy nhập tên cổng thông tin/);
      assert.match(html, /Email không hợp lệ/);
      assert.match(html, /Số điện thoại chỉ gồm/);
      assert.equal(t.settings.get().email, 'lienhe@dukcqdn.example');
    });
  });
}

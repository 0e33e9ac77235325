// The contact form (issue #11, Liên hệ) end to end on both databases: a reader sends a message
// (303 to the thank-you page), a refused form keeps what was typed, the department is e-mailed
// through a real SMTP server after the answer, and the staff's inbox: permissions, filters,
// status, assignee and notes (audited), XSS through every field it shows, unknown ids.
import assert from 'node:assert/strict';
import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../../src/modules/accounts/index.js';
import { openContactForm, postContact, sendContact } from '../support/contact.js';
import { dialectsUnderTest } from '../support/databases.js';
import { startMailbox } from '../support/mailbox.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { loginAs, postForm, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const XSS = '<script>alert(1)</script>';

async function waitFor<T>(read: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function latestMessage(t: TestApp) {
  return t.db.selectFrom('contact_messages').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
}

for (const dialect of dialectsUnderTest()) {
  describe(`contact form and inbox [${dialect}]`, () => {
    let t: TestApp;
    let mailbox: Awaited<ReturnType<typeof startMailbox>>;
    const staff = new Map<Role, StaffSession>();
    let ip = 0;
    // Each test writes from an address of its own, far below the sender limit.
    const nextIp = () => `198.51.100.${++ip}`;

    before(async () => {
      mailbox = await startMailbox();
      t = await startTestApp(dialect, {
        env: { TRUST_PROXY: '127.0.0.1', SMTP_URL: mailbox.url, SMTP_FROM: 'congtin@congtin.test' },
      });
      for (const role of ['admin', 'editor', 'contributor', 'leader'] as const)
        staff.set(role, await loginAs(t, DEMO_ACCOUNT[role], DEMO_PASSWORD));
    });
    after(async () => {
      await t.dispose();
      await mailbox.close();
    });

    it('shows the contact details and the form with the demo departments, a fresh stamp each time', async () => {
      const res = await t.request('/lien-he');
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      const html = await res.text();
      assert.match(html, /vanphong@congtin\.demo/, 'the site’s e-mail from the settings');
      assert.match(html, /<h2 id="gui-thu">Gửi thư cho chúng tôi<\/h2>/);
      assert.match(html, /aria-hidden="true"[^>]*>\s*<label for="website">/, 'the trap is hidden from screen readers');
      assert.match(html, /name="website"[^>]*tabindex="-1"[^>]*autocomplete="off"/);
      const first = await openContactForm(t);
      assert.deepEqual(
        first.departments.map((d) => d.name),
        ['Văn phòng Đảng ủy Khối', 'Ban Tuyên giáo Đảng ủy Khối'],
      );
      t.clock.advance(1000);
      assert.notEqual((await openContactForm(t)).stamp, first.stamp);
    });

    it('takes a message: 303 to the thank-you page, the inbox has it, the department is e-mailed', async () => {
      const form = await openContactForm(t);
      const tuyenGiao = form.departments.find((d) => d.name.startsWith('Ban Tuyên giáo'))!;
      const res = await sendContact(
        t,
        { departmentId: tuyenGiao.id, name: 'Đỗ Thị Lan', message: 'Đơn vị tôi muốn gửi bài về lễ kết nạp đảng viên.' },
        nextIp(),
      );
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), '/lien-he/da-gui');
      const thanks = await t.request('/lien-he/da-gui');
      assert.equal(thanks.status, 200);
      assert.match(await thanks.text(), /Cảm ơn bạn đã liên hệ/);
      const row = await latestMessage(t);
      assert.equal(row.status, 'new');
      assert.equal(row.name, 'Đỗ Thị Lan');
      const mail = await waitFor(
        () => mailbox.messages.find((m) => m.to.includes('tuyengiao@congtin.demo')),
        'the department’s notice',
      );
      assert.match(mail.subject, /Thư mới của Đỗ Thị Lan gửi Ban Tuyên giáo Đảng ủy Khối/);
      assert.match(mail.text, /lễ kết nạp đảng viên/);
      assert.match(mail.text, new RegExp(`https://congtin.test/quan-tri/lien-he/${row.id}`));
      assert.match(mail.replyTo ?? '', /minh@vidu\.vn/, 'an answer goes to the sender');
      for (let i = 0; i < 100 && !(await latestMessage(t)).notified_at; i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      assert.ok((await latestMessage(t)).notified_at, 'the notice is recorded as sent');
    });

    it('keeps what was typed and says what is wrong (400, error summary), in Vietnamese', async () => {
      const res = await sendContact(
        t,
        { name: 'Trần Văn Hùng', email: 'khong-phai-email', phone: '12345', message: '', departmentId: '' },
        nextIp(),
      );
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /class="error-summary"/);
      assert.match(html, /Email chưa đúng dạng/);
      assert.match(html, /Số điện thoại chưa đúng dạng/);
      assert.match(html, /Hãy chọn bộ phận nhận thư/);
      assert.match(html, /Hãy nhập nội dung thư/);
      assert.match(html, /name="name"[^>]*value="Trần Văn Hùng"/);
      assert.match(html, /value="khong-phai-email"/);
      assert.match(html, /name="stamp" value="[0-9]+\.[A-Za-z0-9_-]{32}"/, 'a new stamp to send again with');
      assert.equal((await latestMessage(t)).name, 'Đỗ Thị Lan', 'nothing stored');
    });

    it('accepts Vietnamese phone numbers as people write them, and no phone at all', async () => {
      for (const phone of ['0214 3800 000', '+84 912 345 678', '0912.345.678', '(0214) 384-0123', '1900 1234', ''])
        assert.equal((await sendContact(t, { phone }, nextIp())).status, 303, phone);
      for (const phone of ['12345', '0912 abc 678', '+1 202 555 0100', '09123456789012'])
        assert.equal((await sendContact(t, { phone }, nextIp())).status, 400, phone);
    });

    it('refuses hostile input with a 4xx, never a 500', async () => {
      const long = 'ạ'.repeat(4001);
      assert.equal((await sendContact(t, { message: long }, nextIp())).status, 400);
      assert.equal((await sendContact(t, { departmentId: '999999' }, nextIp())).status, 400);
      assert.equal((await sendContact(t, { departmentId: '-1 OR 1=1' }, nextIp())).status, 400);
      assert.equal((await sendContact(t, { name: 'x'.repeat(101) }, nextIp())).status, 400);
      const json = await t.request('/lien-he', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': nextIp() },
        body: JSON.stringify({ name: 'a' }),
      });
      assert.equal(json.status, 400);
      const bad = await t.request('/lien-he', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': nextIp() },
        body: 'name=%E0%A4%A&message=%FF',
      });
      assert.ok(bad.status >= 400 && bad.status < 500, `malformed encoding: ${bad.status}`);
    });

    it('opens the inbox to those with contact.handle only; departments to the admin only', async () => {
      const anonymous = await t.request('/quan-tri/lien-he');
      assert.equal(anonymous.status, 303);
      const as = (role: Role, path: string) => t.request(path, { headers: { cookie: staff.get(role)!.cookie } });
      assert.equal((await as('contributor', '/quan-tri/lien-he')).status, 403);
      assert.equal((await as('leader', '/quan-tri/lien-he')).status, 403);
      const inbox = await as('editor', '/quan-tri/lien-he');
      assert.equal(inbox.status, 200);
      const html = await inbox.text();
      assert.match(html, /Hoàng Thu Trang/, 'a demo message');
      assert.doesNotMatch(html, /href="\/quan-tri\/lien-he\/bo-phan"/, 'no departments link for an editor');
      assert.equal((await as('editor', '/quan-tri/lien-he/bo-phan')).status, 403);
      assert.equal((await as('admin', '/quan-tri/lien-he/bo-phan')).status, 200);
      const home = await (await as('editor', '/quan-tri')).text();
      assert.match(home, /[0-9]+ thư mới/, 'the menu card says how many are new');
    });

    it('filters by status and department, and refuses a filter it does not know', async () => {
      const as = (path: string) => t.request(path, { headers: { cookie: staff.get('editor')!.cookie } });
      const spam = await (await as('/quan-tri/lien-he?trang-thai=spam')).text();
      assert.match(spam, /Khuyến mãi/);
      assert.doesNotMatch(spam, /Hoàng Thu Trang/);
      const departments = await t.contact.listDepartments({ activeOnly: false });
      const vanPhong = departments.find((d) => d.name === 'Văn phòng Đảng ủy Khối')!;
      const byDepartment = await (await as(`/quan-tri/lien-he?bo-phan=${vanPhong.id}`)).text();
      assert.match(byDepartment, /Hoàng Thu Trang/);
      assert.doesNotMatch(byDepartment, /Phạm Minh Đức/);
      assert.equal((await as('/quan-tri/lien-he?trang-thai=bogus')).status, 400);
      assert.equal((await as('/quan-tri/lien-he?bo-phan=abc')).status, 400);
      assert.equal((await as('/quan-tri/lien-he?trang=0')).status, 400);
    });

    it('sets status, assignee and notes, audited; refuses an assignee who may not handle messages', async () => {
      const editor = staff.get('editor')!;
      const users = await t.accounts.service.listUsers();
      const editorId = users.find((u) => u.email === DEMO_ACCOUNT.editor)!.id;
      const contributorId = users.find((u) => u.email === DEMO_ACCOUNT.contributor)!.id;
      await sendContact(t, { name: 'Vũ Đình Khoa' }, nextIp());
      const { id } = await latestMessage(t);
      const saved = await postForm(t, `/quan-tri/lien-he/${id}`, editor, {
        status: 'handling',
        assigneeId: String(editorId),
        note: 'Đã gọi lại cho người gửi.',
      });
      assert.equal(saved.status, 303);
      const row = await latestMessage(t);
      assert.equal(row.status, 'handling');
      assert.equal(row.assignee_id, editorId);
      assert.equal(row.note, 'Đã gọi lại cho người gửi.');
      const audit = await t.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'contact.message_updated')
        .where('target', '=', `contact-message ${id}`)
        .executeTakeFirstOrThrow();
      assert.match(audit.detail, /status new → handling/);
      assert.equal(audit.actor, DEMO_ACCOUNT.editor);
      const page = await (await t.request(`/quan-tri/lien-he/${id}`, { headers: { cookie: editor.cookie } })).text();
      assert.match(page, /Đang xử lý/);
      assert.match(page, /Trần Thị Biên/);
      const refused = await postForm(t, `/quan-tri/lien-he/${id}`, editor, {
        status: 'answered',
        assigneeId: String(contributorId),
        note: '',
      });
      assert.equal(refused.status, 400);
      assert.match(await refused.text(), /không xử lý được thư liên hệ/);
      const badStatus = await postForm(t, `/quan-tri/lien-he/${id}`, editor, {
        status: 'done',
        assigneeId: '',
        note: '',
      });
      assert.equal(badStatus.status, 400);
      assert.equal((await latestMessage(t)).status, 'handling', 'nothing changed by refusals');
      const noCsrf = await postForm(t, `/quan-tri/lien-he/${id}`, { ...editor, csrf: 'sai' }, { status: 'spam' });
      assert.equal(noCsrf.status, 403);
    });

    it('shows everything a reader or the staff typed as text, never as markup', async () => {
      const admin = staff.get('admin')!;
      const created = await postForm(t, '/quan-tri/lien-he/bo-phan', admin, {
        name: `Ban <b onmouseover=alert(2)>Dân vận</b>`,
        email: 'danvan@congtin.demo',
        position: '3',
        active: '1',
      });
      assert.equal(created.status, 303);
      const form = await openContactForm(t);
      const hostile = form.departments.find((d) => d.name.includes('Dân vận'))!;
      assert.ok(hostile, 'the new department is on the form at once');
      await sendContact(
        t,
        { name: XSS, message: `<img src=x onerror=alert(1)> ${XSS}`, departmentId: hostile.id },
        nextIp(),
      );
      const { id } = await latestMessage(t);
      await postForm(t, `/quan-tri/lien-he/${id}`, admin, {
        status: 'new',
        assigneeId: '',
        note: `"><svg onload=alert(3)>`,
      });
      for (const path of ['/quan-tri/lien-he', `/quan-tri/lien-he/${id}`, '/quan-tri/lien-he/bo-phan']) {
        const html = await (await t.request(path, { headers: { cookie: admin.cookie } })).text();
        assert.doesNotMatch(html, /<script>alert|<img src=x|<svg onload|<b onmouseover/, path);
        assert.match(html, /&lt;/, `${path} shows the text escaped`);
      }
      const notice = await waitFor(
        () => mailbox.messages.find((m) => m.to.includes('danvan@congtin.demo')),
        'the notice of the hostile message',
      );
      assert.doesNotMatch(notice.html, /<script>alert|<img src=x|<b onmouseover/, 'the e-mail’s HTML escapes it too');
      assert.match(notice.html, /&lt;script&gt;/);
      const refused = await sendContact(t, { name: XSS, email: 'x' }, nextIp());
      assert.doesNotMatch(await refused.text(), /<script>alert/);
    });

    it('answers unknown and malformed ids with a Vietnamese 404', async () => {
      const editor = staff.get('editor')!;
      const admin = staff.get('admin')!;
      for (const path of ['/quan-tri/lien-he/999999', '/quan-tri/lien-he/abc', '/quan-tri/lien-he/0']) {
        const res = await t.request(path, { headers: { cookie: editor.cookie } });
        assert.equal(res.status, 404, path);
        assert.match(await res.text(), /Không tìm thấy thư này/);
      }
      const post = await postForm(t, '/quan-tri/lien-he/999999', editor, { status: 'new', assigneeId: '', note: '' });
      assert.equal(post.status, 404);
      const department = await t.request('/quan-tri/lien-he/bo-phan/999999', { headers: { cookie: admin.cookie } });
      assert.equal(department.status, 404);
      assert.match(await department.text(), /Không tìm thấy bộ phận này/);
    });

    it('lets the admin take a department off the form; its messages stay in the inbox', async () => {
      const admin = staff.get('admin')!;
      const departments = await t.contact.listDepartments({ activeOnly: false });
      const vanPhong = departments.find((d) => d.name === 'Văn phòng Đảng ủy Khối')!;
      const refused = await postForm(t, `/quan-tri/lien-he/bo-phan/${vanPhong.id}`, admin, {
        name: '',
        email: 'khong-dung',
        position: 'x',
      });
      assert.equal(refused.status, 400);
      assert.match(await refused.text(), /Hãy nhập tên bộ phận/);
      const off = await postForm(t, `/quan-tri/lien-he/bo-phan/${vanPhong.id}`, admin, {
        name: vanPhong.name,
        email: vanPhong.email,
        position: '1',
      });
      assert.equal(off.status, 303);
      const form = await openContactForm(t);
      assert.ok(!form.departments.some((d) => d.id === String(vanPhong.id)), 'no longer offered');
      const late = await postContact(
        t,
        {
          stamp: form.stamp,
          name: 'A',
          email: 'a@vidu.vn',
          phone: '',
          departmentId: String(vanPhong.id),
          message: 'x',
        },
        nextIp(),
      );
      assert.equal(late.status, 400, 'an inactive department takes no message (nor a too-fast one)');
      const inbox = await (
        await t.request(`/quan-tri/lien-he?bo-phan=${vanPhong.id}`, { headers: { cookie: admin.cookie } })
      ).text();
      assert.match(inbox, /Hoàng Thu Trang/);
      const audit = await t.db
        .selectFrom('audit_log')
        .select('detail')
        .where('action', '=', 'contact.department_updated')
        .execute();
      assert.ok(audit.some((a) => a.detail.includes('inactive')));
    });
  });
}

for (const dialect of dialectsUnderTest()) {
  describe(`contact form with a mail server that never answers [${dialect}]`, () => {
    let t: TestApp;
    let silent: Server;
    const sockets = new Set<Socket>();

    before(async () => {
      // Accepts the connection and never greets: nodemailer waits for its greeting timeout (15 s).
      silent = createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const { port } = silent.address() as AddressInfo;
      t = await startTestApp(dialect, {
        env: { TRUST_PROXY: '127.0.0.1', SMTP_URL: `smtp://127.0.0.1:${port}`, SMTP_FROM: 'congtin@congtin.test' },
      });
    });
    after(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
      await t.dispose();
    });

    it('thanks the reader at once and keeps the message; the notice waits on its own', async () => {
      const connectionsBefore = sockets.size;
      const started = performance.now();
      const res = await sendContact(t, { name: 'Người gửi lúc máy thư treo' }, '198.51.100.200');
      assert.equal(res.status, 303);
      assert.ok(performance.now() - started < 3000, 'the answer did not wait for the mail server');
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.ok(sockets.size > connectionsBefore, 'the notice is on its way to the mail server');
      const row = await latestMessage(t);
      assert.equal(row.name, 'Người gửi lúc máy thư treo');
      assert.equal(row.status, 'new');
      assert.equal(row.notified_at, null);
    });
  });
}

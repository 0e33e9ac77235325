// Attack: flood the contact form, or fake a person. A filled trap field is answered like a
// person (303) but the message is only kept as spam and nobody is e-mailed; a form sent back
// sooner than 3 s after it was issued, with a forged, altered, missing, future or day-old stamp
// is refused (400) and nothing is kept; one address gets 8 sends an hour, then a Vietnamese 429
// with Retry-After, while other addresses still send; a body over the cap is a 413 before it is
// read; no address is stored. Both databases, with a real SMTP server listening for mail.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openContactForm, postContact, sendContact } from '../support/contact.js';
import { dialectsUnderTest } from '../support/databases.js';
import { startMailbox } from '../support/mailbox.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const person = {
  name: 'Lò Văn Minh',
  email: 'minh@vidu.vn',
  phone: '',
  message: 'Xin hỏi lịch tiếp công dân tháng này.',
};

async function countMessages(t: TestApp) {
  const row = await t.db
    .selectFrom('contact_messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

for (const dialect of dialectsUnderTest()) {
  describe(`contact form spam defences [${dialect}]`, () => {
    let t: TestApp;
    let mailbox: Awaited<ReturnType<typeof startMailbox>>;
    let ip = 0;
    const nextIp = () => `192.0.2.${++ip}`;

    before(async () => {
      mailbox = await startMailbox();
      t = await startTestApp(dialect, {
        env: { TRUST_PROXY: '127.0.0.1', SMTP_URL: mailbox.url, SMTP_FROM: 'congtin@congtin.test' },
      });
    });
    after(async () => {
      await t.dispose();
      await mailbox.close();
    });

    it('answers a filled trap like a person, keeps the message as spam and e-mails nobody', async () => {
      const before = await countMessages(t);
      const res = await sendContact(t, { name: 'Bot', website: 'https://spam.example' }, nextIp());
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), '/lien-he/da-gui');
      assert.equal(await countMessages(t), before + 1);
      const row = await t.db.selectFrom('contact_messages').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
      assert.equal(row.status, 'spam');
      // A real message sent after it is e-mailed: once that one arrives, the spam would have too.
      await sendContact(t, { name: 'Người thật' }, nextIp());
      // (The reminders job e-mails too: only the contact notices are counted.)
      const notices = () => mailbox.messages.filter((m) => m.subject.startsWith('[Liên hệ]'));
      for (let i = 0; i < 100 && notices().length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      assert.equal(notices().length, 1);
      assert.match(notices()[0]!.subject, /Người thật/);
      const spamRow = await t.db
        .selectFrom('contact_messages')
        .selectAll()
        .where('id', '=', row.id)
        .executeTakeFirstOrThrow();
      assert.equal(spamRow.notified_at, null);
    });

    it('refuses a form sent back within 3 s of being issued, keeping what was typed', async () => {
      const address = nextIp();
      const before = await countMessages(t);
      const form = await openContactForm(t, address);
      t.clock.advance(1500);
      const res = await postContact(
        t,
        { ...person, stamp: form.stamp, departmentId: form.departments[0]!.id },
        address,
      );
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /Thư được gửi quá nhanh/);
      assert.match(html, /value="Lò Văn Minh"/);
      assert.equal(await countMessages(t), before);
      t.clock.advance(2000);
      const again = await postContact(
        t,
        { ...person, stamp: form.stamp, departmentId: form.departments[0]!.id },
        address,
      );
      assert.equal(again.status, 303, 'the same stamp 3.5 s after it was issued is fine');
    });

    it('refuses a forged, altered, missing, future or day-old stamp', async () => {
      const address = nextIp();
      const form = await openContactForm(t, address);
      const departmentId = form.departments[0]!.id;
      const [issued, signature] = form.stamp.split('.') as [string, string];
      t.clock.advance(10_000);
      const before = await countMessages(t);
      const earlier = String(Number(issued) - 60_000);
      const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
      const forged = [
        '',
        'abc',
        `${earlier}.${signature}`,
        `${issued}.${flipped}`,
        `${issued}.${'A'.repeat(32)}`,
        `${String(Number(issued) + 3_600_000)}.${signature}`,
        `${issued}.${signature}.x`,
      ];
      for (const stamp of forged) {
        const res = await postContact(t, { ...person, stamp, departmentId }, address);
        assert.equal(res.status, 400, `stamp ${JSON.stringify(stamp)}`);
        assert.match(await res.text(), /biểu mẫu không hợp lệ/);
      }
      assert.equal(await countMessages(t), before);
      const fresh = await openContactForm(t, nextIp());
      t.clock.advance(24 * 3600_000 + 1000);
      const old = await postContact(t, { ...person, stamp: fresh.stamp, departmentId }, nextIp());
      assert.equal(old.status, 400, 'a page left open more than a day');
      assert.match(await old.text(), /Trang đã mở quá lâu/);
    });

    it('lets one address send 8 times an hour, then answers 429 in Vietnamese; others still send', async () => {
      const address = nextIp();
      for (let i = 0; i < 8; i++) {
        const res = await sendContact(t, { message: `Thư số ${i + 1}` }, address);
        assert.equal(res.status, 303, `send ${i + 1}`);
      }
      const before = await countMessages(t);
      const form = await openContactForm(t, address);
      t.clock.advance(5000);
      const refused = await postContact(
        t,
        { ...person, stamp: form.stamp, departmentId: form.departments[0]!.id },
        address,
      );
      assert.equal(refused.status, 429);
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
      const html = await refused.text();
      assert.match(html, /<html lang="vi"/);
      assert.match(html, /Đã gửi quá nhiều thư/);
      assert.match(html, /Xin thử lại sau khoảng [0-9]+ phút/);
      assert.equal(await countMessages(t), before, 'nothing kept');
      const trap = await sendContact(t, { website: 'x' }, address);
      assert.equal(trap.status, 429, 'the trap counts too');
      assert.equal((await sendContact(t, {}, nextIp())).status, 303, 'another address');
      t.clock.advance(3600_000);
      assert.equal((await sendContact(t, {}, address)).status, 303, 'an hour later');
    });

    it('refuses a body over 48 KB with 413 before reading it', async () => {
      const form = await openContactForm(t, nextIp());
      const body = new URLSearchParams({ ...person, stamp: form.stamp, message: 'x'.repeat(60 * 1024) }).toString();
      const res = await t.request('/lien-he', {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(Buffer.byteLength(body)),
          'x-forwarded-for': nextIp(),
        },
        body,
      });
      assert.equal(res.status, 413);
      assert.match(await res.text(), /[Qq]uá lớn|vượt/);
    });

    it('stores no address of the sender', async () => {
      const rows = await t.db.selectFrom('contact_messages').selectAll().execute();
      assert.ok(rows.length > 0);
      assert.doesNotMatch(JSON.stringify(rows), /192\.0\.2\.|127\.0\.0\.1/);
    });
  });
}

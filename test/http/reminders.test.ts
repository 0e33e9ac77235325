// Reminders ("đôn đốc") end to end, against a real SMTP server on 127.0.0.1: the daily job
// notifies the task's unit in the app and by e-mail exactly once a day, not before
// REMINDER_HOUR, not again after a restart, again the next day; a refused e-mail is retried;
// a unit reporter sees only their own unit's notifications. Both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../../src/modules/accounts/index.js';
import { dialectsUnderTest } from '../support/databases.js';
import { startMailbox as startMailboxOn } from '../support/mailbox.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { loginAs, postForm, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { setAsideDemoReminders } from '../support/plans.js';
import { createReminders, createSmtpMailer } from '../../src/modules/reminders/index.js';
import { createLogger } from '../../src/platform/logger.js';

const SMTP_USER = 'congtin';
const SMTP_PASSWORD = 's@cret'; // percent-encoded in SMTP_URL
const startMailbox = () => startMailboxOn({ auth: { user: SMTP_USER, password: SMTP_PASSWORD } });

// ---- the app side ------------------------------------------------------------------------------

const OTHER_REPORTER = 'donvi-khac@congtin.test';
const OUR_TASK = 'Tổ chức hội nghị sơ kết công tác tuyên giáo quý IV';
const THEIR_TASK = 'Gửi báo cáo chuyên đề về dư luận xã hội';

/** A 2026 plan with one task due 29/11/2026 for the demo reporter's unit and one due 28/11 for another unit. */
async function createDueTasks(t: TestApp) {
  const users = await t.accounts.service.listUsers();
  const editor = users.find((u) => u.email === DEMO_ACCOUNT.editor)!;
  const reporterUnit = users.find((u) => u.email === DEMO_ACCOUNT.unit_reporter)!.unitId!;
  const otherUnit = (await t.units.listTree()).find((u) => u.parentId !== null && u.id !== reporterUnit)!.id;
  if (!users.some((u) => u.email === OTHER_REPORTER)) {
    await t.accounts.service.createUser({
      email: OTHER_REPORTER,
      name: 'Vũ Thị Khác',
      password: 'Đơn-vị-khác-2026!',
      roles: ['unit_reporter'],
      unitId: otherUnit,
    });
  }
  const ctx = {
    actor: { id: editor.id, name: editor.name, email: editor.email, roles: editor.roles, unitId: editor.unitId },
    requestId: crypto.randomUUID(),
  };
  const planId = await t.plans.createPlan(ctx, {
    programmeId: null,
    number: '45/KH-ĐUK',
    title: 'Kế hoạch thử đôn đốc năm 2026',
    issuer: 'Đảng ủy Khối',
    issuedOn: '2026-01-05',
    year: 2026,
  });
  const task = (title: string, leadUnitId: number, deadline: string) =>
    t.plans.createTask(ctx, planId, {
      title,
      description: '',
      groupName: 'Tuyên truyền',
      leadUnitId,
      coordinatorIds: [],
      parentId: null,
      recurrence: 'once',
      deadline,
      recurDay: null,
      recurMonth: null,
      recurFrom: null,
      recurTo: null,
      targetQuantity: null,
      targetUnit: '',
    });
  return {
    ours: await task(OUR_TASK, reporterUnit, '2026-11-29'),
    theirs: await task(THEIR_TASK, otherUnit, '2026-11-28'),
  };
}

const bellOf = (html: string) => {
  const link =
    /<a [^>]*href="\/quan-tri\/thong-bao" aria-label="Thông báo: (\d+) chưa đọc">Thông báo \((\d+)\)<\/a>/.exec(html);
  const [spoken, visible] = [link?.[1], link?.[2]];
  assert.equal(visible, spoken, 'the visible count and the accessible name agree');
  return visible === undefined ? undefined : Number(visible);
};

for (const dialect of dialectsUnderTest()) {
  describe(`reminders [${dialect}]`, () => {
    let mailbox: Awaited<ReturnType<typeof startMailbox>>;
    let t: TestApp;
    let tasks: { ours: number; theirs: number };
    let reporter: StaffSession;
    let other: StaffSession;

    const page = async (path: string, session: StaffSession) => {
      const res = await t.request(path, { headers: { cookie: session.cookie } });
      assert.equal(res.status, 200, path);
      return res.text();
    };
    const bell = async (session: StaffSession) => bellOf(await page('/quan-tri', session));

    before(async () => {
      mailbox = await startMailbox();
      // 27/11/2026 06:30 in Vietnam: before REMINDER_HOUR (7), so the start-up run does nothing.
      t = await startTestApp(dialect, {
        now: '2026-11-26T23:30:00Z',
        env: {
          SMTP_URL: `smtp://${SMTP_USER}:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${mailbox.port}`,
          SMTP_FROM: 'dondoc@congtin.test',
        },
      });
      await setAsideDemoReminders(t);
      tasks = await createDueTasks(t);
    });
    after(async () => {
      await t.dispose();
      await mailbox.close();
    });

    it('does nothing before REMINDER_HOUR, Vietnam time', async () => {
      const result = await t.reminders.runDue();
      assert.equal(result.day, undefined);
      assert.equal(mailbox.messages.length, 0);
      reporter = await loginAs(t, DEMO_ACCOUNT.unit_reporter, DEMO_PASSWORD);
      assert.equal(await bell(reporter), 0);
    });

    it('from 07:00 sends the unit reporter exactly one e-mail naming the task, its deadline and its address', async () => {
      t.clock.set('2026-11-27T00:00:00Z'); // 07:00 in Vietnam
      await t.reminders.runDue();
      const mails = mailbox.to(DEMO_ACCOUNT.unit_reporter);
      assert.equal(mails.length, 1);
      const mail = mails[0]!;
      assert.equal(mail.subject, '[Đôn đốc] 1 việc sắp đến hạn hoặc quá hạn');
      assert.match(mail.from, /dondoc@congtin\.test/);
      assert.ok(mail.text.includes(`Nhiệm vụ “${OUR_TASK}”`), mail.text);
      assert.match(mail.text, /đến hạn ngày 29\/11\/2026, còn 2 ngày/);
      assert.ok(mail.text.includes(`https://congtin.test/quan-tri/nhiem-vu/${tasks.ours}`));
      assert.ok(mail.html.includes(`href="https://congtin.test/quan-tri/nhiem-vu/${tasks.ours}"`));
      assert.ok(mail.html.includes(OUR_TASK));
      assert.ok(!mail.text.includes(THEIR_TASK), "another unit's task is not in this e-mail");
      // The other unit's reporter got theirs; editors, leaders and the admin get nothing.
      const theirs = mailbox.to(OTHER_REPORTER);
      assert.equal(theirs.length, 1);
      assert.ok(theirs[0]!.text.includes(THEIR_TASK) && !theirs[0]!.text.includes(OUR_TASK));
      for (const role of ['admin', 'editor', 'leader', 'contributor'] as Role[])
        assert.equal(mailbox.to(DEMO_ACCOUNT[role]).length, 0, role);
      assert.equal(mailbox.messages.length, 2);
    });

    it('sends nothing more the same day, neither on the next run nor after a restart', async () => {
      t.clock.set('2026-11-27T09:00:00Z'); // 16:00
      const again = await t.reminders.runDue();
      assert.deepEqual([again.notifications, again.emails], [0, 0]);
      t = await t.restart();
      await t.reminders.runDue();
      assert.equal(mailbox.messages.length, 2);
      reporter = await loginAs(t, DEMO_ACCOUNT.unit_reporter, DEMO_PASSWORD);
      assert.equal(await bell(reporter), 1, 'one notification, not one per run');
    });

    it('shows the bell with the unread count and lists the notification, linking to the task', async () => {
      const html = await page('/quan-tri/thong-bao', reporter);
      assert.equal(bellOf(html), 1);
      assert.ok(html.includes(`<a href="/quan-tri/nhiem-vu/${tasks.ours}">Nhiệm vụ “${OUR_TASK}”`));
      assert.match(html, /Chưa đọc/);
      assert.ok(!html.includes(THEIR_TASK));
    });

    it("shows another unit's reporter only their own unit's notifications, and refuses to touch ours", async () => {
      other = await loginAs(t, OTHER_REPORTER, 'Đơn-vị-khác-2026!');
      const html = await page('/quan-tri/thong-bao', other);
      assert.ok(html.includes(THEIR_TASK));
      assert.ok(!html.includes(OUR_TASK));
      const ours = await t.db
        .selectFrom('notifications')
        .select('id')
        .where('task_id', '=', tasks.ours)
        .executeTakeFirstOrThrow();
      const res = await postForm(t, `/quan-tri/thong-bao/${ours.id}/da-doc`, other, {});
      assert.equal(res.status, 404);
      assert.equal(await bell(reporter), 1, 'still unread for the unit reporter it belongs to');
      // An editor receives none (the dashboards are theirs): no bell, and the page says why.
      const editor = await loginAs(t, DEMO_ACCOUNT.editor, DEMO_PASSWORD);
      const editorPage = await page('/quan-tri/thong-bao', editor);
      assert.equal(bellOf(editorPage), undefined);
      assert.match(editorPage, /không nhận thông báo đôn đốc/);
      assert.ok(!editorPage.includes(OUR_TASK) && !editorPage.includes(THEIR_TASK));
    });

    it('marking a notification read clears the count for that user only', async () => {
      const ours = await t.db
        .selectFrom('notifications')
        .select('id')
        .where('task_id', '=', tasks.ours)
        .executeTakeFirstOrThrow();
      const res = await postForm(t, `/quan-tri/thong-bao/${ours.id}/da-doc`, reporter, {});
      assert.equal(res.status, 303);
      assert.equal(await bell(reporter), 0);
      assert.doesNotMatch(await page('/quan-tri/thong-bao', reporter), /Chưa đọc/);
      assert.equal(await bell(other), 1);
    });

    it('sends again the next day, and a refused e-mail goes out at the next tick, once', async () => {
      t.clock.set('2026-11-28T00:30:00Z'); // 28/11 07:30
      mailbox.refuseOnce.add(DEMO_ACCOUNT.unit_reporter);
      await t.reminders.runDue();
      assert.equal(mailbox.to(DEMO_ACCOUNT.unit_reporter).length, 1, 'refused: nothing delivered yet');
      assert.equal(mailbox.to(OTHER_REPORTER).length, 2);
      t.clock.set('2026-11-28T00:35:00Z');
      await t.reminders.runDue();
      await t.reminders.runDue();
      const mails = mailbox.to(DEMO_ACCOUNT.unit_reporter);
      assert.equal(mails.length, 2);
      assert.match(mails[1]!.text, /đến hạn ngày 29\/11\/2026, còn 1 ngày/);
      assert.equal(mailbox.to(OTHER_REPORTER).length, 2);
      // A day later the sessions have ended (SESSION_MAX_HOURS).
      reporter = await loginAs(t, DEMO_ACCOUNT.unit_reporter, DEMO_PASSWORD);
      other = await loginAs(t, OTHER_REPORTER, 'Đơn-vị-khác-2026!');
      assert.equal(await bell(reporter), 1);
    });

    it('marks everything read at once', async () => {
      assert.equal(await bell(other), 2);
      const res = await postForm(t, '/quan-tri/thong-bao/da-doc', other, {});
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), '/quan-tri/thong-bao?tb=da-doc-het');
      assert.equal(await bell(other), 0);
      assert.equal(await bell(reporter), 1, 'each user has their own read state');
    });

    it('two nodes running the day at the same moment send each e-mail once', async () => {
      t.clock.set('2026-11-29T00:10:00Z'); // 29/11 07:10
      const node = () =>
        createReminders({
          db: t.db,
          clock: t.clock,
          logger: createLogger('silent'),
          policy: { daysAhead: 3, overdueDays: 30, hour: 7 },
          listDue: (days) => t.plans.listReminders(days),
          listUsers: () => t.accounts.service.listUsers(),
          mailer: createSmtpMailer(
            {
              url: `smtp://${SMTP_USER}:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${mailbox.port}`,
              from: 'dondoc@congtin.test',
            },
            () => 'Cổng tin',
          ),
          siteUrl: 'https://congtin.test',
          siteName: () => 'Cổng tin',
        });
      const before = mailbox.messages.length;
      const runs = await Promise.all([node().runDue(), node().runDue(), t.reminders.runDue()]);
      assert.equal(runs.filter((r) => r.notifications > 0).length, 1, 'one node claims the day');
      assert.equal(
        runs.reduce((n, r) => n + r.emails, 0),
        2,
      );
      assert.equal(mailbox.messages.length, before + 2);
      assert.equal(mailbox.to(DEMO_ACCOUNT.unit_reporter).length, 3);
      assert.equal(mailbox.to(OTHER_REPORTER).length, 3);
    });

    it('reminds overdue tasks up to REMINDER_OVERDUE_DAYS, then only the dashboards show them', async () => {
      t.clock.set('2026-11-30T01:00:00Z'); // 30/11: the other unit's task is 2 days late
      await t.reminders.runDue();
      const late = mailbox.to(OTHER_REPORTER).at(-1)!;
      assert.match(late.text, /đã quá hạn 2 ngày \(hạn ngày 28\/11\/2026\)/);
      const count = mailbox.messages.length;
      // 53 days late: beyond the default 30 (and no opinion report is due then: December's closed
      // on 15/01, January's falls due on 05/02).
      t.clock.set('2027-01-20T01:00:00Z');
      const result = await t.reminders.runDue();
      assert.equal(result.notifications, 0);
      assert.equal(mailbox.messages.length, count);
    });
  });

  describe(`reminders without SMTP [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect, { now: '2026-11-26T23:30:00Z' });
      await setAsideDemoReminders(t);
    });
    after(() => t.dispose());

    it('notifies in the app, sends no e-mail and raises no error', async () => {
      await createDueTasks(t);
      t.clock.set('2026-11-27T00:00:00Z');
      const result = await t.reminders.runDue();
      assert.equal(result.emails, 0);
      assert.ok(result.notifications >= 2);
      assert.equal((await t.db.selectFrom('reminder_emails').selectAll().execute()).length, 0);
      const reporter = await loginAs(t, DEMO_ACCOUNT.unit_reporter, DEMO_PASSWORD);
      const html = await (await t.request('/quan-tri/thong-bao', { headers: { cookie: reporter.cookie } })).text();
      assert.equal(bellOf(html), 1);
      assert.ok(html.includes(OUR_TASK));
    });
  });
}

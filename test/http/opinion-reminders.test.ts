// The daily reminder job chases the public-opinion reports units owe, on both databases: "due
// soon" in the REMINDER_DAYS_AHEAD window before the deadline (Vietnam time), "overdue" after it
// for the units that have not filed, nothing once a unit has filed or the period has closed; the
// notice links to the form with the period chosen, and says nothing a report holds.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { loginAs, postForm } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HEALTH = 'Đảng bộ Sở Y tế';
const TITLE = 'Báo cáo “Tình hình tư tưởng và dư luận xã hội tháng 12/2026”';

for (const dialect of dialectsUnderTest()) {
  describe(`opinion report reminders [${dialect}]`, () => {
    let t: TestApp;
    let reporterUnit = 0;
    let healthUnit = 0;

    /** The report reminders of one Vietnam day, per unit. */
    async function reportNotices(day: string) {
      return t.db
        .selectFrom('notifications')
        .select(['unit_id', 'kind', 'text', 'link', 'task_id'])
        .where('day', '=', day)
        .where('occurrence_key', 'like', 'opinion:%')
        .orderBy('unit_id')
        .execute();
    }

    before(async () => {
      // Thursday 03/12/2026 10:00 in Vietnam: the demo's reports run up to November.
      t = await startTestApp(dialect, { now: '2026-12-03T03:00:00Z' });
      const users = await t.accounts.service.listUsers();
      reporterUnit = users.find((u) => u.email === DEMO_ACCOUNT.unit_reporter)!.unitId!;
      healthUnit = (await t.units.listTree()).find((u) => u.name === HEALTH)!.id;
      assert.notEqual(reporterUnit, healthUnit);
    });
    after(() => t.dispose());

    it('reminds every unit that owes December two days before its deadline, with a link to the form', async () => {
      t.clock.set('2027-01-03T03:00:00Z');
      const run = await t.reminders.runDue();
      assert.equal(run.day, '2027-01-03');
      const notices = await reportNotices('2027-01-03');
      const expected = (await t.units.listTree()).filter((u) => u.parentId !== null).length;
      assert.equal(notices.length, expected, 'one per unit expected to report');
      const ours = notices.find((n) => n.unit_id === reporterUnit)!;
      assert.equal(ours.kind, 'due_soon');
      assert.equal(ours.task_id, null);
      assert.equal(ours.text, `${TITLE} đến hạn ngày 05/01/2027, còn 2 ngày.`);
      assert.equal(ours.link, '/quan-tri/du-luan/moi?ky=2026-12');

      const reporter = await loginAs(t, DEMO_ACCOUNT.unit_reporter, DEMO_PASSWORD);
      const bell = await t.request('/quan-tri/thong-bao', { headers: { cookie: reporter.cookie } });
      const html = await bell.text();
      assert.ok(html.includes('Tình hình tư tưởng và dư luận xã hội tháng 12/2026'), 'the unit reads it');
      assert.ok(html.includes('href="/quan-tri/du-luan/moi?ky=2026-12"'));
      const form = await t.request(ours.link, { headers: { cookie: reporter.cookie } });
      assert.equal(form.status, 200);
      assert.match(await form.text(), /<option value="2026-12" selected[^>]*>Tháng 12\/2026<\/option>/);

      const editor = await loginAs(t, DEMO_ACCOUNT.editor, DEMO_PASSWORD);
      const editorsBell = await (await t.request('/quan-tri/thong-bao', { headers: { cookie: editor.cookie } })).text();
      assert.ok(!editorsBell.includes('dư luận xã hội tháng 12/2026'), 'editors see no opinion reminder');
    });

    it('reminds only the units that have not filed once the deadline has passed, as overdue', async () => {
      t.clock.set('2027-01-06T01:00:00Z'); // 06/01 08:00: filed a day late
      const reporter = await loginAs(t, DEMO_ACCOUNT.unit_reporter, DEMO_PASSWORD);
      const filed = await postForm(t, '/quan-tri/du-luan', reporter, {
        periodKey: '2026-12',
        classification: 'noi_bo',
        membersSituation: 'Cán bộ, đảng viên yên tâm công tác.',
        topics: 'Giá xăng dầu',
        publicOpinion: 'Nhân dân đồng tình.',
      });
      assert.equal(filed.status, 303);

      t.clock.set('2027-01-07T03:00:00Z');
      await t.reminders.runDue();
      const notices = await reportNotices('2027-01-07');
      assert.ok(!notices.some((n) => n.unit_id === reporterUnit), 'a unit that filed is not chased');
      const health = notices.find((n) => n.unit_id === healthUnit)!;
      assert.equal(health.kind, 'overdue');
      assert.equal(health.text, `${TITLE} đã quá hạn 2 ngày (hạn ngày 05/01/2027).`);
    });

    it('stops once the period has closed (15/01, ten days after the deadline)', async () => {
      t.clock.set('2027-01-15T16:00:00Z'); // 15/01 23:00 in Vietnam: still open
      await t.reminders.runDue();
      assert.ok((await reportNotices('2027-01-15')).some((n) => n.unit_id === healthUnit));
      t.clock.set('2027-01-16T03:00:00Z');
      await t.reminders.runDue();
      assert.deepEqual(await reportNotices('2027-01-16'), []);
    });
  });
}

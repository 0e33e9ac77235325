// The demo is alive on the day it is first started: besides the 2023 plan, a plan of the current
// year whose dates count from that day, with tasks done (on time and late), overdue, due this
// week, in progress and not due yet, daily and monthly tasks partly reported and partly missed,
// and the unit reporter's and the leader's bells ringing. Both databases, on a fixed clock.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { loginAs, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// 14/03/2027 06:00 in Vietnam, before REMINDER_HOUR: a day no fixture of the 2023 plan was written for.
const NOW = '2027-03-13T23:00:00Z';
const TODAY = '2027-03-14';

const bellOf = (html: string) =>
  Number(/href="\/quan-tri\/thong-bao" aria-label="Thông báo: (\d+) chưa đọc"/.exec(html)?.[1] ?? 0);

for (const dialect of dialectsUnderTest()) {
  describe(`the demo's current plan [${dialect}]`, () => {
    let t: TestApp;
    let editor: StaffSession;
    const page = async (path: string, session: StaffSession) => {
      const res = await t.request(path, { headers: { cookie: session.cookie } });
      assert.equal(res.status, 200, path);
      return res.text();
    };
    const editorCtx = async () => {
      const u = (await t.accounts.service.listUsers()).find((x) => x.email === DEMO_ACCOUNT.editor)!;
      return { actor: { ...u, unitId: u.unitId }, requestId: crypto.randomUUID() };
    };

    before(async () => {
      t = await startTestApp(dialect, { now: NOW });
      editor = await loginAs(t, DEMO_ACCOUNT.editor, DEMO_PASSWORD);
    });
    after(() => t.dispose());

    it('keeps the 2023 plan and adds the plan of the year it is started in', async () => {
      const plans = await t.plans.listPlans(await editorCtx());
      const old = plans.find((p) => p.number === '132/KH-ĐUK');
      const current = plans.find((p) => p.year === 2027);
      assert.equal(old?.year, 2023);
      assert.ok(current, 'a plan of 2027');
      assert.equal(current.issuedOn, '2027-01-09');
      // 17-ĐA/TU ended in 2025: this year's plan carries out the next programme.
      assert.match(current.programmeTitle ?? '', /2026–2030/);
      const index = await page('/quan-tri/ke-hoach', editor);
      assert.ok(index.includes(`Kế hoạch số ${current.number}`));
    });

    it('has tasks in every state, counted from the day of the first start', async () => {
      const ctx = await editorCtx();
      const current = (await t.plans.listPlans(ctx)).find((p) => p.year === 2027)!;
      const { tasks } = await t.plans.getPlan(ctx, current.id);
      const states = new Set(tasks.map((x) => x.status.status));
      for (const state of ['done_on_time', 'done_late', 'overdue', 'in_progress', 'not_due'] as const)
        assert.ok(states.has(state), state);
      const weekEnd = '2027-03-21';
      const dueThisWeek = tasks.filter(
        (x) => x.recurrence.kind === 'once' && x.recurrence.deadline >= TODAY && x.recurrence.deadline <= weekEnd,
      );
      assert.ok(dueThisWeek.length >= 2, 'tasks due this week');
      assert.ok(dueThisWeek.every((x) => x.status.status === 'not_due' || x.status.status === 'in_progress'));
      const recurring = tasks.filter((x) => x.recurrence.kind === 'daily' || x.recurrence.kind === 'monthly');
      assert.ok(recurring.some((x) => x.recurrence.kind === 'daily'));
      assert.ok(recurring.some((x) => x.recurrence.kind === 'monthly'));
      for (const task of recurring) {
        const past = task.status.occurrences.filter((o) => o.key < TODAY);
        assert.ok(past.length > 0, task.title);
        assert.ok(
          past.filter((o) => o.status.startsWith('done')).length >= past.length / 2,
          `${task.title}: mostly done`,
        );
      }
      const missed = recurring.flatMap((x) => x.status.occurrences).filter((o) => o.status === 'overdue');
      assert.ok(missed.length >= 3, 'some occurrences were missed');
    });

    it('shows reports with evidence articles on a task', async () => {
      const ctx = await editorCtx();
      const current = (await t.plans.listPlans(ctx)).find((p) => p.year === 2027)!;
      const { tasks } = await t.plans.getPlan(ctx, current.id);
      const cited = [];
      for (const task of tasks.filter((x) => x.recurrence.kind === 'once'))
        cited.push(...(await t.plans.getTask(ctx, task.id)).reports.filter((r) => r.articles.length > 0));
      assert.ok(cited.length >= 2, 'reports citing published articles');
    });

    it('rings the unit reporter’s and the leader’s bells on the first start, before REMINDER_HOUR too', async () => {
      for (const email of [DEMO_ACCOUNT.unit_reporter, DEMO_ACCOUNT.leader]) {
        const session = await loginAs(t, email, DEMO_PASSWORD);
        const html = await page('/quan-tri/thong-bao', session);
        assert.ok(bellOf(html) >= 2, `${email}: ${bellOf(html)} unread`);
        assert.match(html, /quá hạn/);
      }
      // The editor, of no unit, watches the dashboards instead.
      assert.equal(bellOf(await page('/quan-tri', editor)), 0);
    });

    it('names the export of 132/KH-ĐUK with Đ as D', async () => {
      const plans = await t.plans.listPlans(await editorCtx());
      const old = plans.find((p) => p.number === '132/KH-ĐUK')!;
      const res = await t.request(`/quan-tri/ke-hoach/${old.id}/bao-cao-tien-do.xlsx`, {
        headers: { cookie: editor.cookie },
      });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-disposition'), 'attachment; filename="bao-cao-tien-do-132-KH-DUK.xlsx"');
      await res.arrayBuffer();
    });
  });
}

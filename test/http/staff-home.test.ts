// The staff home page (/quan-tri) guides each role: a unit reporter sees their unit's deadlines of
// this week and the missed ones, each with a "Báo cáo" button to the task's report form, and their
// latest notifications; an editor the review queue and the publishing schedule (Vietnam time); a
// leader the plans in progress as bars with figures and the units furthest behind; an admin what
// fits their permissions; leaders and the admin also the opinion reports' figures, a unit reporter
// their unit's (their content is in opinion-home.test.ts). Nobody sees another role's panels, and
// the menu lists only what each role can open. Both databases, on a fixed clock.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../../src/modules/accounts/index.js';
import { dialectsUnderTest } from '../support/databases.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { onceTask } from '../support/plans.js';
import { loginAs, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DUE_SOON = 'Tổ chức hội nghị học tập nghị quyết tháng 11';
const OVERDUE = 'Nộp danh sách đoàn viên tiêu biểu';
const OTHER_UNIT = 'Việc riêng của đơn vị khác trong tuần';
const IN_REVIEW = 'Bài gửi duyệt về phong trào thi đua';
const SCHEDULED = 'Bài hẹn giờ về ngày hội đại đoàn kết';
const PLAN_NUMBER = '77/KH-TRANGCHU';

const PANELS = [
  'viec-cua-don-vi',
  'tien-do-ke-hoach',
  'bai-cho-duyet',
  'bai-cua-ban',
  'thong-bao-moi',
  'du-luan-xa-hoi',
  'bao-cao-du-luan',
] as const;
type Panel = (typeof PANELS)[number];

/** Which panels each demo role sees (the admin has no unit and receives no reminders). */
const EXPECTED_PANELS: Record<Role, Panel[]> = {
  unit_reporter: ['viec-cua-don-vi', 'bao-cao-du-luan', 'thong-bao-moi'],
  editor: ['bai-cho-duyet'],
  leader: ['tien-do-ke-hoach', 'du-luan-xa-hoi'],
  contributor: ['bai-cua-ban'],
  admin: ['tien-do-ke-hoach', 'bai-cho-duyet', 'du-luan-xa-hoi'],
};

/** The staff menu of each role: nothing it would open to a 403 or a page it has no use for. */
const EXPECTED_MENU: Record<Exclude<Role, 'admin'>, string[]> = {
  editor: [
    '/quan-tri',
    '/quan-tri/bai-viet',
    '/quan-tri/ke-hoach',
    '/quan-tri/thu-vien-anh',
    '/quan-tri/diem-tin',
    '/quan-tri/su-kien',
    '/quan-tri/chuyen-muc',
    '/quan-tri/van-ban',
    '/quan-tri/lien-he',
    '/quan-tri/lich-su-dang-bo',
    '/quan-tri/ma-api',
    '/quan-tri/tai-khoan/xac-thuc-hai-yeu-to',
  ],
  contributor: [
    '/quan-tri',
    '/quan-tri/bai-viet',
    '/quan-tri/thu-vien-anh',
    '/quan-tri/lich-su-dang-bo',
    '/quan-tri/ma-api',
    '/quan-tri/tai-khoan/xac-thuc-hai-yeu-to',
  ],
  unit_reporter: [
    '/quan-tri',
    '/quan-tri/ke-hoach',
    '/quan-tri/su-kien',
    '/quan-tri/du-luan',
    '/quan-tri/ma-api',
    '/quan-tri/tai-khoan/xac-thuc-hai-yeu-to',
  ],
  leader: [
    '/quan-tri',
    '/quan-tri/ke-hoach',
    '/quan-tri/lich-su-dang-bo',
    '/quan-tri/du-luan',
    '/quan-tri/ma-api',
    '/quan-tri/tai-khoan/xac-thuc-hai-yeu-to',
  ],
};

const ROLES = Object.keys(DEMO_ACCOUNT) as Role[];

async function contextOf(t: TestApp, email: string) {
  const user = (await t.accounts.service.listUsers()).find((u) => u.email === email)!;
  return {
    actor: { id: user.id, name: user.name, email: user.email, roles: user.roles, unitId: user.unitId },
    requestId: crypto.randomUUID(),
  };
}

/** A reporter of their own: the demo's plans give the demo unit work of their own, whatever today is. */
const REPORTER = { email: 'donvi-trangchu@congtin.test', password: 'Trang-chu-don-vi-2026!' };

/**
 * A plan with two tasks of a unit no demo plan uses (due Thursday, missed last Friday; today is Tuesday), whose
 * reporter is REPORTER, and one task of another unit.
 */
async function createPlanWork(t: TestApp) {
  const editor = await contextOf(t, DEMO_ACCOUNT.editor);
  const units = (await t.units.listTree()).filter((u) => u.parentId !== null);
  const counts = await Promise.all(units.map(async (u) => (await t.plans.listTasksOfUnit(editor, u.id)).tasks.length));
  const quiet = units.filter((_, i) => counts[i] === 0);
  const [unitId, otherUnit] = [quiet[0]!.id, quiet[1]!.id];
  await t.accounts.service.createUser({
    email: REPORTER.email,
    name: 'Đỗ Văn Trang',
    password: REPORTER.password,
    roles: ['unit_reporter'],
    unitId,
  });
  const planId = await t.plans.createPlan(editor, {
    programmeId: null,
    number: PLAN_NUMBER,
    title: 'Kế hoạch thử trang chủ năm 2026',
    issuer: 'Đảng ủy Khối',
    issuedOn: '2026-01-05',
    year: 2026,
  });
  const task = (title: string, leadUnitId: number, deadline: string) =>
    t.plans.createTask(editor, planId, onceTask({ title, groupName: 'Tuyên truyền', leadUnitId, deadline }));
  return {
    planId,
    dueSoon: await task(DUE_SOON, unitId, '2026-11-26'),
    overdue: await task(OVERDUE, unitId, '2026-11-20'),
    other: await task(OTHER_UNIT, otherUnit, '2026-11-25'),
  };
}

/** One article sent for review by the contributor, one scheduled by the editor for 25/11 08:30. */
async function createNewsroomWork(t: TestApp) {
  const contributor = await contextOf(t, DEMO_ACCOUNT.contributor);
  const editor = await contextOf(t, DEMO_ACCOUNT.editor);
  const categoryId = (await t.articles.listCategories())[0]!.id;
  const body = { lead: '', bodyHtml: '<p>Nội dung của bài viết thử.</p>', categoryId };
  const review = await t.newsroom.create(contributor, { title: IN_REVIEW, ...body });
  await t.newsroom.act(contributor, review.id, 'submit');
  const scheduled = await t.newsroom.create(editor, { title: SCHEDULED, ...body });
  // 25/11/2026 08:30 in Vietnam.
  await t.newsroom.act(editor, scheduled.id, 'publish', { publishAt: new Date('2026-11-25T01:30:00Z') });
  return { review: review.id, scheduled: scheduled.id };
}

/** The part of the page inside one panel's <section>, or undefined when the panel is absent. */
function panelOf(html: string, id: Panel): string | undefined {
  const start = html.indexOf(`<section class="home-panel block" id="${id}"`);
  if (start === -1) return undefined;
  return html.slice(start, html.indexOf('</section>', start));
}

const menuOf = (html: string) => {
  const nav = /<ul id="staff-menu">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  return [...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).filter((href) => href.startsWith('/quan-tri'));
};

for (const dialect of dialectsUnderTest()) {
  describe(`staff home page [${dialect}]`, () => {
    let t: TestApp;
    let plan: Awaited<ReturnType<typeof createPlanWork>>;
    let articles: Awaited<ReturnType<typeof createNewsroomWork>>;
    const sessions = {} as Record<Role, StaffSession>;
    const home = {} as Record<Role, string>;
    /** REPORTER's home page and session: the unit whose work the test made. */
    let reporter: StaffSession;
    let reporterHome: string;

    const get = (path: string, role: Role) => t.request(path, { headers: { cookie: sessions[role].cookie } });

    before(async () => {
      // Monday 23/11/2026 06:00 in Vietnam: before REMINDER_HOUR, so the start-up run sends nothing.
      t = await startTestApp(dialect, { now: '2026-11-22T23:00:00Z' });
      plan = await createPlanWork(t);
      articles = await createNewsroomWork(t);
      // Tuesday 24/11 09:00: that day's reminders go out (the first start may have claimed Monday's).
      t.clock.set('2026-11-24T02:00:00Z');
      await t.reminders.runDue();
      for (const role of ROLES) {
        sessions[role] = await loginAs(t, DEMO_ACCOUNT[role], DEMO_PASSWORD);
        const res = await get('/quan-tri', role);
        assert.equal(res.status, 200, role);
        home[role] = await res.text();
      }
      reporter = await loginAs(t, REPORTER.email, REPORTER.password);
      reporterHome = await (await t.request('/quan-tri', { headers: { cookie: reporter.cookie } })).text();
    });
    after(() => t.dispose());

    it('shows each role its own panels and no other role’s', () => {
      for (const role of ROLES) {
        // A leader placed in a unit also receives its reminders; the demo decides where leaders sit.
        const optional = role === 'leader' ? ['thong-bao-moi'] : [];
        const shown = PANELS.filter((id) => panelOf(home[role], id) !== undefined && !optional.includes(id));
        assert.deepEqual(shown.sort(), [...EXPECTED_PANELS[role]].sort(), role);
      }
      const shown = PANELS.filter((id) => panelOf(reporterHome, id) !== undefined);
      assert.deepEqual(shown.sort(), ['bao-cao-du-luan', 'thong-bao-moi', 'viec-cua-don-vi']);
    });

    it('gives the unit reporter this week’s deadline and the missed one, each with a working “Báo cáo” button', async () => {
      const panel = panelOf(reporterHome, 'viec-cua-don-vi')!;
      assert.match(panel, /Đến hạn trong tuần này \(1\)/);
      assert.match(panel, /Quá hạn \(1\)/);
      assert.ok(panel.includes(DUE_SOON) && panel.includes('Hạn 26/11/2026'), 'the task due on Thursday');
      assert.ok(panel.includes(OVERDUE) && panel.includes('Hạn 20/11/2026 · quá 4 ngày'), 'the task missed on Friday');
      assert.ok(!panel.includes(OTHER_UNIT), 'another unit’s task is not the reporter’s');
      // This week's deadline is listed before the missed ones.
      assert.ok(panel.indexOf(DUE_SOON) < panel.indexOf(OVERDUE));
      for (const taskId of [plan.dueSoon, plan.overdue]) {
        const href = `/quan-tri/nhiem-vu/${taskId}#gui-bao-cao`;
        const button = new RegExp(
          `<a class="button home-item-action" href="${href}" aria-label="Báo cáo: [^"]+">Báo cáo</a>`,
        );
        assert.match(panel, button);
        const form = await t.request(href.split('#')[0]!, { headers: { cookie: reporter.cookie } });
        assert.equal(form.status, 200);
        const html = await form.text();
        assert.match(html, /id="gui-bao-cao"/, 'the page has the report form the button points at');
        assert.match(html, new RegExp(`action="/quan-tri/nhiem-vu/${taskId}/bao-cao"`));
      }
    });

    it('shows the unit reporter their latest notifications', () => {
      const panel = panelOf(reporterHome, 'thong-bao-moi')!;
      assert.match(panel, /2 thông báo chưa đọc\./);
      assert.ok(panel.includes(DUE_SOON) && panel.includes(OVERDUE), 'a notice about each of the unit’s tasks');
      assert.ok(!panel.includes(OTHER_UNIT));
      assert.match(panel, /Ngày 24\/11\/2026/);
      assert.match(panel, /href="\/quan-tri\/thong-bao">Mọi thông báo</);
    });

    it('gives the editor the review queue and the schedule in Vietnam time, with links to each article', () => {
      const panel = panelOf(home.editor, 'bai-cho-duyet')!;
      assert.match(panel, new RegExp(`<a href="/quan-tri/bai-viet/${articles.review}">${IN_REVIEW}</a>`));
      assert.match(panel, new RegExp(`<a href="/quan-tri/bai-viet/${articles.scheduled}">${SCHEDULED}</a>`));
      assert.ok(panel.includes('Xuất bản lúc 25/11/2026 08:30'), 'the publishing time, in Vietnam');
      assert.match(panel, /Chờ duyệt \(\d+\)/);
      assert.match(panel, /Hẹn giờ xuất bản \(\d+\)/);
      assert.ok(!reporterHome.includes(IN_REVIEW), 'a unit reporter does not see the review queue');
      assert.ok(!home.editor.includes(DUE_SOON), 'an editor does not see a unit’s deadlines');
    });

    it('gives the leader each plan in progress as a bar with its figures, and the units furthest behind', () => {
      const panel = panelOf(home.leader, 'tien-do-ke-hoach')!;
      assert.ok(panel.includes(`Số ${PLAN_NUMBER}: Kế hoạch thử trang chủ năm 2026`));
      assert.ok(
        panel.includes(`role="img" aria-label="Kế hoạch số ${PLAN_NUMBER}: hoàn thành 0 trên 3 nhiệm vụ, 1 quá hạn"`),
        'the chart is named with its figures',
      );
      assert.ok(panel.includes('Hoàn thành 0/3 nhiệm vụ (0%); quá hạn 1 · đang thực hiện 0 · chưa đến hạn 2'));
      assert.match(panel, /Đơn vị chậm tiến độ nhất/);
      assert.match(panel, /<ol class="home-list home-units">[\s\S]*nhiệm vụ quá hạn/);
      assert.ok((panel.match(/<li>/g) ?? []).length <= 5 + 6, 'a short panel, not every unit');
    });

    it('tells a unit reporter with no unit why there is no work, and leaves “Kế hoạch” out of their menu', async () => {
      const email = 'chua-co-don-vi@congtin.test';
      const password = 'Chua-co-don-vi-2026!';
      await t.accounts.service.createUser({
        email,
        name: 'Mai Văn Chờ',
        password,
        roles: ['unit_reporter'],
        unitId: null,
      });
      const session = await loginAs(t, email, password);
      const html = await (await t.request('/quan-tri', { headers: { cookie: session.cookie } })).text();
      // Lịch sử Đảng bộ shows only once they are appointed to a book (test/http/history.test.ts).
      assert.deepEqual(menuOf(html), ['/quan-tri', '/quan-tri/ma-api', '/quan-tri/tai-khoan/xac-thuc-hai-yeu-to']);
      const panel = panelOf(html, 'viec-cua-don-vi')!;
      assert.match(panel, /chưa gắn với đơn vị nào/);
      assert.equal(panelOf(html, 'thong-bao-moi'), undefined, 'no unit, no reminders');
      assert.equal(panelOf(html, 'bao-cao-du-luan'), undefined, 'no unit, no opinion report to file');
    });

    it('lists in each role’s menu only the sections it can open', async () => {
      for (const role of Object.keys(EXPECTED_MENU) as Array<keyof typeof EXPECTED_MENU>) {
        assert.deepEqual(menuOf(home[role]), EXPECTED_MENU[role], role);
      }
      const everySection = menuOf(home.admin);
      for (const role of ROLES) {
        const menu = menuOf(home[role]);
        for (const href of everySection) {
          const res = await get(href, role);
          // The history list answers everyone who may be appointed ("no book yet"); its menu item
          // shows only to editors, leaders and appointed writers.
          const opensUnlisted = href === '/quan-tri/lich-su-dang-bo';
          assert.equal(res.status, menu.includes(href) || opensUnlisted ? 200 : 403, `${role} ${href}`);
        }
      }
    });
  });
}

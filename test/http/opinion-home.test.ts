// The opinion reports on the staff home page (/quan-tri), both databases, on a fixed clock: a
// leader and the admin see "Dư luận xã hội" for the period under review (November 2026, due
// 05/12, looked at on 08/12 in Vietnam) with the same figures as the overview — every unit filed
// but one late and one missing — and the open "điểm nóng" and "phức tạp" cases with the oldest
// one's age; a unit reporter sees their unit's open periods, the missed one with a "Nộp báo cáo"
// button to the form with that period chosen; editors and contributors see nothing of it. No
// case's title reaches any home page, and showing the panels writes no audit read rows.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../../src/modules/accounts/index.js';
import { importOpinionReport } from '../../src/modules/opinion/index.js';
import { dialectsUnderTest } from '../support/databases.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { loginAs, postForm, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LATE_UNIT = 'Đảng bộ Sở Y tế';
const OLD_HOT_CASE = 'Khiếu kiện đông người kéo dài về đền bù mặt bằng khu công nghiệp';
/** 20/04/2026 to Tuesday 08/12/2026: 232 days. */
const OLD_HOT_CASE_AGE = 232;
const ROLES = Object.keys(DEMO_ACCOUNT) as Role[];

const body = {
  classification: 'noi_bo' as const,
  membersSituation: 'Cán bộ, đảng viên yên tâm công tác.',
  topics: 'Giá điện',
  publicOpinion: 'Nhân dân đồng tình.',
};

/** The part of the page inside one panel's <section>, or undefined when the panel is absent. */
function panelOf(html: string, id: string): string | undefined {
  const start = html.indexOf(`<section class="home-panel block" id="${id}"`);
  if (start === -1) return undefined;
  return html.slice(start, html.indexOf('</section>', start));
}

/** A row's figure in the panel's tables: the cell after the row's heading. */
function figure(panel: string, rowLabel: string): string {
  const row = new RegExp(`<th scope="row">${rowLabel}</th><td>([^<]*)</td>`).exec(panel);
  assert.ok(row, `a row "${rowLabel}"`);
  return row[1]!;
}

/** A severity's row in the open cases' table: count and the oldest one's age. */
function severityRow(panel: string, label: string): { count: number; oldest: string } {
  const row = new RegExp(`<span class="badge badge-[a-z_]+">${label}</span></th><td>(\\d+)</td><td>([^<]*)</td>`).exec(
    panel,
  );
  assert.ok(row, `a row for ${label}`);
  return { count: Number(row[1]), oldest: row[2]! };
}

async function readAuditCount(t: TestApp) {
  const rows = await t.db
    .selectFrom('audit_log')
    .select('id')
    .where('action', 'in', ['opinion.report_read', 'opinion.case_read'])
    .execute();
  return rows.length;
}

for (const dialect of dialectsUnderTest()) {
  describe(`opinion panels on the staff home page [${dialect}]`, () => {
    let t: TestApp;
    const sessions = {} as Record<Role, StaffSession>;
    const home = {} as Record<Role, string>;
    let reporterUnit = '';
    /** Audit read rows before and after every role's home page was shown (the overview, read later, writes some). */
    const audited = { before: 0, after: 0 };

    const homeOf = async (role: Role) => {
      const res = await t.request('/quan-tri', { headers: { cookie: sessions[role].cookie } });
      assert.equal(res.status, 200, role);
      return res.text();
    };

    before(async () => {
      // The demo's reports run to October (the six months before 27/11, its first start).
      t = await startTestApp(dialect, { now: '2026-11-27T03:00:00Z' });
      const units = (await t.units.listTree()).filter((u) => u.parentId !== null);
      const users = await t.accounts.service.listUsers();
      const reporterUnitId = users.find((u) => u.email === DEMO_ACCOUNT.unit_reporter)!.unitId!;
      reporterUnit = units.find((u) => u.id === reporterUnitId)!.name;
      // November: every unit on time (03/12) but Sở Y tế, late (07/12), and the demo reporter's, missing.
      for (const unit of units) {
        if (unit.id === reporterUnitId) continue;
        const late = unit.name === LATE_UNIT;
        await importOpinionReport(t.db, {
          ...body,
          unitId: unit.id,
          periodKey: '2026-11',
          filedBy: null,
          filedAt: late ? '2026-12-07T02:00:00.000Z' : '2026-12-03T02:00:00.000Z',
          cases: [],
        });
      }
      // Sở Y tế's April report (before the demo's) with a "điểm nóng" older than any of the demo's, still being handled.
      await importOpinionReport(t.db, {
        ...body,
        unitId: units.find((u) => u.name === LATE_UNIT)!.id,
        periodKey: '2026-04',
        filedBy: null,
        filedAt: '2026-05-03T02:00:00.000Z',
        cases: [
          {
            title: OLD_HOT_CASE,
            severity: 'diem_nong',
            classification: 'mat',
            occurredOn: '2026-04-20',
            place: 'Khu công nghiệp Suối Ngàn (giả định)',
            people: 'Khoảng 40 hộ dân',
            actionsTaken: 'Đối thoại, rà soát phương án đền bù.',
            followUp: 'dang_xu_ly',
          },
        ],
      });
      // Tuesday 08/12/2026 10:00 in Vietnam: November's deadline (05/12) has passed, it closes 15/12.
      t.clock.set('2026-12-08T03:00:00Z');
      for (const role of ROLES) sessions[role] = await loginAs(t, DEMO_ACCOUNT[role], DEMO_PASSWORD);
      audited.before = await readAuditCount(t);
      for (const role of ROLES) home[role] = await homeOf(role);
      audited.after = await readAuditCount(t);
    });
    after(() => t.dispose());

    it('gives the leader and the admin November’s figures, the same as the overview’s', async () => {
      const expected = (await t.units.listTree()).filter((u) => u.parentId !== null).length;
      for (const role of ['leader', 'admin'] as const) {
        const panel = panelOf(home[role], 'du-luan-xa-hoi');
        assert.ok(panel, `${role} has the panel`);
        assert.match(panel, /<h2 id="du-luan-xa-hoi-tieu-de">Dư luận xã hội<\/h2>/);
        assert.ok(panel.includes('Kỳ báo cáo tháng 11/2026: hạn nộp hết ngày 05/12/2026 (giờ Việt Nam).'));
        assert.match(panel, /<caption>Nộp báo cáo tháng 11\/2026<\/caption>/);
        assert.equal(figure(panel, 'Đã nộp'), `${expected - 1}/${expected} đơn vị`);
        assert.equal(figure(panel, 'Trong đó nộp muộn'), '1 đơn vị');
        assert.equal(figure(panel, 'Quá hạn chưa nộp'), '1 đơn vị');
        assert.ok(!panel.includes('Chưa nộp, chưa đến hạn'), 'past the deadline nobody is still in time');
        assert.ok(panel.includes('href="/quan-tri/du-luan/tong-hop?ky=2026-11">Xem bảng tổng hợp dư luận xã hội</a>'));
      }
      const overview = await (
        await t.request('/quan-tri/du-luan/tong-hop?ky=2026-11', { headers: { cookie: sessions.leader.cookie } })
      ).text();
      const [, filed, total, late, missing] =
        /(\d+)\/(\d+) đơn vị đã nộp \((\d+) nộp muộn\); (\d+) đơn vị quá hạn/.exec(overview)!;
      const panel = panelOf(home.leader, 'du-luan-xa-hoi')!;
      assert.equal(figure(panel, 'Đã nộp'), `${filed}/${total} đơn vị`);
      assert.equal(figure(panel, 'Trong đó nộp muộn'), `${late} đơn vị`);
      assert.equal(figure(panel, 'Quá hạn chưa nộp'), `${missing} đơn vị`);
      // The overview names the missing unit; the panel only counts it.
      assert.match(overview, new RegExp(`<tr class="standing-missing"><td>${reporterUnit}</td>`));
    });

    it('counts the open “điểm nóng” and “phức tạp” cases as the overview lists them, with the oldest one’s age', async () => {
      const overview = await (
        await t.request('/quan-tri/du-luan/tong-hop?ky=2026-11', { headers: { cookie: sessions.leader.cookie } })
      ).text();
      const listed = [...overview.matchAll(/<tr class="severity-([a-z_]+)">[\s\S]*?<td>(\d+) ngày<\/td>/g)].map(
        (m) => ({ severity: m[1]!, age: Number(m[2]) }),
      );
      const panel = panelOf(home.leader, 'du-luan-xa-hoi')!;
      assert.match(panel, /<caption>Vụ việc chưa giải quyết<\/caption>/);
      assert.match(
        panel,
        /<th scope="col">Mức độ<\/th><th scope="col">Số vụ việc<\/th><th scope="col">Vụ lâu nhất<\/th>/,
      );
      for (const [severity, label] of [
        ['diem_nong', 'Điểm nóng'],
        ['phuc_tap', 'Phức tạp'],
      ] as const) {
        const ofSeverity = listed.filter((c) => c.severity === severity);
        const row = severityRow(panel, label);
        assert.equal(row.count, ofSeverity.length, label);
        assert.equal(row.oldest, `${Math.max(...ofSeverity.map((c) => c.age))} ngày`, label);
      }
      assert.equal(severityRow(panel, 'Điểm nóng').oldest, `${OLD_HOT_CASE_AGE} ngày`, 'the April case');
    });

    it('gives the unit reporter the open periods, the missed one with a “Nộp báo cáo” button to its form', async () => {
      const panel = panelOf(home.unit_reporter, 'bao-cao-du-luan');
      assert.ok(panel, 'the reporter has the panel');
      assert.equal(panelOf(home.unit_reporter, 'du-luan-xa-hoi'), undefined, 'not the leader’s');
      assert.match(panel, /<h2 id="bao-cao-du-luan-tieu-de">Báo cáo dư luận xã hội của đơn vị<\/h2>/);
      // December (begun, due 05/01/2027) first, then November (missed, open until 15/12); October closed.
      assert.ok(panel.indexOf('Tháng 12/2026') < panel.indexOf('Tháng 11/2026'));
      assert.ok(!panel.includes('Tháng 10/2026'));
      assert.ok(panel.includes('Hạn nộp hết ngày 05/01/2027.'));
      assert.ok(panel.includes('Đã quá hạn ngày 05/12/2026; đơn vị còn nộp được đến hết ngày 15/12/2026.'));
      const button =
        '<a class="button home-item-action" href="/quan-tri/du-luan/moi?ky=2026-11" aria-label="Nộp báo cáo tháng 11/2026">Nộp báo cáo</a>';
      assert.ok(panel.includes(button), 'November’s button');
      assert.ok(panel.includes('href="/quan-tri/du-luan/moi?ky=2026-12"'), 'December’s too');
      const form = await t.request('/quan-tri/du-luan/moi?ky=2026-11', {
        headers: { cookie: sessions.unit_reporter.cookie },
      });
      assert.equal(form.status, 200);
      assert.match(await form.text(), /<option value="2026-11" selected[^>]*>Tháng 11\/2026<\/option>/);
    });

    it('shows editors and contributors nothing of the opinion reports', () => {
      for (const role of ['editor', 'contributor'] as const) {
        assert.equal(panelOf(home[role], 'du-luan-xa-hoi'), undefined, role);
        assert.equal(panelOf(home[role], 'bao-cao-du-luan'), undefined, role);
        assert.ok(!home[role].includes('Dư luận xã hội'), role);
      }
    });

    it('puts no case’s title on any home page and writes no audit read rows', async () => {
      const titles = (await t.db.selectFrom('opinion_cases').select('title').execute()).map((r) => r.title);
      assert.ok(titles.includes(OLD_HOT_CASE) && titles.length > 5);
      for (const role of ROLES) {
        for (const title of titles) assert.ok(!home[role].includes(title), `${role}: ${title}`);
      }
      assert.equal(audited.after, audited.before, 'the home pages read no report or case');
    });

    it('moves the unit to “nộp muộn” once it files, on its panel and the leader’s', async () => {
      const filed = await postForm(t, '/quan-tri/du-luan', sessions.unit_reporter, { ...body, periodKey: '2026-11' });
      assert.equal(filed.status, 303);
      const reportId = Number(/\/quan-tri\/du-luan\/(\d+)/.exec(filed.headers.get('location') ?? '')?.[1]);
      const panel = panelOf(await homeOf('unit_reporter'), 'bao-cao-du-luan')!;
      assert.ok(panel.includes('Nộp lúc 08/12/2026 10:00.'));
      assert.match(panel, /<span class="badge status-done_late">Nộp muộn<\/span>/);
      assert.ok(panel.includes(`href="/quan-tri/du-luan/${reportId}" aria-label="Xem báo cáo tháng 11/2026"`));
      assert.ok(!panel.includes('moi?ky=2026-11'), 'no button for a period filed');
      const leader = panelOf(await homeOf('leader'), 'du-luan-xa-hoi')!;
      assert.equal(figure(leader, 'Trong đó nộp muộn'), '2 đơn vị');
      assert.equal(figure(leader, 'Quá hạn chưa nộp'), '0 đơn vị');
    });
  });
}

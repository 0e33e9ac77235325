// The plan tracker through its pages: the demo plan's computed statuses, a unit reporter kept to
// their own unit, reports with evidence and their corrections, the deadline boundary in Vietnam
// time, an editor's confirmation with a reason. Both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { loginAs, postForm, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createPlans } from '../../src/modules/plans/index.js';
import { onceTask } from '../support/plans.js';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const badges = (html: string) => [...html.matchAll(/class="badge status-([a-z_]+)"/g)].map((m) => m[1]);
const countOf = (html: string, label: string) => Number(new RegExp(`${label}: (\\d+)`).exec(html)?.[1]);

for (const dialect of dialectsUnderTest()) {
  describe(`plans [${dialect}]`, () => {
    let t: TestApp;
    let editor: StaffSession;
    let reporter: StaffSession;
    let leader: StaffSession;
    let planId: number;
    let reporterUnit: number;
    let otherUnit: number;

    const page = async (path: string, session: StaffSession) => {
      const res = await t.request(path, { headers: { cookie: session.cookie } });
      return { status: res.status, html: await res.text() };
    };
    const idFrom = (res: Response, pattern: RegExp) => {
      const m = pattern.exec(res.headers.get('location') ?? '');
      assert.ok(m, `redirect expected, got ${res.status} ${res.headers.get('location')}`);
      return Number(m[1]);
    };

    before(async () => {
      // 27/11/2026 10:00 in Vietnam.
      t = await startTestApp(dialect, { now: '2026-11-27T03:00:00Z' });
      editor = await loginAs(t, DEMO_ACCOUNT.editor, DEMO_PASSWORD);
      reporter = await loginAs(t, DEMO_ACCOUNT.unit_reporter, DEMO_PASSWORD);
      leader = await loginAs(t, DEMO_ACCOUNT.leader, DEMO_PASSWORD);
      const index = await page('/quan-tri/ke-hoach', editor);
      planId = Number(/href="\/quan-tri\/ke-hoach\/(\d+)">Kế hoạch số 132\/KH-ĐUK/.exec(index.html)?.[1]);
      const users = await t.accounts.service.listUsers();
      reporterUnit = users.find((u) => u.email === DEMO_ACCOUNT.unit_reporter)!.unitId!;
      const units = (await t.units.listTree()).map((u) => u.id);
      otherUnit = units.find((id) => id !== reporterUnit)!;
    });
    after(() => t.dispose());

    it('shows the demo plan with statuses computed from the reports, and counts that match the list', async () => {
      const plan = await page(`/quan-tri/ke-hoach/${planId}`, editor);
      assert.equal(plan.status, 200);
      assert.match(plan.html, /Kế hoạch số 132\/KH-ĐUK/);
      assert.match(plan.html, /thực hiện Đề án 17-ĐA\/TU/);
      const shown = badges(plan.html.slice(plan.html.indexOf('<table')));
      assert.equal(shown.length, countOf(plan.html, 'Tổng số'));
      for (const [status, label] of [
        ['done_on_time', 'Hoàn thành đúng hạn'],
        ['done_late', 'Hoàn thành quá hạn'],
        ['overdue', 'Quá hạn'],
      ] as const) {
        const n = shown.filter((s) => s === status).length;
        assert.ok(n > 0, `the demo has ${label} tasks`);
        assert.equal(n, countOf(plan.html, label), label);
      }
      // Known cases: 3 of 3 classes by 24/11 is on time; the year-end review has no report; the
      // reporters' conference missed March, so the monthly task is overdue.
      const table = plan.html.slice(plan.html.indexOf('<table'));
      const row = (title: string) => table.slice(table.indexOf(title)).match(/class="badge status-([a-z_]+)"/)?.[1];
      assert.equal(row('Mở lớp bồi dưỡng lý luận chính trị cho đảng viên mới'), 'done_on_time');
      assert.equal(row('Tổng kết năm 2023 thực hiện Đề án 17-ĐA/TU'), 'overdue');
      assert.equal(row('Hội nghị báo cáo viên hằng tháng'), 'overdue');
      assert.equal(
        row('Hội thi &quot;Bí thư chi bộ giỏi&quot; năm 2023') ?? row('Hội thi "Bí thư chi bộ giỏi" năm 2023'),
        'done_late',
      );
      assert.match(plan.html, /Nhiệm vụ quá hạn \(\d+\)/);
      const overdueOnly = await page(`/quan-tri/ke-hoach/${planId}?tinh-trang=overdue`, editor);
      assert.equal(
        badges(overdueOnly.html.slice(overdueOnly.html.indexOf('<table'))).filter((s) => s !== 'overdue').length,
        0,
        'the filter lists overdue tasks only',
      );
      assert.ok(
        overdueOnly.html.includes(`<a href="/quan-tri/ke-hoach/${planId}#nhiem-vu">Tất cả</a>`),
        '"Tất cả" leads back to every task, without the filter',
      );
    });

    it("exports the plan's progress report as Excel and Word with the page's figures, in Vietnamese", async () => {
      const xlsx = await t.request(`/quan-tri/ke-hoach/${planId}/bao-cao-tien-do.xlsx`, {
        headers: { cookie: editor.cookie },
      });
      assert.equal(xlsx.status, 200);
      assert.match(
        xlsx.headers.get('content-disposition') ?? '',
        /attachment; filename="bao-cao-tien-do-132-KH-.*\.xlsx"/,
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      const cells: string[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value ?? ''))));
      for (const text of [
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Lào Cai, ngày 27 tháng 11 năm 2026',
        'BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH',
        'Mở lớp bồi dưỡng lý luận chính trị cho đảng viên mới',
        '03 lớp',
        'Hoàn thành đúng hạn',
        'Quá hạn',
      ]) {
        assert.ok(
          cells.some((c) => c.includes(text)),
          text,
        );
      }
      const classes = cells.indexOf('Mở lớp bồi dưỡng lý luận chính trị cho đảng viên mới');
      assert.deepEqual(cells.slice(classes + 1, classes + 7), [
        'Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai',
        'Đảng bộ Sở Giáo dục và Đào tạo',
        '30/11/2023',
        '03 lớp',
        '03 lớp',
        'Hoàn thành đúng hạn',
      ]);
      const plan = await page(`/quan-tri/ke-hoach/${planId}`, editor);
      assert.ok(
        cells.some((c) => c.includes(`Tổng số ${countOf(plan.html, 'Tổng số')} nhiệm vụ`)),
        'the summary matches the page',
      );

      const docx = await t.request(`/quan-tri/ke-hoach/${planId}/bao-cao-tien-do.docx`, {
        headers: { cookie: reporter.cookie },
      });
      assert.equal(docx.status, 200);
      const xml = await (await JSZip.loadAsync(await docx.arrayBuffer())).file('word/document.xml')!.async('string');
      const text = xml.replace(/<[^>]+>/g, '');
      assert.match(text, /ĐẢNG CỘNG SẢN VIỆT NAM/);
      assert.match(text, /Lào Cai, ngày 27 tháng 11 năm 2026/);
      assert.match(text, /Báo cáo tình hình dư luận xã hội hằng tháng/, "the unit reporter's own task");
      assert.doesNotMatch(
        text,
        /Hội nghị báo cáo viên hằng tháng/,
        "another unit's task is not in a unit reporter's export",
      );
    });

    it("keeps a unit reporter to their own unit: others' tasks, reports and unit pages are 403", async () => {
      const plan = await page(`/quan-tri/ke-hoach/${planId}`, reporter);
      assert.equal(plan.status, 200);
      const visible = [...plan.html.matchAll(/href="\/quan-tri\/nhiem-vu\/(\d+)"/g)].map((m) => Number(m[1]));
      assert.ok(
        visible.length > 0 &&
          visible.length < countOf((await page(`/quan-tri/ke-hoach/${planId}`, editor)).html, 'Tổng số'),
      );
      const all = [
        ...(await page(`/quan-tri/ke-hoach/${planId}`, editor)).html.matchAll(/href="\/quan-tri\/nhiem-vu\/(\d+)"/g),
      ].map((m) => Number(m[1]));
      const hidden = all.find((id) => !visible.includes(id))!;
      assert.equal((await page(`/quan-tri/nhiem-vu/${hidden}`, reporter)).status, 403);
      const own = visible[0]!;
      const forOther = await postForm(t, `/quan-tri/nhiem-vu/${own}/bao-cao`, reporter, {
        unitId: String(otherUnit),
        activityDate: '2023-06-01',
        body: 'Báo cáo thay đơn vị khác',
      });
      assert.equal(forOther.status, 403);
      assert.equal((await page(`/quan-tri/don-vi-cua-toi?don-vi=${otherUnit}`, reporter)).status, 403);
      const mine = await page('/quan-tri/don-vi-cua-toi', reporter);
      assert.equal(mine.status, 200);
      // Late first: the first badge of the unit's list is the worst status it has.
      const order = badges(mine.html.slice(mine.html.indexOf('<table'))) as string[];
      const rank = { overdue: 0, in_progress: 1, not_due: 2, done_late: 3, done_on_time: 4 } as Record<string, number>;
      assert.deepEqual(
        order,
        [...order].sort((a, b) => rank[a]! - rank[b]!),
      );
      assert.equal(
        (await page(`/quan-tri/don-vi-cua-toi?don-vi=${otherUnit}`, leader)).status,
        200,
        'leaders read every unit',
      );
    });

    it('a reporter files reports with an article as evidence; two reports reach the target on time', async () => {
      const newPlan = await postForm(t, '/quan-tri/ke-hoach', editor, {
        number: '45/KH-ĐUK',
        title: 'Kế hoạch thử năm 2026',
        issuer: 'Ban Thường vụ',
        issuedOn: '2026-01-05',
        year: '2026',
        programmeId: '',
      });
      const id2026 = idFrom(newPlan, /ke-hoach\/(\d+)/);
      const task = await postForm(t, `/quan-tri/ke-hoach/${id2026}/nhiem-vu`, editor, {
        title: 'Mở lớp bồi dưỡng nghiệp vụ công tác đảng',
        groupName: 'Học tập, bồi dưỡng lý luận chính trị',
        leadUnitId: String(reporterUnit),
        recurrence: 'once',
        deadline: '2026-11-30',
        targetQuantity: '2',
        targetUnit: 'lớp',
      });
      const taskId = idFrom(task, /nhiem-vu\/(\d+)/);
      assert.match((await page(`/quan-tri/nhiem-vu/${taskId}`, reporter)).html, /status-not_due/);
      const planRow = async () =>
        (await page(`/quan-tri/ke-hoach/${id2026}`, editor)).html.match(/class="task-row status-row-([a-z_]+)"/)?.[1];
      assert.equal(await planRow(), 'not_due', 'the plan page has now read (and kept) the plan');

      const found = await page(`/quan-tri/nhiem-vu/${taskId}?tim-bai=dang+uy+khoi`, reporter);
      const articleId = /name="articleIds" value="(\d+)"/.exec(found.html)?.[1];
      assert.ok(articleId, 'the article search offers published articles');
      const first = await postForm(t, `/quan-tri/nhiem-vu/${taskId}/bao-cao`, reporter, {
        unitId: String(reporterUnit),
        activityDate: '2026-11-20',
        body: 'Khai giảng lớp thứ nhất, 40 học viên.',
        quantity: '1',
        articleIds: articleId!,
      });
      assert.equal(first.status, 303);
      let view = await page(`/quan-tri/nhiem-vu/${taskId}`, editor);
      assert.match(view.html, /<dd><span class="badge status-in_progress">/);
      assert.equal(
        await planRow(),
        'in_progress',
        'the report shows on the plan page at once: the kept rows were not reused',
      );
      assert.match(view.html, /<ul class="evidence"><li><a href="\/tin-tuc\//);
      await postForm(t, `/quan-tri/nhiem-vu/${taskId}/bao-cao`, reporter, {
        unitId: String(reporterUnit),
        activityDate: '2026-11-26',
        body: 'Lớp thứ hai, 38 học viên.',
        quantity: '1',
      });
      view = await page(`/quan-tri/nhiem-vu/${taskId}`, editor);
      assert.match(view.html, /<dd><span class="badge status-done_on_time">/);
      assert.match(view.html, /02 lớp \/ 02 lớp/);

      // Corrections by the author are kept as versions; nobody else may correct; closing freezes them.
      const reportId = Number(/href="\/quan-tri\/bao-cao\/(\d+)"/.exec(view.html)?.[1]);
      const correction = await postForm(t, `/quan-tri/bao-cao/${reportId}`, reporter, {
        unitId: String(reporterUnit),
        activityDate: '2026-11-26',
        body: 'Lớp thứ hai, 41 học viên (sửa số liệu).',
        quantity: '1',
        version: '1',
      });
      assert.equal(correction.status, 303);
      const revisions = await page(`/quan-tri/bao-cao/${reportId}`, reporter);
      assert.match(revisions.html, /41 học viên \(sửa số liệu\)/);
      assert.match(revisions.html, /38 học viên/);
      assert.equal(
        (
          await postForm(t, `/quan-tri/bao-cao/${reportId}`, editor, {
            unitId: String(reporterUnit),
            activityDate: '2026-11-26',
            body: 'Biên tập viên sửa',
            version: '2',
          })
        ).status,
        403,
      );
      assert.equal(
        (
          await postForm(t, `/quan-tri/bao-cao/${reportId}`, reporter, {
            unitId: String(otherUnit),
            activityDate: '2026-11-26',
            body: 'Đổi đơn vị',
            version: '2',
          })
        ).status,
        403,
      );
      assert.equal((await postForm(t, `/quan-tri/nhiem-vu/${taskId}/dong`, editor, {})).status, 303);
      assert.equal(
        (
          await postForm(t, `/quan-tri/bao-cao/${reportId}`, reporter, {
            unitId: String(reporterUnit),
            activityDate: '2026-11-26',
            body: 'Sau khi đóng',
            version: '2',
          })
        ).status,
        409,
      );
    });

    it('shows as evidence only what readers can open: an article past its expiry is no longer evidence, before the expiry job runs', async () => {
      // An hour from now, typed as the article form takes it (Vietnam time).
      const inAnHour = new Date(t.clock.now().getTime() + 3600_000 + 7 * 3600_000).toISOString().slice(0, 16);
      const categoryId = String((await t.articles.listCategories())[0]!.id);
      const title = 'Thông báo hội nghị học tập có thời hạn';
      const article = await postForm(t, '/quan-tri/bai-viet', editor, {
        title,
        lead: 'Sapo',
        bodyHtml: '<p>Nội dung</p>',
        categoryId,
        action: 'publish',
        expiresAt: inAnHour,
      });
      const articleId = idFrom(article, /\/quan-tri\/bai-viet\/(\d+)/);
      const planOf2026 = idFrom(
        await postForm(t, '/quan-tri/ke-hoach', editor, {
          number: '46/KH-ĐUK',
          title: 'Kế hoạch minh chứng có hạn',
          issuer: 'Ban Thường vụ',
          issuedOn: '2026-01-05',
          year: '2026',
          programmeId: '',
        }),
        /ke-hoach\/(\d+)/,
      );
      const taskId = idFrom(
        await postForm(t, `/quan-tri/ke-hoach/${planOf2026}/nhiem-vu`, editor, {
          title: 'Tổ chức hội nghị học tập',
          groupName: 'Tuyên truyền',
          leadUnitId: String(reporterUnit),
          recurrence: 'once',
          deadline: '2026-12-31',
        }),
        /nhiem-vu\/(\d+)/,
      );
      const filed = await postForm(t, `/quan-tri/nhiem-vu/${taskId}/bao-cao`, reporter, {
        unitId: String(reporterUnit),
        activityDate: '2026-11-25',
        body: 'Đã tổ chức hội nghị, có bài đưa tin.',
        completed: '1',
        articleIds: String(articleId),
      });
      assert.equal(filed.status, 303);
      const evidenceOf = async () => {
        const html = (await page(`/quan-tri/nhiem-vu/${taskId}`, editor)).html;
        const api = await (await t.request(`/api/v1/tasks/${taskId}`, { headers: { cookie: leader.cookie } })).json();
        return { html, articles: api.reports[0].articles as Array<{ id: number; title: string; url: string }> };
      };
      const live = await evidenceOf();
      assert.match(
        live.html,
        new RegExp(`<ul class="evidence"><li><a href="/tin-tuc/[a-z0-9-]+">${title}</a></li></ul>`),
      );
      assert.equal(live.articles.length, 1);
      assert.equal(live.articles[0]!.id, articleId);
      assert.equal(live.articles[0]!.title, title);
      assert.match(live.articles[0]!.url, /^\/tin-tuc\/[a-z0-9-]+$/);
      const now = t.clock.now();
      t.clock.advance(3600_000 + 60_000);
      try {
        const expired = await evidenceOf();
        assert.doesNotMatch(expired.html, /class="evidence"/, 'the page cites no expired article');
        assert.ok(!expired.html.includes(title), 'nor names it');
        assert.deepEqual(expired.articles, [], 'nor does the API');
      } finally {
        t.clock.set(now);
      }
    });

    it('judges the deadline to the second in Vietnam time: 23:59:59 is on time, 00:00:00 is late', async () => {
      const makeTask = async (title: string) =>
        idFrom(
          await postForm(t, `/quan-tri/ke-hoach/${planId}/nhiem-vu`, editor, {
            title,
            groupName: 'Tuyên truyền',
            leadUnitId: String(reporterUnit),
            recurrence: 'once',
            deadline: '2023-12-31',
          }),
          /nhiem-vu\/(\d+)/,
        );
      const onTime = await makeTask('Nhiệm vụ hạn cuối năm A');
      const late = await makeTask('Nhiệm vụ hạn cuối năm B');
      const file = (taskId: number) =>
        postForm(t, `/quan-tri/nhiem-vu/${taskId}/bao-cao`, reporter, {
          unitId: String(reporterUnit),
          activityDate: '2023-12-31',
          body: 'Đã hoàn thành.',
          completed: '1',
        });
      const now = t.clock.now();
      t.clock.set('2023-12-31T16:59:59.000Z');
      assert.equal((await file(onTime)).status, 303);
      t.clock.set('2023-12-31T17:00:00.000Z');
      assert.equal((await file(late)).status, 303);
      t.clock.set(now);
      assert.match(
        (await page(`/quan-tri/nhiem-vu/${onTime}`, editor)).html,
        /<dd><span class="badge status-done_on_time">/,
      );
      assert.match(
        (await page(`/quan-tri/nhiem-vu/${late}`, editor)).html,
        /<dd><span class="badge status-done_late">/,
      );
    });

    it('an editor confirms an overdue task done with a reason; a reporter may not', async () => {
      const plan = await page(`/quan-tri/ke-hoach/${planId}`, editor);
      const taskId = Number(/href="\/quan-tri\/nhiem-vu\/(\d+)">Tổng kết năm 2023/.exec(plan.html)?.[1]);
      assert.equal(
        (
          await postForm(t, `/quan-tri/nhiem-vu/${taskId}/hoan-thanh`, reporter, {
            occurrenceKey: '2023-12-20',
            reason: 'x',
          })
        ).status,
        403,
      );
      const noReason = await postForm(t, `/quan-tri/nhiem-vu/${taskId}/hoan-thanh`, editor, {
        occurrenceKey: '2023-12-20',
        reason: '',
      });
      assert.equal(noReason.status, 400);
      assert.match(await noReason.text(), /Hãy ghi lý do xác nhận hoàn thành/);
      assert.equal(
        (
          await postForm(t, `/quan-tri/nhiem-vu/${taskId}/hoan-thanh`, editor, {
            occurrenceKey: '2023-12-20',
            reason: 'Đã có Báo cáo tổng kết số 210-BC/ĐUK bằng văn bản.',
          })
        ).status,
        303,
      );
      const view = await page(`/quan-tri/nhiem-vu/${taskId}`, editor);
      assert.match(view.html, /<dd><span class="badge status-done_late">/, 'confirmed today, after the deadline');
      assert.match(view.html, /Báo cáo tổng kết số 210-BC\/ĐUK/);
    });

    /** The demo editor and unit reporter acting, and a second node: its own plans service (and
     * memory) over the same database. */
    const twoNodes = async () => {
      const users = await t.accounts.service.listUsers();
      const ctxOf = (email: string) => {
        const u = users.find((x) => x.email === email)!;
        return {
          actor: { id: u.id, name: u.name, email: u.email, roles: u.roles, unitId: u.unitId },
          requestId: crypto.randomUUID(),
        };
      };
      const other = createPlans({
        db: t.db,
        clock: t.clock,
        audit: t.accounts.audit,
        unitExists: (id) => t.units.exists(id),
        findPublishedArticles: async () => [],
      });
      return { editorCtx: ctxOf(DEMO_ACCOUNT.editor), reporterCtx: ctxOf(DEMO_ACCOUNT.unit_reporter), other };
    };
    const overdueTask = (title: string) =>
      onceTask({ title, groupName: 'Tuyên truyền', leadUnitId: reporterUnit, deadline: '2023-12-31' });

    it("keeps two nodes honest: what one node writes is on the other's dashboard at once", async () => {
      const { editorCtx, reporterCtx, other } = await twoNodes();
      const first = await t.plans.createTask(editorCtx, planId, overdueTask('Việc của nút thứ nhất'));
      const second = await other.createTask(editorCtx, planId, overdueTask('Việc của nút thứ hai'));
      const statusOn = async (node: typeof other, taskId: number) =>
        (await node.getPlan(editorCtx, planId)).tasks.find((x) => x.id === taskId)?.status.status;
      assert.equal(await statusOn(t.plans, second), 'overdue', 'the first node sees the task the second created');
      assert.equal(await statusOn(other, first), 'overdue');
      await other.fileReport(reporterCtx, first, {
        unitId: reporterUnit,
        activityDate: '2023-12-01',
        body: 'Đã xong (nút hai)',
        quantity: null,
        completed: true,
        articleIds: [],
      });
      assert.equal(await statusOn(t.plans, first), 'done_late', 'written on the second node, seen on the first');
      await t.plans.fileReport(reporterCtx, second, {
        unitId: reporterUnit,
        activityDate: '2023-12-01',
        body: 'Đã xong (nút một)',
        quantity: null,
        completed: true,
        articleIds: [],
      });
      assert.equal(await statusOn(other, second), 'done_late', 'and the other way round');
      assert.equal(await statusOn(t.plans, second), 'done_late', "the writer's own kept rows follow its write");
      // The first node's rows are current; the second writes; then the first writes too: it must
      // not patch its own task into rows that miss the second node's write.
      const third = await t.plans.createTask(editorCtx, planId, overdueTask('Việc thứ ba'));
      const fourth = await t.plans.createTask(editorCtx, planId, overdueTask('Việc thứ tư'));
      assert.equal(await statusOn(t.plans, third), 'overdue');
      await other.fileReport(reporterCtx, third, {
        unitId: reporterUnit,
        activityDate: '2023-12-01',
        body: 'Nút hai báo cáo',
        quantity: null,
        completed: true,
        articleIds: [],
      });
      await t.plans.fileReport(reporterCtx, fourth, {
        unitId: reporterUnit,
        activityDate: '2023-12-01',
        body: 'Nút một báo cáo',
        quantity: null,
        completed: true,
        articleIds: [],
      });
      assert.equal(
        await statusOn(t.plans, third),
        'done_late',
        "the other node's write is not lost under the first node's own",
      );
      assert.equal(await statusOn(t.plans, fourth), 'done_late');
    });

    it("catches up on another node's writes by reading only the tasks they changed", async () => {
      const { editorCtx, reporterCtx, other } = await twoNodes();
      const report = {
        unitId: reporterUnit,
        activityDate: '2023-12-01',
        quantity: null,
        completed: true,
        articleIds: [],
      };
      const reported = await t.plans.createTask(editorCtx, planId, overdueTask('Việc được báo cáo ở nút hai'));
      const untouched = await t.plans.createTask(editorCtx, planId, overdueTask('Việc không ai ghi'));
      const onFirst = async () => (await t.plans.getPlan(editorCtx, planId)).tasks;
      assert.equal((await onFirst()).find((x) => x.id === reported)?.status.status, 'overdue');

      // Changed behind every node's back (no version bump): only a whole read would see it.
      await t.db
        .updateTable('tasks')
        .set({ title: 'Tên sửa thẳng trong cơ sở dữ liệu' })
        .where('id', '=', untouched)
        .execute();
      await other.fileReport(reporterCtx, reported, { ...report, body: 'Nút hai báo cáo' });
      let tasks = await onFirst();
      assert.equal(tasks.find((x) => x.id === reported)?.status.status, 'done_late', "the other node's report is seen");
      assert.equal(
        tasks.find((x) => x.id === untouched)?.title,
        'Việc không ai ghi',
        'only the task the other node changed was read again',
      );

      // A version with no record of the task it changed (a change to the plan itself, or a record
      // pruned): the node reads the whole plan again.
      const added = await other.createTask(editorCtx, planId, overdueTask('Việc thêm ở nút hai'));
      const { version } = await t.db
        .selectFrom('plans')
        .select('data_version as version')
        .where('id', '=', planId)
        .executeTakeFirstOrThrow();
      await t.db.deleteFrom('plan_task_changes').where('plan_id', '=', planId).where('version', '=', version).execute();
      tasks = await onFirst();
      assert.ok(
        tasks.some((x) => x.id === added),
        'the task added on the other node is listed',
      );
      assert.equal(tasks.find((x) => x.id === untouched)?.title, 'Tên sửa thẳng trong cơ sở dữ liệu');
    });

    it('gives leaders the picture across plans, unit by unit, with counts that add up', async () => {
      const index = await page('/quan-tri/ke-hoach', leader);
      assert.match(index.html, /Tổng hợp mọi kế hoạch/);
      const overview = index.html.slice(index.html.indexOf('id="tong-hop"'));
      const total = Number(/Tổng số: (\d+)/.exec(overview)?.[1]);
      const rows = [
        ...overview.matchAll(
          /<th scope="row"><a href="\/quan-tri\/don-vi-cua-toi\?don-vi=\d+">[^<]+<\/a><\/th><td>(\d+)<\/td>/g,
        ),
      ].map((m) => Number(m[1]));
      assert.ok(rows.length > 1);
      assert.equal(
        rows.reduce((a, b) => a + b, 0),
        total,
        'the units add up to the total',
      );
      assert.doesNotMatch(
        (await page('/quan-tri/ke-hoach', reporter)).html,
        /Tổng hợp mọi kế hoạch/,
        'a unit reporter sees their own unit only',
      );
    });

    it('keeps a unit that the plans use: deleting it says why', async () => {
      const admin = await loginAs(t, DEMO_ACCOUNT.admin, DEMO_PASSWORD);
      const telecom = (await t.units.listTree()).find((u) => u.name === 'Đảng bộ Viễn thông Lào Cai')!;
      const res = await postForm(t, `/quan-tri/don-vi/${telecom.id}/xoa`, admin, {});
      assert.equal(res.status, 409);
      assert.match(await res.text(), /Đơn vị đang phối hợp \d+ nhiệm vụ(, có \d+ báo cáo tiến độ)? nên không xóa được/);
    });

    it('answers the same through the JSON API: dashboard figures that add up to the task list, reports by token, 403 on another unit', async () => {
      const json = async (path: string, session: StaffSession) =>
        (await t.request(path, { headers: { cookie: session.cookie } })).json();
      const planJson = await json(`/api/v1/plans/${planId}`, editor);
      const dashboard = await json(`/api/v1/plans/${planId}/dashboard`, leader);
      const count = (status: string) => planJson.tasks.filter((x: { status: string }) => x.status === status).length;
      assert.equal(dashboard.summary.total, planJson.tasks.length);
      for (const status of ['done_on_time', 'done_late', 'overdue', 'in_progress', 'not_due']) {
        assert.equal(dashboard.summary[status], count(status), status);
        assert.equal(
          dashboard.byGroup.reduce((n: number, g: { summary: Record<string, number> }) => n + g.summary[status]!, 0),
          count(status),
          `groups add up: ${status}`,
        );
        assert.equal(
          dashboard.byLeadUnit.reduce((n: number, u: { summary: Record<string, number> }) => n + u.summary[status]!, 0),
          count(status),
          `units add up: ${status}`,
        );
      }
      assert.deepEqual(
        dashboard.overdue.map((o: { taskId: number }) => o.taskId).sort(),
        planJson.tasks
          .filter((x: { status: string }) => x.status === 'overdue')
          .map((x: { id: number }) => x.id)
          .sort(),
      );

      const tokenPage = await (
        await postForm(t, '/quan-tri/ma-api', reporter, { name: 'Báo cáo tự động', expiry: '30' })
      ).text();
      const token = /ct_[A-Za-z0-9_-]{43}/.exec(tokenPage)![0];
      const mine = await (
        await t.request(`/api/v1/units/${reporterUnit}/tasks`, { headers: { authorization: `Bearer ${token}` } })
      ).json();
      const task = mine.tasks.find(
        (x: { planId: number; leadUnit: { id: number } }) => x.planId === planId && x.leadUnit.id === reporterUnit,
      );
      const send = (unitId: number) =>
        t.request(`/api/v1/tasks/${task.id}/reports`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ unitId, activityDate: '2023-07-01', body: 'Báo cáo gửi qua API' }),
        });
      assert.equal((await send(otherUnit)).status, 403, 'changing the unit id is refused');
      const filed = await send(reporterUnit);
      assert.equal(filed.status, 201);
      const detail = await (
        await t.request(`/api/v1/tasks/${task.id}`, { headers: { authorization: `Bearer ${token}` } })
      ).json();
      assert.ok(detail.reports.some((r: { body: string }) => r.body === 'Báo cáo gửi qua API'));
      assert.equal(
        (await t.request(`/api/v1/units/${otherUnit}/tasks`, { headers: { authorization: `Bearer ${token}` } })).status,
        403,
      );
      const bad = await t.request(`/api/v1/tasks/${task.id}/reports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ unitId: reporterUnit, activityDate: '01/07/2023', body: '' }),
      });
      assert.equal(bad.status, 400);
      const { error } = await bad.json();
      assert.equal(error.fields.body, 'Hãy ghi nội dung đã thực hiện.');
      assert.equal(error.fields.activityDate, 'Ngày theo dạng YYYY-MM-DD.');
    });

    it("takes a report's attachments through the form, and refuses a disguised file without saving the report", async () => {
      // A task of the 2023 plan (the report is dated in 2023) that the reporter's unit leads.
      const plan2023 = await page(`/quan-tri/ke-hoach/${planId}`, reporter);
      const taskId = Number(/href="\/quan-tri\/nhiem-vu\/(\d+)"/.exec(plan2023.html)?.[1]);
      const send = async (file: Blob, name: string, body: string) => {
        const form = new FormData();
        form.set('_csrf', reporter.csrf);
        form.set('unitId', String(reporterUnit));
        form.set('activityDate', '2023-09-30');
        form.set('body', body);
        form.append('files', file, name);
        // Encoded as a browser sends it, with its declared length (what the size checks read first).
        const encoded = new Request('https://congtin.test/', { method: 'POST', body: form });
        const bytes = await encoded.arrayBuffer();
        return t.request(`/quan-tri/nhiem-vu/${taskId}/bao-cao`, {
          method: 'POST',
          headers: {
            cookie: reporter.cookie,
            origin: 'https://congtin.test',
            'content-type': encoded.headers.get('content-type')!,
            'content-length': String(bytes.byteLength),
          },
          body: bytes,
        });
      };
      const pdf = new Blob(['%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'], {
        type: 'application/pdf',
      });
      const ok = await send(pdf, 'Biên bản hội nghị.pdf', 'Báo cáo kèm biên bản');
      assert.equal(ok.status, 303);
      const view = await page(`/quan-tri/nhiem-vu/${taskId}`, editor);
      assert.match(
        view.html,
        /<ul class="attachments"><li><a href="\/quan-tri\/tep-dinh-kem\/\d+\/[^"]+">Biên bản hội nghị\.pdf<\/a>/,
      );
      // Bigger than any other staff form may be (3 MB): the report route allows files through the guard.
      const scan = new Blob(['%PDF-1.4\n', ' '.repeat(4 * 1024 * 1024), '\n%%EOF\n'], { type: 'application/pdf' });
      const big = await send(scan, 'Bản quét biên bản.pdf', 'Báo cáo kèm bản quét 4 MB');
      assert.equal(big.status, 303, 'a 4 MB scan is accepted');
      const disguised = await send(
        new Blob(['<html><script>alert(1)</script></html>'], { type: 'application/pdf' }),
        'bao-cao.pdf',
        'Báo cáo kèm tệp giả',
      );
      assert.equal(disguised.status, 415);
      assert.match(
        await disguised.text(),
        /Tệp đính kèm phải là PDF, Word \(\.docx\), Excel \(\.xlsx\) hoặc ảnh JPEG\/PNG/,
      );
      assert.doesNotMatch(
        (await page(`/quan-tri/nhiem-vu/${taskId}`, editor)).html,
        /Báo cáo kèm tệp giả/,
        'no half-written report',
      );
    });

    it('refuses a bad task form with Vietnamese messages, keeps what was typed, and adds nothing', async () => {
      const before = (await page(`/quan-tri/ke-hoach/${planId}`, editor)).html.match(/Tổng số: (\d+)/)?.[1];
      const res = await postForm(t, `/quan-tri/ke-hoach/${planId}/nhiem-vu`, editor, {
        title: '  ',
        description: 'Mô tả vẫn còn',
        groupName: 'Tuyên truyền',
        leadUnitId: '',
        recurrence: 'monthly',
        recurDay: '32',
        targetQuantity: 'ba',
      });
      assert.equal(res.status, 400);
      const html = await res.text();
      for (const message of [
        'Hãy nhập tên nhiệm vụ.',
        'Hãy chọn đơn vị chủ trì.',
        'Ngày trong tháng phải từ 1 đến 31.',
        'Chỉ tiêu là một số nguyên dương.',
      ])
        assert.ok(html.includes(message), message);
      assert.match(html, /Mô tả vẫn còn/);
      assert.match(html, /value="monthly" checked=""/);
      const impossible = await postForm(t, `/quan-tri/ke-hoach/${planId}/nhiem-vu`, editor, {
        title: 'Hạn không có thật',
        leadUnitId: String(reporterUnit),
        recurrence: 'once',
        deadline: '2023-02-30',
      });
      assert.equal(impossible.status, 400);
      assert.equal((await page(`/quan-tri/ke-hoach/${planId}`, editor)).html.match(/Tổng số: (\d+)/)?.[1], before);
    });

    it('refuses a bad task alike through the form and the JSON API: one schema, the same messages', async () => {
      const form = await postForm(t, `/quan-tri/ke-hoach/${planId}/nhiem-vu`, editor, {
        title: '  ',
        leadUnitId: '',
        recurrence: 'monthly',
        recurDay: '32',
        targetQuantity: '0',
        targetUnit: 'x'.repeat(41),
      });
      assert.equal(form.status, 400);
      const shown = Object.fromEntries(
        [...(await form.text()).matchAll(/<p class="field-error" id="(\w+)-loi">([^<]+)<\/p>/g)].map((m) => [
          m[1],
          m[2],
        ]),
      );
      const api = await t.request(`/api/v1/plans/${planId}/tasks`, {
        method: 'POST',
        headers: {
          cookie: editor.cookie,
          origin: 'https://congtin.test',
          'x-csrf-token': editor.csrf,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          title: '  ',
          recurrence: 'monthly',
          recurDay: 32,
          targetQuantity: 0,
          targetUnit: 'x'.repeat(41),
        }),
      });
      assert.equal(api.status, 400);
      const { error } = await api.json();
      assert.deepEqual(error.fields, shown);
      assert.deepEqual(Object.keys(shown).sort(), ['leadUnitId', 'recurDay', 'targetQuantity', 'targetUnit', 'title']);
      assert.equal(shown.leadUnitId, 'Hãy chọn đơn vị chủ trì.');
    });

    it('refuses bad reports with Vietnamese messages and keeps what was typed', async () => {
      const mine = await page('/quan-tri/don-vi-cua-toi', reporter);
      const taskId = Number(/href="\/quan-tri\/nhiem-vu\/(\d+)"/.exec(mine.html)?.[1]);
      const cases: Array<[Record<string, string>, RegExp]> = [
        [{ body: '   ', activityDate: '2023-06-01' }, /Hãy ghi nội dung đã thực hiện/],
        [{ body: 'Ngày sai', activityDate: '2023-02-30' }, /Ngày thực hiện/],
        [{ body: 'Tương lai', activityDate: '2030-01-01' }, /không thể ở tương lai/],
        [{ body: 'Ngoài kỳ', activityDate: '2019-01-01' }, /nằm ngoài thời gian của nhiệm vụ/],
        [
          { body: 'Bài chưa đăng', activityDate: '2023-06-01', articleIds: '999999' },
          /Chỉ dẫn được các bài đã xuất bản/,
        ],
      ];
      for (const [fields, message] of cases) {
        const res = await postForm(t, `/quan-tri/nhiem-vu/${taskId}/bao-cao`, reporter, {
          unitId: String(reporterUnit),
          ...fields,
        });
        assert.equal(res.status, 400, JSON.stringify(fields));
        const html = await res.text();
        assert.match(html, message);
        if (fields.body!.trim()) assert.ok(html.includes(fields.body!), 'the text typed comes back');
      }
    });
  });
}

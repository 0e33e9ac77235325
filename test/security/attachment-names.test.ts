// Attack: a unit reporter whose unit only coordinates a task reads the lead unit's report on it,
// hoping to learn the names of its files (the download itself is refused). A file's name is shown
// only to whoever may open the file. Both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PlanContext } from '../../src/modules/plans/index.js';
import { dialectsUnderTest } from '../support/databases.js';
import { onceTask } from '../support/plans.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { loginAs, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
);
const SECRET_NAME = 'Danh sách đảng viên vi phạm.pdf';

for (const dialect of dialectsUnderTest()) {
  describe(`attachment names on shared tasks (${dialect})`, () => {
    let t: TestApp;
    let reporter: StaffSession;
    let editor: StaffSession;
    let taskId: number;
    let reportId: number;
    let fileUrl: string;

    before(async () => {
      t = await startTestApp(dialect);
      reporter = await loginAs(t, DEMO_ACCOUNT.unit_reporter, DEMO_PASSWORD);
      editor = await loginAs(t, DEMO_ACCOUNT.editor, DEMO_PASSWORD);
      const users = await t.accounts.service.listUsers();
      const ctxOf = (email: string): PlanContext => {
        const u = users.find((x) => x.email === email)!;
        return {
          actor: { id: u.id, name: u.name, email: u.email, roles: u.roles, unitId: u.unitId ?? null },
          requestId: crypto.randomUUID(),
        };
      };
      const editorCtx = ctxOf(DEMO_ACCOUNT.editor);
      const reporterUnit = ctxOf(DEMO_ACCOUNT.unit_reporter).actor.unitId!;
      const planId = (await t.plans.listPlans(editorCtx)).find((p) => p.number === '132/KH-ĐUK')!.id; // the 2023 plan
      const { tasks } = await t.plans.getPlan(editorCtx, planId);
      const leadUnit = tasks.find((x) => x.leadUnit.id !== reporterUnit)!.leadUnit.id;
      taskId = await t.plans.createTask(
        editorCtx,
        planId,
        onceTask({
          title: 'Rà soát, phân loại đảng viên cuối năm',
          groupName: 'Xây dựng Đảng',
          leadUnitId: leadUnit,
          coordinatorIds: [reporterUnit],
          deadline: '2023-12-31',
        }),
      );
      reportId = await t.plans.fileReport(editorCtx, taskId, {
        unitId: leadUnit,
        activityDate: '2023-06-15',
        body: 'Đã rà soát, danh sách kèm theo.',
        quantity: null,
        completed: false,
        articleIds: [],
      });
      const file = await t.attachments.store({ data: PDF, fileName: SECRET_NAME, uploadedBy: editorCtx.actor.id });
      await t.attachments.attachToReport(reportId, [file.id]);
      fileUrl = file.url;
    });
    after(() => t.dispose());

    const page = async (path: string, session: StaffSession) => {
      const res = await t.request(path, { headers: { cookie: session.cookie } });
      assert.equal(res.status, 200, path);
      return res.text();
    };

    it("shows a coordinating unit the lead unit's report but not its file's name or address", async () => {
      for (const path of [`/quan-tri/nhiem-vu/${taskId}`, `/quan-tri/bao-cao/${reportId}`]) {
        const html = await page(path, reporter);
        assert.match(html, /Đã rà soát, danh sách kèm theo\./, 'the report itself is visible');
        assert.ok(!html.includes('Danh sách đảng viên vi phạm'), `${path} names the file`);
        assert.ok(!html.includes(fileUrl.split('/').slice(0, -1).join('/')), `${path} links the file`);
      }
      assert.equal((await t.request(fileUrl, { headers: { cookie: reporter.cookie } })).status, 403);
    });

    it('shows the file to whoever may open it', async () => {
      for (const path of [`/quan-tri/nhiem-vu/${taskId}`, `/quan-tri/bao-cao/${reportId}`])
        assert.ok((await page(path, editor)).includes('Danh sách đảng viên vi phạm'), path);
      assert.equal((await t.request(fileUrl, { headers: { cookie: editor.cookie } })).status, 200);
    });
  });
}

// The staff home page in a real browser, for the unit reporter, the editor and the leader, on a
// desktop (1280 px) and a phone (390 px): each sees their own panels, nothing is wider than the
// screen, and axe-core finds no WCAG 2.1 AA violation. SCREENSHOT_DIR=… keeps the pictures.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { vietnamDay } from '../src/platform/time/vietnam-time.js';
import { DEMO_ACCOUNT } from '../test/support/newsroom.js';
import { onceTask } from '../test/support/plans.js';
import { newReaderContext, usePortalInBrowser, type ServedApp } from './support/browser.js';
import { expectNoAxeViolations, logInAs } from './support/checks.js';

const ROLES = [
  { email: DEMO_ACCOUNT.unit_reporter, panel: 'Việc của đơn vị cần báo cáo', absent: 'Bài chờ duyệt và lịch xuất bản' },
  { email: DEMO_ACCOUNT.editor, panel: 'Bài chờ duyệt và lịch xuất bản', absent: 'Việc của đơn vị cần báo cáo' },
  { email: DEMO_ACCOUNT.leader, panel: 'Tiến độ các kế hoạch', absent: 'Bài chờ duyệt và lịch xuất bản' },
];
const WIDTHS = [1280, 390];

/** A task of the reporter's unit due in two days and a long-titled one missed yesterday, whatever the demo holds. */
async function giveTheUnitWork({ app }: ServedApp) {
  const users = await app.accounts.service.listUsers();
  const editor = users.find((u) => u.email === DEMO_ACCOUNT.editor)!;
  const unitId = users.find((u) => u.email === DEMO_ACCOUNT.unit_reporter)!.unitId!;
  const ctx = {
    actor: { id: editor.id, name: editor.name, email: editor.email, roles: editor.roles, unitId: editor.unitId },
    requestId: crypto.randomUUID(),
  };
  const now = app.clock.now();
  const day = (offset: number) => vietnamDay(new Date(now.getTime() + offset * 86_400_000));
  const planId = await app.plans.createPlan(ctx, {
    programmeId: null,
    number: '88/KH-TRINHDUYET',
    title: 'Kế hoạch thử trang chủ trên trình duyệt',
    issuer: 'Đảng ủy Khối',
    issuedOn: `${now.getUTCFullYear()}-01-05`,
    year: now.getUTCFullYear(),
  });
  const task = (title: string, deadline: string) =>
    app.plans.createTask(ctx, planId, onceTask({ title, groupName: 'Tuyên truyền', leadUnitId: unitId, deadline }));
  await task('Gửi báo cáo sơ kết công tác tuyên truyền', day(2));
  await task(
    'Tổng hợp danh sách đảng viên, đoàn viên, hội viên tiêu biểu tham gia phong trào thi đua yêu nước giai đoạn 2025–2030 của đơn vị',
    day(-1),
  );
}

describe('the staff home page guides each role', () => {
  const site = usePortalInBrowser();

  it('shows each role its panels, fits a phone and a desktop, and passes axe-core', async () => {
    await giveTheUnitWork(site.served());
    const shots = process.env.SCREENSHOT_DIR;
    if (shots) mkdirSync(shots, { recursive: true });
    for (const role of ROLES) {
      for (const width of WIDTHS) {
        const context = await newReaderContext(site.browser(), { viewport: { width, height: 900 }, bypassCSP: true });
        const page = await context.newPage();
        await logInAs(page, site.served().baseUrl, role.email);
        const label = `${role.email} at ${width} px`;
        await page.getByRole('heading', { level: 2, name: role.panel }).waitFor();
        assert.equal(await page.getByRole('heading', { level: 2, name: role.absent }).count(), 0, label);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${label}: the page is ${overflow} px wider than the screen`);
        await expectNoAxeViolations(page, label);
        if (shots)
          await page.screenshot({ path: path.join(shots, `${role.email.split('@')[0]}-${width}.png`), fullPage: true });
        await context.close();
      }
    }
  });

  it('takes the unit reporter from "Báo cáo" to the report form of that task', async () => {
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    await logInAs(page, site.served().baseUrl, DEMO_ACCOUNT.unit_reporter);
    await page.getByRole('link', { name: 'Báo cáo: Gửi báo cáo sơ kết công tác tuyên truyền' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gửi báo cáo sơ kết công tác tuyên truyền' }).waitFor();
    assert.match(page.url(), /\/quan-tri\/nhiem-vu\/\d+#gui-bao-cao$/);
    await page.getByRole('heading', { level: 2, name: 'Báo cáo tiến độ' }).waitFor();
    await context.close();
  });
});

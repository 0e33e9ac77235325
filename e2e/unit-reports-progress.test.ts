// The plan tracker in Chromium: a unit reporter logs in, finds their unit's task, files a report
// with an attachment and an article as evidence; the editor's plan dashboard then shows the task done on time.
// Plus axe-core on the tracker's pages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';
import { expectNoAxeViolations, logInAs } from './support/checks.js';
import { onceTask } from '../test/support/plans.js';

describe('the plan tracker in a browser', () => {
  const site = usePortalInBrowser();

  it('a unit reporter files a report with an article as evidence; the editor sees the task done on time', async () => {
    const baseUrl = site.served().baseUrl;
    const { app } = site.served();
    // A task of this year for the reporter's unit, due in a week, set up by an editor.
    const users = await app.accounts.service.listUsers();
    const editor = users.find((u) => u.email === 'bientap@congtin.demo')!;
    const reporter = users.find((u) => u.email === 'donvi@congtin.demo')!;
    const editorCtx = {
      actor: { id: editor.id, name: editor.name, email: editor.email, roles: editor.roles, unitId: editor.unitId },
      requestId: crypto.randomUUID(),
    };
    const now = app.clock.now();
    const year = now.getUTCFullYear();
    const planId = await app.plans.createPlan(editorCtx, {
      programmeId: null,
      number: `7/KH-ĐUK-${year}`,
      title: 'Kế hoạch tuyên truyền cuối năm',
      issuer: 'Ban Thường vụ Đảng ủy Khối',
      issuedOn: `${year}-01-05`,
      year,
    });
    const due = new Date(now.getTime() + 7 * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
    const title = 'Tổ chức hội nghị học tập chuyên đề cuối năm';
    const deadline = due.slice(0, 4) === String(year) ? due : `${year}-12-31`;
    await app.plans.createTask(
      editorCtx,
      planId,
      onceTask({ title, groupName: 'Học tập, bồi dưỡng lý luận chính trị', leadUnitId: reporter.unitId!, deadline }),
    );

    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    await logInAs(page, baseUrl, 'donvi@congtin.demo');
    await page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Kế hoạch' }).click();
    await page.getByRole('link', { name: 'Nhiệm vụ của đơn vị' }).click();
    await page.getByRole('link', { name: title }).click();
    await page.getByLabel('Tìm bài viết đã đăng làm minh chứng').fill('hoc tap lam theo bac');
    await page.getByRole('button', { name: 'Tìm bài' }).click();
    const evidence = page.getByRole('group', { name: 'Bài viết làm minh chứng' }).getByRole('checkbox').first();
    const evidenceTitle = (await evidence.locator('xpath=..').innerText())
      .replace(/\s*\(\d\d\/\d\d\/\d{4}\)\s*$/, '')
      .trim();
    await evidence.check();
    await page
      .getByLabel('Nội dung đã thực hiện')
      .fill('Đã tổ chức hội nghị với 85 đảng viên tham dự; báo cáo viên Đảng ủy Khối trình bày chuyên đề.');
    await page.getByLabel('Đã hoàn thành nhiệm vụ (kỳ này)').check();
    await page.getByLabel('Tệp đính kèm (biên bản, danh sách, ảnh)').setInputFiles({
      name: 'Biên bản hội nghị.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await page.waitForURL(/tb=da-gui-bao-cao/);
    assert.equal(await page.getByRole('status').first().innerText(), 'Đã gửi báo cáo tiến độ.');
    assert.ok(
      await page.locator('.evidence').getByRole('link', { name: evidenceTitle }).count(),
      'the evidence article is linked',
    );
    const file = page.locator('.attachments').getByRole('link', { name: 'Biên bản hội nghị.pdf' });
    const download = page.waitForEvent('download');
    await file.click();
    assert.equal(
      (await download).suggestedFilename(),
      'Biên bản hội nghị.pdf',
      'the attachment downloads under its own name',
    );
    await page.getByRole('button', { name: 'Đăng xuất' }).first().click();

    await logInAs(page, baseUrl, 'bientap@congtin.demo');
    await page.goto(`${baseUrl}/quan-tri/ke-hoach/${planId}`);
    const row = page.locator('tr.task-row', { hasText: title });
    assert.equal((await row.locator('.badge').innerText()).trim(), 'Hoàn thành đúng hạn');
    assert.match(await page.locator('.status-counts').first().innerText(), /Hoàn thành đúng hạn: 1/);
    await expectNoAxeViolations(page, 'plan dashboard');
    await row.getByRole('link', { name: title }).click();
    await expectNoAxeViolations(page, 'task page with reports');
    await page.goto(`${baseUrl}/quan-tri/ke-hoach`);
    await expectNoAxeViolations(page, 'plans index');
    await page.goto(`${baseUrl}/quan-tri/ke-hoach/${planId}/nhiem-vu/moi`);
    await expectNoAxeViolations(page, 'task form');
    await page.goto(`${baseUrl}/quan-tri/don-vi-cua-toi`);
    await expectNoAxeViolations(page, "a unit's tasks");
    await context.close();
  });
});

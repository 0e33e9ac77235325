// Public-opinion reports in Chromium: a unit reporter files the month's report with one "điểm
// nóng" case; a leader finds it first among the open cases of the overview and downloads the
// synthesis .docx. axe-core on every page of the section, at 1280 and at 390 px, none wider than the screen.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';
import { expectFitsAndAccessible, logInAs } from './support/checks.js';

const CASE_TITLE = 'Tụ tập đông người tại chợ phiên Sương Mai';

describe('public-opinion reports in a browser', () => {
  const site = usePortalInBrowser();

  it('a unit reporter files a report with a "điểm nóng" case; the leader sees it and downloads the synthesis', async () => {
    const { baseUrl } = site.served();
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    await logInAs(page, baseUrl, 'donvi@congtin.demo');
    await page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Dư luận xã hội' }).click();
    await expectFitsAndAccessible(page, 'reports list (unit reporter)');
    await page.getByRole('link', { name: 'Lập báo cáo kỳ mới' }).click();
    await expectFitsAndAccessible(page, 'new report form');
    const period = await page.getByLabel('Kỳ báo cáo').inputValue();
    await page.getByLabel('Độ mật').selectOption('mat');
    await page.getByLabel('Tình hình tư tưởng trong cán bộ, đảng viên, người lao động').fill('Tư tưởng ổn định.');
    await page.getByLabel('Các vấn đề dư luận quan tâm (mỗi dòng một vấn đề)').fill('Giá điện');
    await page.getByLabel('Dư luận xã hội về các vấn đề trên').fill('Nhân dân quan tâm đến giá điện mùa đông.');
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.waitForURL(/tb=da-nop-bao-cao/);
    await page.getByRole('link', { name: 'Thêm vụ việc' }).click();
    await expectFitsAndAccessible(page, 'case form');
    await page.getByLabel('Tên vụ việc').fill(CASE_TITLE);
    await page.getByLabel('Mức độ').selectOption('diem_nong');
    await page.getByLabel('Ngày phát sinh (dd/mm/yyyy)').fill(`02/${period.slice(5, 7)}/${period.slice(0, 4)}`);
    await page.getByLabel('Địa điểm').fill('Chợ phiên Sương Mai (giả định)');
    await page.getByLabel('Người liên quan').fill('Khoảng 50 tiểu thương');
    await page.getByLabel('Đã xử lý thế nào').fill('Đối thoại tại chỗ.');
    await page.getByLabel('Tình trạng theo dõi').selectOption('dang_xu_ly');
    await page.getByRole('button', { name: 'Lưu vụ việc' }).click();
    await page.waitForURL(/tb=da-them-vu-viec/);
    assert.ok(await page.getByRole('heading', { name: new RegExp(CASE_TITLE) }).count());
    await expectFitsAndAccessible(page, 'report page');
    await page.getByRole('button', { name: 'Đăng xuất' }).first().click();

    await logInAs(page, baseUrl, 'lanhdao@congtin.demo');
    await page.goto(`${baseUrl}/quan-tri/du-luan/tong-hop?ky=${period}`);
    const first = page.locator('#opinion-open-caption').locator('xpath=..').locator('tbody tr').first();
    assert.match(await first.innerText(), /Điểm nóng/);
    assert.ok((await page.getByRole('link', { name: CASE_TITLE }).count()) > 0, 'the new case is listed');
    await expectFitsAndAccessible(page, 'overview');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Tải báo cáo tổng hợp (.docx)' }).click();
    assert.equal((await download).suggestedFilename(), `bao-cao-tong-hop-du-luan-${period}.docx`);
    await context.close();
  });

  it('every page of the section fits a 390 px phone and passes axe-core', async () => {
    const { baseUrl, app } = site.served();
    const reportId = (await app.db.selectFrom('opinion_reports').select('id').orderBy('id').executeTakeFirstOrThrow())
      .id;
    const context = await newReaderContext(site.browser(), { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await logInAs(page, baseUrl, 'quantri@congtin.demo');
    for (const path of [
      '/quan-tri/du-luan',
      '/quan-tri/du-luan/tong-hop',
      '/quan-tri/du-luan/cai-dat',
      `/quan-tri/du-luan/${reportId}`,
      `/quan-tri/du-luan/${reportId}/sua`,
    ]) {
      await page.goto(`${baseUrl}${path}`);
      await expectFitsAndAccessible(page, `${path} at 390 px`);
    }
    await context.close();
  });
});

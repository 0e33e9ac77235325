// The plan tracker on real data, in Chromium: the demo's daily task (351 reports) is a page you can
// read to the end at 1280 px; the plan dashboard and a unit's tasks fit a phone's width (their wide
// tables scroll inside their own frame); an empty report lands with the focus on the error summary.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';
import { expectNoAxeViolations, logInAs } from './support/checks.js';

const size = (page: Page) =>
  page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
  }));

describe('plan pages that stay usable on real data', () => {
  const site = usePortalInBrowser();

  /** The 2023 demo plan's address and its daily task's, found by number and title. */
  async function demoAddresses(page: Page, base: string) {
    await page.goto(`${base}/quan-tri/ke-hoach`);
    const plan = await page
      .getByRole('link', { name: /Kế hoạch số 132\/KH-ĐUK/ })
      .first()
      .getAttribute('href');
    await page.goto(`${base}${plan}`);
    const brief = await page
      .getByRole('link', { name: 'Phát hành "Điểm tin sáng" hằng ngày' })
      .first()
      .getAttribute('href');
    return { plan: `${base}${plan}`, brief: `${base}${brief}` };
  }

  it("keeps the daily task's page under 5,000 px at 1280 px, with its missed days in sight", async () => {
    const base = site.served().baseUrl;
    const context = await newReaderContext(site.browser(), { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logInAs(page, base, 'bientap@congtin.demo');
    const { brief } = await demoAddresses(page, base);
    await page.goto(brief);
    const { height, width } = await size(page);
    assert.ok(height < 5000, `the page is ${height} px tall`);
    assert.ok(width <= 1280, `the page is ${width} px wide`);
    await page.getByRole('link', { name: /5 kỳ bỏ lỡ/ }).click();
    const rows = page.locator('.occurrence-table tbody tr');
    assert.equal(await rows.count(), 5);
    assert.deepEqual(await rows.locator('td:first-child').allTextContents(), [
      '11/08/2023',
      '10/08/2023',
      '09/08/2023',
      '08/08/2023',
      '07/08/2023',
    ]);
    await expectNoAxeViolations(page, 'the daily task, missed days');
    await context.close();
  });

  for (const width of [390, 1280]) {
    it(`fits the plan dashboard and a unit's tasks in ${width} px`, async () => {
      const base = site.served().baseUrl;
      const context = await newReaderContext(site.browser(), { viewport: { width, height: 900 } });
      const page = await context.newPage();
      await logInAs(page, base, 'bientap@congtin.demo');
      const { plan } = await demoAddresses(page, base);
      for (const address of [plan, `${base}/quan-tri/don-vi-cua-toi`]) {
        await page.goto(address);
        const measured = await size(page);
        assert.ok(measured.width <= width, `${address} is ${measured.width} px wide at ${width} px`);
      }
      // Each target against its own target: a bar at 100% says so beside it.
      await page.goto(plan);
      const figures = await page.locator('.target-figures').allTextContents();
      assert.ok(
        figures.some((f) => /^25\/24 bài \(104%\)$/.test(f)),
        figures.join(' | '),
      );
      await expectNoAxeViolations(page, `the plan dashboard at ${width} px`);
      await context.close();
    });
  }

  it('lands an empty report with the focus on the error summary, which links to the field', async () => {
    const base = site.served().baseUrl;
    const context = await newReaderContext(site.browser(), { viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await logInAs(page, base, 'donvi@congtin.demo');
    await page.goto(`${base}/quan-tri/don-vi-cua-toi`);
    await page.locator('.task-table a[href^="/quan-tri/nhiem-vu/"]').first().click();
    await page.getByLabel('Nội dung đã thực hiện').fill('');
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    const summary = page.getByRole('region', { name: /Chưa lưu được: có \d+ mục cần sửa/ });
    await summary.waitFor();
    assert.equal(await summary.evaluate((el) => el === document.activeElement), true, 'the summary has the focus');
    const top = await summary.evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 800, `the summary is in view (${top} px)`);
    await summary.getByRole('link').first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'body');
    assert.ok((await size(page)).width <= 390);
    await context.close();
  });
});

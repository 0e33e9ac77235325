// Sự kiện in Chromium: a unit reporter opens the staff list, registers two people of their unit for
// the demo's class, and sees them and their unit's count; a reader sees the count on the class's
// page. axe-core finds no WCAG 2.1 AA violation on the events' public and staff pages, at 1280 and
// 390 px, nothing is wider than the screen, and screenshots are left in $SCREENSHOT_DIR if set.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';
import { expectFitsAndAccessible, logInAs } from './support/checks.js';

const CLASS = 'Lớp bồi dưỡng lý luận chính trị cho đảng viên mới (lớp thứ hai)';

describe('a unit reporter registers two people for a class', () => {
  const site = usePortalInBrowser();

  it('registers two people of their unit, who then show with the unit count', async () => {
    const { baseUrl, app } = site.served();
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    await logInAs(page, baseUrl, 'donvi@congtin.demo');
    await page.getByRole('link', { name: 'Sự kiện' }).first().click();
    await page
      .getByRole('row', { name: new RegExp(CLASS.slice(0, 30)) })
      .getByRole('link', { name: /Đăng ký/ })
      .click();
    await page.waitForURL(/\/quan-tri\/su-kien\/\d+\/dang-ky$/);
    assert.match(
      (await page.locator('main').textContent()) ?? '',
      /Đăng ký cho đơn vị: Đảng bộ Công ty Điện lực Lào Cai/,
    );
    for (const [name, position] of [
      ['Đỗ Minh Khoa', 'Kỹ sư vận hành'],
      ['Bùi Thị Ngọc', 'Kế toán viên'],
    ]) {
      await page.getByLabel('Họ và tên').fill(name!);
      await page.getByLabel('Chức vụ').fill(position!);
      await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
      await page.waitForURL(/tb=da-dang-ky/);
      assert.ok(await page.getByRole('cell', { name: name!, exact: true }).isVisible());
    }
    // The demo's two and these two: four of the reporter's unit.
    assert.match((await page.locator('main').textContent()) ?? '', /Đảng bộ Công ty Điện lực Lào Cai: 4/);
    const event = (await app.events.listForStaff(1, 50)).items.find((e) => e.title === CLASS)!;
    assert.equal(event.registeredCount, 7);
    await context.close();
    const reader = await newReaderContext(site.browser());
    const publicPage = await reader.newPage();
    await publicPage.goto(baseUrl + event.url);
    assert.match((await publicPage.locator('main').textContent()) ?? '', /7\/60 người đăng ký/);
    await reader.close();
  });

  it('has no WCAG 2.1 AA violation and fits the screen, on desktop and phone', async () => {
    const { baseUrl, app } = site.served();
    const events = (await app.events.listForStaff(1, 50)).items;
    const klass = events.find((e) => e.title === CLASS)!;
    const contest = events.find((e) => e.kind === 'contest')!;
    const publicPaths = ['/su-kien', '/su-kien?loai=lop-boi-duong', klass.url, contest.url, '/su-kien/khong-co-999'];
    const staffPaths = [
      '/quan-tri/su-kien',
      '/quan-tri/su-kien/moi',
      `/quan-tri/su-kien/${klass.id}`,
      `/quan-tri/su-kien/${klass.id}/dang-ky`,
      '/quan-tri/su-kien/ngay-ky-niem',
    ];
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const context = await newReaderContext(site.browser(), { viewport, bypassCSP: true });
      const page = await context.newPage();
      const check = async (path: string) => {
        await page.goto(baseUrl + path);
        await expectFitsAndAccessible(page, `${path} at ${viewport.width}px`);
      };
      for (const path of publicPaths) await check(path);
      await logInAs(page, baseUrl, 'bientap@congtin.demo');
      for (const path of staffPaths) await check(path);
      // A refused form: its error summary and marked fields.
      await page.goto(`${baseUrl}/quan-tri/su-kien/moi`);
      await page.getByLabel('Bắt đầu (giờ Việt Nam)').fill('2027-01-10T08:00');
      await page.getByLabel('Kết thúc (giờ Việt Nam)').fill('2027-01-09T08:00');
      await page.getByRole('button', { name: 'Lưu' }).click();
      assert.ok(await page.locator('.error-summary').isVisible());
      await expectFitsAndAccessible(page, `refused form at ${viewport.width}px`);
      await context.close();
    }
  });
});

// The morning brief end to end in Chromium: an editor composes the brief of a day the demo
// missed, with one portal article found by the picker and one outside link, previews it and
// publishes it; a reader finds it by its date. axe-core finds no WCAG 2.1 AA violation on the
// brief's public and staff pages, at 1280 and 390 px, and nothing is wider than the screen.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { vietnamDay } from '../src/platform/time/vietnam-time.js';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';
import { expectFitsAndAccessible, logInAs } from './support/checks.js';

const dmy = (day: string) => `${day.slice(8)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

describe('an editor composes the morning brief, a reader finds it by date', () => {
  const site = usePortalInBrowser();
  // The demo left 11 and 12 days ago without a brief.
  const missedDay = () => vietnamDay(new Date(Date.now() - 11 * 86_400_000));
  let briefId = 0;

  it('composes and publishes a brief with one portal article and one outside link', async () => {
    const { baseUrl, app } = site.served();
    const [article] = await app.articles.listLatest({ limit: 1 });
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    await logInAs(page, baseUrl, 'bientap@congtin.demo');
    await page.getByRole('link', { name: 'Điểm tin sáng' }).first().click();
    await page.getByRole('link', { name: 'Soạn bản tin mới' }).click();
    await page.getByLabel('Ngày của bản tin').fill(missedDay());
    await page.getByLabel('Lời dẫn').fill('Bản tin bù cho ngày chưa phát hành.');
    await page.getByRole('button', { name: 'Thêm tin từ nguồn ngoài' }).click();
    await page.getByLabel('Tiêu đề').fill('Lào Cai đón đoàn công tác của Trung ương');
    await page.getByLabel('Tên nguồn').fill('Báo Lào Cai');
    await page.getByLabel('Đường dẫn (http hoặc https)').fill('https://baolaocai.vn/thoi-su/doan-cong-tac');
    await page.getByLabel('Tóm tắt').fill('Đoàn làm việc về công tác xây dựng Đảng.');
    await page.getByLabel('Từ khóa tìm bài').fill(article!.title.split(' ').slice(0, 4).join(' '));
    await page.getByRole('button', { name: 'Tìm bài' }).click();
    await page.getByRole('button', { name: `Thêm bài: ${article!.title}` }).click();
    // The outside link typed before the search is still there, and the article came second: move it up.
    assert.equal(await page.getByLabel('Tên nguồn').inputValue(), 'Báo Lào Cai');
    await page.getByRole('button', { name: 'Đưa tin 2 lên' }).click();
    await page.getByRole('button', { name: 'Lưu và xem trước' }).click();
    await page.waitForURL(/\/quan-tri\/diem-tin\/\d+\/xem-truoc$/);
    briefId = Number(/diem-tin\/(\d+)\//.exec(page.url())![1]);
    const items = page.locator('.brief-item-title');
    assert.equal(await items.nth(0).textContent(), article!.title);
    assert.equal(await items.nth(1).textContent(), 'Lào Cai đón đoàn công tác của Trung ương');
    await page.getByRole('button', { name: 'Phát hành bản tin này' }).click();
    await page.waitForURL(/\/quan-tri\/diem-tin\?tb=/);
    assert.match((await page.locator('.flash, [role=status]').first().textContent()) ?? '', /Đã phát hành/);
    await context.close();
  });

  it('lets a reader find it by date, with the outside link kept apart', async () => {
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    await page.goto(`${site.served().baseUrl}/diem-tin`);
    await page.getByLabel('Xem bản tin ngày').fill(missedDay());
    await page.getByRole('button', { name: 'Xem', exact: true }).click();
    await page.waitForURL(new RegExp(`/diem-tin/${missedDay()}$`));
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), `Điểm tin sáng ngày ${dmy(missedDay())}`);
    const outside = page.getByRole('link', { name: 'Lào Cai đón đoàn công tác của Trung ương' });
    assert.equal(await outside.getAttribute('rel'), 'noopener noreferrer');
    assert.equal(await outside.getAttribute('href'), 'https://baolaocai.vn/thoi-su/doan-cong-tac');
    // The month's calendar links the day now; the day before is still a gap.
    await page.goto(`${site.served().baseUrl}/diem-tin?thang=${missedDay().slice(0, 7)}`);
    assert.equal(await page.locator(`.brief-calendar a[href="/diem-tin/${missedDay()}"]`).count(), 1);
    await context.close();
  });

  it('has no WCAG 2.1 AA violation and fits the screen, on desktop and phone', async () => {
    const { baseUrl } = site.served();
    const month = missedDay().slice(0, 7);
    const publicPaths = ['/diem-tin', `/diem-tin?thang=${month}`, `/diem-tin/${missedDay()}`, '/diem-tin/2026-13-40'];
    const staffPaths = [
      '/quan-tri/diem-tin',
      '/quan-tri/diem-tin/moi',
      `/quan-tri/diem-tin/${briefId}`,
      `/quan-tri/diem-tin/${briefId}/xem-truoc`,
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
      await page.goto(`${baseUrl}/quan-tri/diem-tin/moi`);
      await page.getByRole('button', { name: 'Thêm tin từ nguồn ngoài' }).click();
      await page.getByLabel('Đường dẫn (http hoặc https)').fill('javascript:alert(1)');
      await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
      assert.ok(await page.locator('.error-summary').isVisible());
      await expectFitsAndAccessible(page, `refused form at ${viewport.width}px`);
      await context.close();
    }
  });
});

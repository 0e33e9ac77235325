// axe-core (WCAG 2.1 A and AA rules) on every kind of public page, as a reader's browser renders it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';
import { expectNoAxeViolations } from './support/checks.js';

describe('public pages are accessible', () => {
  const site = usePortalInBrowser();

  it('has no WCAG 2.1 AA violation on home, category, article, search, statistics and 404 pages, on desktop and phone', async () => {
    const [article] = await site.served().app.articles.listLatest({ limit: 1 });
    const paths = [
      '/',
      '/chuyen-muc/xay-dung-dang',
      article!.url,
      '/tim-kiem?q=dang+uy',
      '/tim-kiem?q=',
      '/thong-ke',
      '/gioi-thieu',
      '/lien-he',
      '/api/docs',
      '/khong-co-trang-nay',
    ];
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 375, height: 740 },
    ]) {
      // The pages' CSP rightly refuses injected scripts: let the test inject axe.
      const context = await newReaderContext(site.browser(), { viewport, bypassCSP: true });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(site.served().baseUrl + path);
        await expectNoAxeViolations(page, `${path} at ${viewport.width}px`);
      }
      await context.close();
    }
  });

  it('can be used with the keyboard: skip link first, then the menu and search', async () => {
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    await page.goto(`${site.served().baseUrl}/`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'noi-dung', 'focus moves to the main content');
    await page.getByLabel('Từ khóa tìm kiếm').first().focus();
    await page.keyboard.type('hoc tap lam theo bac');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\?q=hoc\+tap\+lam\+theo\+bac/);
    await context.close();
  });
});

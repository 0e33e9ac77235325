// A reader looks for a document in the register: types its number without diacritics, opens it,
// downloads its file; reads an article whose cited numbers lead to the register. axe-core finds no
// WCAG 2.1 AA violation on the list, a filtered list, a document or a refused search, at 1280 and
// 375 px, and nothing is wider than the screen.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';
import { expectNoAxeViolations } from './support/checks.js';

describe('a reader finds a document in the register', () => {
  const site = usePortalInBrowser();

  it('finds 132/KH-ĐUK typed as "132 kh duk", opens it and gets its PDF', async () => {
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    await page.goto(`${site.served().baseUrl}/van-ban`);
    await page.getByLabel('Tìm văn bản').fill('132 kh duk');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/\/van-ban\?q=132\+kh\+duk/);
    await page.getByRole('link', { name: '132/KH-ĐUK' }).first().click();
    await page.waitForURL(/\/van-ban\/132-kh-duk$/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Kế hoạch số 132/KH-ĐUK');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /Tải văn bản \(PDF/ }).click();
    assert.match((await download).suggestedFilename(), /\.pdf$/);
    await context.close();
  });

  it('follows a number cited in an article to the register', async () => {
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    const [article] = (await site.served().app.articles.listLatest({ limit: 50 })).filter((a) =>
      a.title.startsWith('Đảng ủy Khối tổng kết công tác xây dựng Đảng năm 2025'),
    );
    await page.goto(site.served().baseUrl + article!.url);
    await page.locator('.article-body a.doc-number', { hasText: '17-ĐA/TU' }).click();
    await page.waitForURL(/\/van-ban\/17-da-tu$/);
    assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', /Đề án số 17-ĐA\/TU/);
    await context.close();
  });

  it('has no WCAG 2.1 AA violation and fits the screen, on desktop and phone', async () => {
    const paths = [
      '/van-ban',
      '/van-ban?kind=de-an&year=2021',
      '/van-ban?q=132+kh+duk',
      '/van-ban/132-kh-duk',
      '/van-ban/30-2020-nd-cp',
      '/van-ban?year=abc',
    ];
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 375, height: 740 },
    ]) {
      const context = await newReaderContext(site.browser(), { viewport, bypassCSP: true });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(site.served().baseUrl + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${path} at ${viewport.width}px is ${overflow}px too wide`);
        await expectNoAxeViolations(page, `${path} at ${viewport.width}px`);
      }
      await context.close();
    }
  });
});

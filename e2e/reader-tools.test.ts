// An article's reader tools in a real Chromium: text size remembered, the link copied and
// announced, the printed page, a phone's width, axe, and no request to another site.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { READER_UA, newReaderContext, usePortalInBrowser } from './support/browser.js';
import { expectNoAxeViolations } from './support/checks.js';

const SITE_URL = 'https://congtin.test';
const SITE_NAME = 'Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai';

function bodyFontSize(page: Page): Promise<number> {
  return page.locator('.article-body').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
}

describe('a reader uses the article tools', () => {
  const site = usePortalInBrowser();
  const articlePath = async () => (await site.served().app.articles.listLatest({ limit: 1 }))[0]!.url;

  it('makes the text larger with A+, keeps it after a reload, and back with A', async () => {
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    await page.goto(site.served().baseUrl + (await articlePath()));
    const normal = await bodyFontSize(page);
    await page.getByRole('button', { name: 'A+ (chữ to hơn)' }).click();
    const larger = await bodyFontSize(page);
    assert.ok(larger > normal * 1.1, `A+ grows the text (${normal}px → ${larger}px)`);
    assert.equal((await page.getByRole('status').innerText()).trim(), 'Cỡ chữ: 115%');
    // With the keyboard too: focus the button and press Enter.
    await page.getByRole('button', { name: 'A+ (chữ to hơn)' }).focus();
    await page.keyboard.press('Enter');
    const largest = await bodyFontSize(page);
    assert.ok(largest > larger, 'Enter on A+ grows it again');
    await page.reload();
    assert.equal(await bodyFontSize(page), largest, 'remembered after a reload');
    await page.getByRole('button', { name: 'A (cỡ chữ mặc định)' }).click();
    assert.equal(await bodyFontSize(page), normal);
    await page.getByRole('button', { name: 'A− (chữ nhỏ hơn)' }).click();
    assert.ok((await bodyFontSize(page)) < normal);
    await context.close();
  });

  it('copies the article link to the clipboard and says so', async () => {
    const context = await site.browser().newContext({
      userAgent: READER_UA,
      locale: 'vi-VN',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    const path = await articlePath();
    await page.goto(site.served().baseUrl + path);
    assert.equal(
      await page.getByLabel('Liên kết bài viết', { exact: true }).isVisible(),
      false,
      'the field gives way to the button',
    );
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã sao chép liên kết bài viết.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), SITE_URL + path);
    await context.close();
  });

  it('shows the link in a field and no script-only button without JavaScript', async () => {
    const context = await newReaderContext(site.browser(), { javaScriptEnabled: false });
    const page = await context.newPage();
    const path = await articlePath();
    await page.goto(site.served().baseUrl + path);
    assert.equal(await page.getByLabel('Liên kết bài viết', { exact: true }).inputValue(), SITE_URL + path);
    for (const name of ['Sao chép liên kết', 'A+ (chữ to hơn)', 'In bài viết'])
      assert.equal(await page.getByRole('button', { name }).count(), 0, `${name} hidden`);
    assert.ok(await page.getByRole('link', { name: 'Chia sẻ qua Zalo (mở cửa sổ mới)' }).isVisible());
    await context.close();
  });

  it('prints the site name and the article URL, without the menu or the tools', async () => {
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    const path = await articlePath();
    await page.goto(site.served().baseUrl + path);
    assert.equal(await page.locator('.print-site').isVisible(), false, 'print lines are not on screen');
    await page.emulateMedia({ media: 'print' });
    const siteLine = page.locator('.print-site');
    assert.ok(await siteLine.isVisible());
    assert.match(await siteLine.innerText(), new RegExp(SITE_NAME, 'i'));
    assert.equal((await page.locator('.print-source').innerText()).trim(), `Nguồn: ${SITE_URL}${path}`);
    for (const hidden of ['.main-nav', '.reader-tools', '.site-footer', '.sidebar'])
      assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} not printed`);
    await context.close();
  });

  it('fits a 390 px phone: no sideways scrolling, the search button inside its box', async () => {
    const context = await newReaderContext(site.browser(), { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const path of [await articlePath(), '/so-do-trang']) {
      await page.goto(site.served().baseUrl + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `${path} is ${width}px wide`);
      const form = (await page.getByRole('search').boundingBox())!;
      const button = (await page.getByRole('button', { name: 'Tìm kiếm' }).boundingBox())!;
      assert.ok(button.x + button.width <= form.x + form.width + 0.5, 'the button stays inside the search form');
      assert.ok(button.x + button.width <= 390);
      const placeholderFits = await page.locator('#site-search').evaluate((el) => {
        const input = el as HTMLInputElement;
        const style = getComputedStyle(input);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
        return ctx.measureText(input.placeholder).width <= room;
      });
      assert.ok(placeholderFits, 'the placeholder is not cut off');
    }
    await context.close();
  });

  it('asks nothing of another site when an article opens', async () => {
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(site.served().baseUrl + (await articlePath()));
    await page.waitForLoadState('networkidle');
    assert.ok(requested.length > 2);
    for (const url of requested) assert.ok(url.startsWith(site.served().baseUrl), url);
    await context.close();
  });

  it('has no WCAG 2.1 AA violation on the article and the site map at 1280 and 390 px', async () => {
    const path = await articlePath();
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const context = await newReaderContext(site.browser(), { viewport, bypassCSP: true });
      const page = await context.newPage();
      for (const p of [path, '/so-do-trang']) {
        await page.goto(site.served().baseUrl + p);
        await expectNoAxeViolations(page, `${p} at ${viewport.width}px`);
      }
      await context.close();
    }
  });

  it('finds the site map from the footer and every category on it', async () => {
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    await page.goto(`${site.served().baseUrl}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Sơ đồ trang' }).click();
    await page.waitForURL(/\/so-do-trang$/);
    assert.equal((await page.getByRole('heading', { level: 1 }).innerText()).trim(), 'Sơ đồ trang');
    for (const category of await site.served().app.articles.listCategories())
      assert.ok(await page.getByRole('main').getByRole('link', { name: category.name, exact: true }).isVisible());
    await context.close();
  });
});

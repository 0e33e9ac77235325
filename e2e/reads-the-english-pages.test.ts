// The English pages in Chromium, at a laptop's 1280 px and a phone's 390 px: axe-core finds no WCAG
// 2.1 A/AA violation on any /en page, nothing is wider than the screen, the header's language
// switch stays on one row beside the login link on a phone, and a reader goes from a Vietnamese
// page to its English twin and back with it. SCREENSHOTS=dir keeps a picture of each page.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';
import { expectNoAxeViolations } from './support/checks.js';

const ENGLISH_PAGES = ['/en', '/en/about', '/en/organisation', '/en/contact'];
const WIDTHS = [1280, 390];

describe('a reader of the English pages', () => {
  const site = usePortalInBrowser();

  it('finds no accessibility violation and nothing wider than the screen, at 1280 and 390 px', async () => {
    const shots = process.env.SCREENSHOTS;
    for (const width of WIDTHS) {
      const context = await newReaderContext(site.browser(), { viewport: { width, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      for (const pagePath of [...ENGLISH_PAGES, '/']) {
        await page.goto(site.served().baseUrl + pagePath);
        assert.equal(await page.getAttribute('html', 'lang'), pagePath === '/' ? 'vi' : 'en');
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(scrollWidth <= width, `${pagePath} at ${width}px is ${scrollWidth}px wide`);
        await expectNoAxeViolations(page, `${pagePath} at ${width}px`);
        if (shots) {
          const name = `${pagePath === '/' ? 'vi-home' : pagePath.slice(1).replace(/\//g, '-')}-${width}.png`;
          await page.screenshot({ path: path.join(shots, name), fullPage: pagePath !== '/' });
        }
      }
      await context.close();
    }
  });

  it('keeps the language switch on one row beside the login link on a phone, fully on screen', async () => {
    const context = await newReaderContext(site.browser(), { viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    for (const pagePath of ['/', '/en']) {
      await page.goto(site.served().baseUrl + pagePath);
      const switchBox = await page.locator('.lang-switch').boundingBox();
      const loginBox = await page.locator('.header-login').boundingBox();
      assert.ok(switchBox && loginBox, pagePath);
      assert.ok(switchBox.x >= 0 && switchBox.x + switchBox.width <= 390, `${pagePath}: the switch is on screen`);
      assert.ok(Math.abs(switchBox.y + switchBox.height / 2 - (loginBox.y + loginBox.height / 2)) < 12, pagePath);
      assert.ok(switchBox.height < 40, `${pagePath}: the switch is one row (${switchBox.height}px)`);
    }
    await context.close();
  });

  it('goes from the Vietnamese About page to its English twin and back with the switch', async () => {
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    await page.goto(`${site.served().baseUrl}/gioi-thieu`);
    await page.getByRole('navigation', { name: 'Ngôn ngữ' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/about$/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'About us');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.waitForURL(/\/gioi-thieu$/);
    await page.goto(`${site.served().baseUrl}/en/organisation`);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await context.close();
  });
});

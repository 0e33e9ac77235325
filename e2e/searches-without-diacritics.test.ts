import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, newReaderContext, serveTestApp, type ServedApp } from './support/browser.js';
import { PortalPage } from './pages/portal.js';

describe('a reader searches without diacritics', () => {
  let served: ServedApp;
  let browser: Browser;
  before(async () => {
    served = await serveTestApp();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser.close();
    await served.stop();
  });

  it('types "dang uy khoi", sees highlighted accented results and opens the first', async () => {
    const context = await newReaderContext(browser);
    const portal = new PortalPage(await context.newPage(), served.baseUrl);
    await portal.open('/');
    await portal.search('dang uy khoi');
    assert.match(await portal.page.getByRole('status').innerText(), /Tìm thấy \d+ bài viết/);
    const firstMark = portal.page.getByRole('main').locator('mark').first();
    assert.equal(await firstMark.innerText(), 'Đảng');
    const first = portal.searchResults().first();
    const title = (await first.innerText()).trim();
    assert.match(title, /Đảng ủy Khối/);
    await first.click();
    assert.equal((await portal.page.getByRole('heading', { level: 1 }).innerText()).trim(), title);
    await context.close();
  });
});

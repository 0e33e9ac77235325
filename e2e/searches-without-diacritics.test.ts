import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';
import { PortalPage } from './pages/portal.js';

describe('a reader searches without diacritics', () => {
  const site = usePortalInBrowser();

  it('types "dang uy khoi", sees highlighted accented results and opens the first', async () => {
    const context = await newReaderContext(site.browser());
    const portal = new PortalPage(await context.newPage(), site.served().baseUrl);
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

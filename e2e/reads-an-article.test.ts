import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';
import { PortalPage } from './pages/portal.js';

describe('a reader reads an article', () => {
  const site = usePortalInBrowser();

  it('opens the newest article from the home page and sees its byline, date and print button', async () => {
    const context = await newReaderContext(site.browser());
    const portal = new PortalPage(await context.newPage(), site.served().baseUrl);
    await portal.open('/');
    const first = portal.latestNews().first();
    const title = (await first.innerText()).trim();
    await first.click();
    const heading = portal.page.getByRole('heading', { level: 1 });
    assert.equal((await heading.innerText()).trim(), title);
    const meta = await portal.page.locator('.article-meta').innerText();
    assert.match(meta, /Đăng lúc: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    assert.ok(
      await portal.page.getByRole('button', { name: 'In bài viết' }).isVisible(),
      'print button shown when JavaScript runs',
    );
    assert.ok(await portal.page.getByRole('heading', { name: 'Tin liên quan' }).isVisible());
    await context.close();
  });

  it('reads the same article without JavaScript, on a phone-sized screen', async () => {
    const context = await newReaderContext(site.browser(), {
      javaScriptEnabled: false,
      viewport: { width: 375, height: 740 },
    });
    const page = await context.newPage();
    const [article] = await site.served().app.articles.listLatest({ limit: 1 });
    await page.goto(site.served().baseUrl + article!.url);
    assert.equal((await page.getByRole('heading', { level: 1 }).innerText()).trim(), article!.title);
    assert.ok(await page.getByText(article!.author, { exact: true }).isVisible());
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 375, `no horizontal scrolling on a phone (page is ${scrollWidth}px wide)`);
    await context.close();
  });
});

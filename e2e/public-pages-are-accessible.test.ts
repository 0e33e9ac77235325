// axe-core (WCAG 2.1 A and AA rules) on every kind of public page, as a reader's browser renders it.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

describe('public pages are accessible', () => {
  const site = usePortalInBrowser();

  it('has no WCAG 2.1 AA violation on home, category, article, search, statistics and 404 pages, on desktop and phone', async () => {
    const [article] = await site.served().app.articles.listLatest({ limit: 1 });
    const paths = ['/', '/chuyen-muc/xay-dung-dang', article!.url, '/tim-kiem?q=dang+uy', '/tim-kiem?q=', '/thong-ke', '/gioi-thieu', '/lien-he', '/api/docs', '/khong-co-trang-nay'];
    for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 740 }]) {
      // The pages' CSP rightly refuses injected scripts: let the test inject axe.
      const context = await newReaderContext(site.browser(), { viewport, bypassCSP: true });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(site.served().baseUrl + path);
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
        });
        assert.deepEqual(violations, [], `${path} at ${viewport.width}px`);
      }
      await context.close();
    }
  });

  it('can be used with the keyboard: skip link first, then the menu and search', async () => {
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    await page.goto(site.served().baseUrl + '/');
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

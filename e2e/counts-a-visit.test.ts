import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { READER_UA, newReaderContext, usePortalInBrowser } from './support/browser.js';
import { PortalPage } from './pages/portal.js';

describe('the visit counters', () => {
  const site = usePortalInBrowser({ STATS_START_TOTAL: '465023' });

  it('change on the page after a visit, and a reload in the same visit does not count again', async () => {
    const context = await newReaderContext(site.browser());
    const portal = new PortalPage(await context.newPage(), site.served().baseUrl);
    await portal.open('/');
    // The beacon's answer replaces the rendered numbers: wait for it, not for a fixed time.
    await portal.page.waitForFunction(() => document.querySelector('[data-counter="today"]')?.textContent === '1');
    assert.equal(await portal.counterValue('Tất cả'), 465024);
    assert.equal(await portal.counterValue('Đang online'), 1);

    const beaconAnswer = portal.page.waitForResponse((r) => r.url().endsWith('/api/v1/hit'));
    await portal.page.reload();
    assert.equal(((await (await beaconAnswer).json()) as { today: number }).today, 1, 'same reader, same visit');

    // Another reader (another browser) arrives: both see two visits today.
    const other = await site.browser().newContext({ userAgent: `${READER_UA} Edg/131.0` });
    const otherPortal = new PortalPage(await other.newPage(), site.served().baseUrl);
    await otherPortal.open('/');
    await otherPortal.page.waitForFunction(() => document.querySelector('[data-counter="today"]')?.textContent === '2');
    assert.equal(await otherPortal.counterValue('Tất cả'), 465025);
    await other.close();
    await context.close();
  });

  it('counts a visit from a browser without JavaScript through the pixel', async () => {
    const before = await site.served().app.analytics.readFreshCounters();
    const context = await site.browser().newContext({ userAgent: `${READER_UA} NoJS/1`, javaScriptEnabled: false });
    const page = await context.newPage();
    const pixel = page.waitForResponse((r) => r.url().includes('/api/v1/hit.gif'));
    await page.goto(`${site.served().baseUrl}/`);
    assert.equal((await pixel).status(), 200);
    site.served().app.clock.advance(2000);
    assert.equal((await site.served().app.analytics.readFreshCounters()).total, before.total + 1);
    await context.close();
  });
});

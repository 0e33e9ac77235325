// The home page's pictures in a real Chromium, on a desktop and a phone: every image that is
// shown has loaded (the browser chose a copy it can decode: AVIF here), the featured one first,
// and nothing is wider than the screen. SCREENSHOT_DIR=… keeps a full-page screenshot of each.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';

describe('the home page shows pictures', () => {
  const site = usePortalInBrowser();

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`loads every picture and fits the screen at ${viewport.width} px`, async () => {
      const context = await newReaderContext(site.browser(), { viewport });
      const page = await context.newPage();
      await page.goto(`${site.served().baseUrl}/`);
      const images = page.locator('main picture img');
      const count = await images.count();
      assert.ok(count >= 8, `pictures on the home page: ${count}`);
      // Lazy images load as they come into view: scroll each in, then wait for it.
      for (let i = 0; i < count; i++) {
        const image = images.nth(i);
        await image.scrollIntoViewIfNeeded();
        await page.waitForFunction((img) => (img as HTMLImageElement).complete, await image.elementHandle());
      }
      const loaded = await images.evaluateAll((list) =>
        list.map((img) => {
          const i = img as HTMLImageElement;
          return { src: i.currentSrc, naturalWidth: i.naturalWidth, alt: i.alt, box: i.getBoundingClientRect().width };
        }),
      );
      for (const image of loaded) {
        assert.ok(image.naturalWidth > 0, `loaded: ${image.src}`);
        assert.match(image.src, /-\d+\.avif$/, 'a resized AVIF copy, not the original');
        assert.ok(image.alt.length > 10, 'described for readers who cannot see it');
        assert.ok(image.box <= viewport.width, `no wider than the screen: ${image.box}px`);
      }
      const featured = loaded[0]!;
      assert.ok(featured.box > (viewport.width < 500 ? 300 : 600), `the featured picture is large: ${featured.box}px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no horizontal scroll (${overflow}px too wide)`);
      if (process.env.SCREENSHOT_DIR) {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({
          path: path.join(process.env.SCREENSHOT_DIR, `home-${viewport.width}.png`),
          fullPage: true,
        });
      }
      await context.close();
    });
  }
});

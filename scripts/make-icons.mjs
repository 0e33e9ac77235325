// Draws the portal's icons from assets/favicon.svg (a gold star on the committee's red, made for
// congtin) with Debian's Chromium: apple-touch-icon.png (180 px), icon-192.png, and favicon.ico
// (a 32 px PNG inside an ICO header, which every browser reads). Run by hand when the SVG changes;
// the outputs are committed, so neither start nor build needs a browser.
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const dir = new URL('../src/platform/views/assets/', import.meta.url);
const svg = fs.readFileSync(new URL('favicon.svg', dir), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });

async function render(size) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
  return png;
}

/** An ICO file holding one PNG image (Vista and every browser since read PNG inside ICO). */
function icoOf(png, size) {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // the image starts right after this header
  return Buffer.concat([header, png]);
}

fs.writeFileSync(new URL('apple-touch-icon.png', dir), await render(180));
fs.writeFileSync(new URL('icon-192.png', dir), await render(192));
fs.writeFileSync(new URL('favicon.ico', dir), icoOf(await render(32), 32));
await browser.close();
console.log('icons written to src/platform/views/assets/');

// The portal's icons: at the addresses browsers and phones ask for by themselves, named in every
// page's head, real images of the size they claim.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('icons', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite');
  });
  after(() => t.dispose());

  it('serves a favicon.ico holding a 32 px PNG, the SVG icon and the touch icons', async () => {
    const ico = await t.request('/favicon.ico');
    assert.equal(ico.status, 200);
    assert.equal(ico.headers.get('content-type'), 'image/x-icon');
    const bytes = Buffer.from(await ico.arrayBuffer());
    assert.deepEqual([bytes.readUInt16LE(2), bytes.readUInt16LE(4), bytes[6], bytes[7]], [1, 1, 32, 32]);
    assert.equal(bytes.subarray(22, 26).toString('latin1'), '\x89PNG');
    const svg = await t.request('/favicon.svg');
    assert.equal(svg.headers.get('content-type'), 'image/svg+xml');
    assert.match(await svg.text(), /^<svg [^>]*viewBox="0 0 64 64"/);
    for (const [path, size] of [
      ['/apple-touch-icon.png', 180],
      ['/icon-192.png', 192],
    ] as const) {
      const png = Buffer.from(await (await t.request(path)).arrayBuffer());
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', path);
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [size, size], path);
    }
  });

  it('names them in the head of public and staff pages', async () => {
    for (const path of ['/', '/dang-nhap']) {
      const html = await (await t.request(path)).text();
      assert.match(html, /<link rel="icon" href="\/favicon.ico" sizes="32x32"\/?>/, path);
      assert.match(html, /<link rel="icon" href="\/favicon.svg" type="image\/svg\+xml"\/?>/, path);
      assert.match(html, /<link rel="apple-touch-icon" href="\/apple-touch-icon.png"\/?>/, path);
    }
  });
});

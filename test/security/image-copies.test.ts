// The resized copies of uploaded images: a phone photo's location (EXIF GPS) and camera details
// never reach the copies readers download; only names the server made are served under /tep-tin
// (no traversal, no temporary file, no width or format it never made); a picture that claims a
// huge canvas is still refused before anything decodes it. Both databases.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { dialectsUnderTest } from '../support/databases.js';
import { loginAs, ORIGIN, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

function upload(t: TestApp, session: StaffSession, name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return t.request('/quan-tri/thu-vien-anh/tai-len', {
    method: 'POST',
    headers: { origin: ORIGIN, cookie: session.cookie, accept: 'application/json', 'x-csrf-token': session.csrf },
    body: form,
  });
}

for (const dialect of dialectsUnderTest()) {
  describe(`resized image copies [${dialect}]`, () => {
    let t: TestApp;
    let editor: StaffSession;
    let url: string;

    before(async () => {
      t = await startTestApp(dialect);
      editor = await loginAs(t, 'bientap@congtin.demo', 'LaoCai-Demo-2026');
      const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#3a7' } })
        .jpeg()
        .withExif({
          IFD0: { Make: 'CameraMaker', Model: 'SecretPhone 9' },
          IFD3: {
            GPSLatitudeRef: 'N',
            GPSLatitude: '22/1 29/1 0/1',
            GPSLongitudeRef: 'E',
            GPSLongitude: '103/1 58/1 0/1',
          },
        })
        .toBuffer();
      assert.ok((await sharp(photo).metadata()).exif, 'the test photo carries EXIF');
      const res = await upload(t, editor, 'dien-thoai.jpg', photo);
      assert.equal(res.status, 201);
      url = ((await res.json()) as { url: string }).url;
      await t.media.variantsMade();
    });
    after(() => t.dispose());

    it('strips EXIF (location, camera) from every copy', async () => {
      for (const suffix of ['-320.jpg', '-640.webp', '-800.avif', '-800.jpg']) {
        const res = await t.request(url.replace(/\.jpg$/, suffix));
        assert.equal(res.status, 200, suffix);
        const bytes = Buffer.from(await res.arrayBuffer());
        const meta = await sharp(bytes).metadata();
        assert.equal(meta.exif, undefined, `${suffix} has no EXIF`);
        assert.ok(!bytes.includes('SecretPhone'), `${suffix} does not name the camera`);
      }
    });

    it('serves only copies the server made, whatever the address says', async () => {
      const [, year, month, name] = /^\/tep-tin\/(\d{4})\/(\d{2})\/([0-9a-f]{32})\.jpg$/.exec(url)!;
      const stem = `/tep-tin/${year}/${month}/${name}`;
      // A temporary file as the maker leaves it for a moment (the name is what matters here).
      const temporary = path.join(t.dataDir, 'uploads', year!, month!, `${name}-320.jpg.tmp`);
      fs.writeFileSync(temporary, 'half a file');
      for (const address of [
        `${stem}-320.jpg.tmp`,
        `${stem}-0.jpg`,
        `${stem}-321.jpg`,
        `${stem}-320.gif`,
        `${stem}-320.svg`,
        `${stem}-320.JPG`,
        `${stem.toUpperCase().replace('/TEP-TIN', '/tep-tin')}-320.jpg`,
        `${stem}-320.jpg%2f..%2f..%2f..%2fcongtin.db`,
        `/tep-tin/${year}/${month}/..%2f..%2f${name}-320.jpg`,
        `/tep-tin/${year}/13/${name}-320.jpg`,
        `${stem}--320.jpg`,
        `${stem}-320.jpg.avif`,
      ]) {
        const res = await t.request(address);
        assert.equal(res.status, 404, address);
        assert.equal(res.headers.get('cache-control'), 'no-store', address);
      }
    });

    it('refuses a picture claiming a canvas over the pixel cap before decoding it', async () => {
      // A real 1×1 PNG whose header claims 30,000 × 30,000.
      const png = Buffer.from(
        await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
          .png()
          .toBuffer(),
      );
      png.writeUInt32BE(30_000, 16);
      png.writeUInt32BE(30_000, 20);
      const res = await upload(t, editor, 'bom.png', png);
      assert.equal(res.status, 400);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'MEDIA_TOO_MANY_PIXELS');
    });
  });
}

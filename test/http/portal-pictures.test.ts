// Pictures on the portal: an upload gets resized AVIF, WebP and JPEG/PNG copies (never enlarged),
// served and cached like the original; the home page, category pages and search results show the
// articles' featured images as <picture> with sizes, dimensions, lazy loading and alt text; an
// image that cannot be decoded is refused in Vietnamese; older images get their copies the first
// time a page shows them; deleting an image deletes its copies. Both databases.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { dialectsUnderTest } from '../support/databases.js';
import { loginAs, ORIGIN, postForm, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const UPLOAD = '/quan-tri/thu-vien-anh/tai-len';

/** A photo-like test image: noise, so the encoders have something to do. */
function noisyImage(width: number, height: number, channels: 3 | 4) {
  const pixels = Buffer.alloc(width * height * channels);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 2654435761) >>> 24;
  return sharp(pixels, { raw: { width, height, channels } });
}

function upload(t: TestApp, session: StaffSession, name: string, bytes: Uint8Array, alt: string) {
  const form = new FormData();
  form.append('alt', alt);
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return t.request(UPLOAD, {
    method: 'POST',
    headers: { origin: ORIGIN, cookie: session.cookie, accept: 'application/json', 'x-csrf-token': session.csrf },
    body: form,
  });
}

/** Every <picture>…</picture> of a page. */
const picturesIn = (html: string) => html.match(/<picture[^>]*>[\s\S]*?<\/picture>/g) ?? [];
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const imgOf = (picture: string) => /<img [^>]*>/.exec(picture)![0];

/** Asserts the picture has both modern sources and a complete fallback <img>. */
function assertCompletePicture(picture: string, loading: 'lazy' | 'eager') {
  for (const type of ['image/avif', 'image/webp']) {
    const source = new RegExp(`<source type="${type}" srcset="([^"]+)" sizes="([^"]+)"`).exec(picture);
    assert.ok(source, `${type} source in ${picture}`);
    assert.match(source[1]!, /^\/tep-tin\/\d{4}\/\d{2}\/[0-9a-f]{32}-320\.\w+ 320w, /);
  }
  const img = imgOf(picture);
  assert.match(attr(img, 'srcset') ?? '', / 320w, .* 640w/);
  assert.ok(attr(img, 'sizes'));
  assert.ok(Number(attr(img, 'width')) > 0 && Number(attr(img, 'height')) > 0, img);
  assert.equal(attr(img, 'loading'), loading);
  assert.equal(attr(img, 'decoding'), 'async');
  assert.ok((attr(img, 'alt') ?? '').length > 10, `alt text in ${img}`);
}

for (const dialect of dialectsUnderTest()) {
  describe(`pictures on the portal [${dialect}]`, () => {
    let t: TestApp;
    let editor: StaffSession;

    before(async () => {
      t = await startTestApp(dialect);
      editor = await loginAs(t, 'bientap@congtin.demo', 'LaoCai-Demo-2026');
    });
    after(() => t.dispose());

    it('makes AVIF, WebP and JPEG copies of an upload at 320–1280 px, never wider than the original', async () => {
      const jpeg = await noisyImage(1600, 900, 3).jpeg({ quality: 70 }).toBuffer();
      const res = await upload(t, editor, 'hoi-nghi.jpg', jpeg, 'Hội nghị tổng kết');
      assert.equal(res.status, 201, await res.clone().text());
      const { url } = (await res.json()) as { url: string };
      await t.media.variantsMade();
      const file = (width: number, format: string) =>
        path.join(t.dataDir, 'uploads', url.slice('/tep-tin/'.length).replace(/\.jpg$/, `-${width}.${format}`));
      for (const width of [320, 640, 960, 1280])
        for (const [format, expected] of [
          ['avif', 'heif'],
          ['webp', 'webp'],
          ['jpg', 'jpeg'],
        ] as const) {
          const meta = await sharp(fs.readFileSync(file(width, format))).metadata();
          assert.deepEqual([meta.format, meta.width, meta.height], [expected, width, Math.round((900 * width) / 1600)]);
        }
      assert.ok(!fs.existsSync(file(1600, 'webp')), 'no copy as wide as the original: it is over 1280 px');
      const row = await t.db
        .selectFrom('media')
        .select(['variant_widths', 'variant_fallback'])
        .where('path', '=', url.slice('/tep-tin/'.length))
        .executeTakeFirstOrThrow();
      assert.deepEqual([row.variant_widths, row.variant_fallback], ['320,640,960,1280', 'jpg'], 'each width once');

      const served = await t.request(url.replace(/\.jpg$/, '-640.avif'));
      assert.equal(served.status, 200);
      assert.equal(served.headers.get('content-type'), 'image/avif');
      assert.equal(served.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.equal(served.headers.get('x-content-type-options'), 'nosniff');
      assert.equal((await t.request(url.replace(/\.jpg$/, '-641.avif'))).status, 404, 'a width never made');
      assert.equal((await t.request(url.replace(/\.jpg$/, '-640.svg'))).status, 404, 'a format never made');
    });

    it('keeps PNG for an image with transparency, and a small image is re-encoded but not enlarged', async () => {
      const png = await noisyImage(500, 300, 4).png().toBuffer();
      const { url } = (await (await upload(t, editor, 'logo.png', png, 'Biểu trưng')).json()) as { url: string };
      await t.media.variantsMade();
      const dir = path.join(t.dataDir, 'uploads', path.dirname(url.slice('/tep-tin/'.length)));
      const stem = path.basename(url, '.png');
      const copies = fs.readdirSync(dir).filter((f) => f.startsWith(`${stem}-`));
      assert.deepEqual(copies.sort(), [
        `${stem}-320.avif`,
        `${stem}-320.png`,
        `${stem}-320.webp`,
        `${stem}-500.avif`,
        `${stem}-500.png`,
        `${stem}-500.webp`,
      ]);
      const meta = await sharp(path.join(dir, `${stem}-500.png`)).metadata();
      assert.deepEqual([meta.format, meta.width, meta.hasAlpha], ['png', 500, true]);
    });

    it('refuses an image whose header is fine but whose pixels are damaged, in Vietnamese, keeping nothing', async () => {
      const good = await noisyImage(200, 100, 3).png().toBuffer();
      const damaged = Buffer.from(good);
      for (let i = 60; i < damaged.length - 20; i++) damaged[i] = (damaged[i]! * 7 + 13) & 255;
      await t.media.variantsMade();
      const rows = (await t.db.selectFrom('media').select('id').execute()).length;
      const res = await upload(t, editor, 'hong.png', damaged, 'Ảnh hỏng');
      assert.equal(res.status, 400);
      assert.deepEqual(await res.json(), {
        error: {
          code: 'MEDIA_DAMAGED',
          message: 'Tệp ảnh bị hỏng hoặc không đọc được hết: hãy mở ảnh, lưu lại rồi tải lên lần nữa.',
        },
      });
      assert.equal((await t.db.selectFrom('media').select('id').execute()).length, rows);
    });

    it('shows the featured article large and eager, and thumbnails lazily on the home page', async () => {
      const html = await (await t.request('/')).text();
      const pictures = picturesIn(html);
      assert.ok(pictures.length >= 8, `pictures on the home page: ${pictures.length}`);
      assert.match(pictures[0]!, /class="featured-image"/);
      assertCompletePicture(pictures[0]!, 'eager');
      assert.equal(attr(imgOf(pictures[0]!), 'fetchpriority'), 'high');
      for (const picture of pictures.slice(1)) {
        assertCompletePicture(picture, 'lazy');
        assert.equal(attr(imgOf(picture), 'fetchpriority'), undefined, 'only the first image jumps the queue');
      }
      assert.match(html, /alt="Minh họa hội trường có phông nền đỏ sao vàng/);
    });

    it('shows thumbnails on a category page and in search results, with the alt text the library has', async () => {
      const [article] = await t.articles.listLatest({ limit: 1 });
      assert.ok(article?.image, 'the newest demo article has a picture');
      const imageId = (
        await t.db
          .selectFrom('articles')
          .select('featured_image_id')
          .where('id', '=', article.id)
          .executeTakeFirstOrThrow()
      ).featured_image_id!;
      await t.db.updateTable('media').set({ alt: 'Đồi chè "Lào Cai" & mây' }).where('id', '=', imageId).execute();
      t.pageCache.invalidateAll();

      const category = await (await t.request(article.category.url)).text();
      const onCategory = picturesIn(category);
      assert.ok(onCategory.length >= 3);
      for (const p of onCategory) assertCompletePicture(p, 'lazy');
      assert.match(category, /alt="Đồi chè &quot;Lào Cai&quot; &amp; mây"/, 'alt text escaped');

      const word = article.title.split(' ').slice(0, 3).join(' ');
      const search = await (await t.request(`/tim-kiem?q=${encodeURIComponent(word)}`)).text();
      const found = picturesIn(search);
      assert.ok(found.length >= 1, 'search results show thumbnails');
      for (const p of found) assertCompletePicture(p, 'lazy');
    });

    it("shows the article's own picture at the top of the article, eager, at the column's sizes", async () => {
      const [article] = await t.articles.listLatest({ limit: 1 });
      assert.ok(article?.image, 'the newest demo article has a picture');
      const html = await (await t.request(article.url)).text();
      const figure = html.slice(html.indexOf('<figure class="article-featured">'), html.indexOf('</figure>'));
      const [picture] = picturesIn(figure);
      assert.ok(picture, 'the article page shows its featured image as a <picture>');
      assertCompletePicture(picture, 'eager');
      assert.match(picture, /sizes="\(min-width: 800px\) 760px, 100vw"/);
    });

    it('makes the copies of an older image the first time a page shows it, showing the original meanwhile', async () => {
      const [article] = await t.articles.listLatest({ limit: 1 });
      const image = await t.db
        .selectFrom('media')
        .innerJoin('articles', 'articles.featured_image_id', 'media.id')
        .select(['media.id', 'media.path'])
        .where('articles.id', '=', article!.id)
        .executeTakeFirstOrThrow();
      // As if uploaded before migration 014: no copies recorded.
      await t.db
        .updateTable('media')
        .set({ variant_widths: null, variant_fallback: null })
        .where('id', '=', image.id)
        .execute();
      t.pageCache.invalidateAll();
      // Written behind the app's back: the lists the pages share notice within 250 ms.
      t.clock.advance(250);
      const first = await (await t.request(article!.category.url)).text();
      assert.match(
        first,
        new RegExp(`<picture class="thumb"><img src="/tep-tin/${image.path}"`),
        'the original meanwhile',
      );
      await t.media.variantsMade();
      const row = await t.db.selectFrom('media').selectAll().where('id', '=', image.id).executeTakeFirstOrThrow();
      assert.equal(row.variant_widths, '320,640,960,1200');
      assert.equal(row.variant_fallback, 'jpg');
      t.pageCache.invalidateAll();
      t.clock.advance(250);
      const later = await (await t.request(article!.category.url)).text();
      assert.match(later, new RegExp(`/tep-tin/${image.path.replace('.jpg', '-320.avif')} 320w`));
    });

    it('deletes the copies with the image', async () => {
      const jpeg = await noisyImage(700, 400, 3).jpeg().toBuffer();
      const { id, url } = (await (await upload(t, editor, 'xoa.jpg', jpeg, 'Sẽ xóa')).json()) as {
        id: number;
        url: string;
      };
      await t.media.variantsMade();
      const copy = path.join(t.dataDir, 'uploads', url.slice('/tep-tin/'.length).replace(/\.jpg$/, '-640.webp'));
      assert.ok(fs.existsSync(copy));
      const deleted = await postForm(t, `/quan-tri/thu-vien-anh/${id}/xoa`, editor, {});
      assert.equal(deleted.status, 303);
      const stem = path.basename(url, '.jpg');
      assert.deepEqual(
        fs.readdirSync(path.dirname(copy)).filter((f) => f.startsWith(stem)),
        [],
        'neither the original nor a copy is left',
      );
    });
  });
}

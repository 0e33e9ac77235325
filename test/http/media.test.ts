// Image uploads and the media library: the type comes from the bytes, files get server-made names
// and are served with a sandbox policy, nothing escapes the uploads folder, contributors touch
// only their own images, and an image an article uses stays. Both databases.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { loginAs, ORIGIN, postForm, type StaffSession } from '../support/staff.js';

const PASSWORD = 'LaoCai-Demo-2026';
const UPLOAD = '/quan-tri/thu-vien-anh/tai-len';
const LIBRARY = '/quan-tri/thu-vien-anh';

// Real, minimal images: 1×1 pixel each.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
);

/** A PNG header that claims a canvas of width × height: a decompression bomb, in 67 bytes. */
function pngClaiming(width: number, height: number): Buffer {
  const bytes = Buffer.from(PNG);
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

interface UploadOptions {
  name: string;
  bytes: Uint8Array;
  type?: string;
  alt?: string;
  /** The editor's fetch (Accept: application/json, token in a header) or a plain form. */
  json?: boolean;
  csrf?: boolean;
  headers?: Record<string, string>;
}

function upload(t: TestApp, session: StaffSession, o: UploadOptions) {
  const json = o.json ?? true;
  const form = new FormData();
  if (!json && o.csrf !== false) form.append('_csrf', session.csrf);
  if (o.alt !== undefined) form.append('alt', o.alt);
  form.append('file', new Blob([new Uint8Array(o.bytes)], { type: o.type ?? 'image/png' }), o.name);
  return t.request(UPLOAD, {
    method: 'POST',
    headers: {
      origin: ORIGIN,
      cookie: session.cookie,
      accept: json ? 'application/json' : 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      ...(json && o.csrf !== false ? { 'x-csrf-token': session.csrf } : {}),
      ...o.headers,
    },
    body: form,
  });
}

/** Every file under DATA_DIR, relative to it. */
function filesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((p) => fs.statSync(path.join(dir, p)).isFile())
    .sort();
}

for (const dialect of dialectsUnderTest()) {
  describe(`media library [${dialect}]`, () => {
    let t: TestApp;
    let editor: StaffSession;
    let contributor: StaffSession;
    let leader: StaffSession;
    let ids: { editor: number; contributor: number };

    const rowCount = async () =>
      Number(
        (
          await t.db
            .selectFrom('media')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    // Resized copies are made in the background after an upload answers: wait for them before
    // taking stock of the disk, or a copy landing mid-test would look like a leak.
    const settledFiles = async () => {
      await t.media.variantsMade();
      return filesIn(t.dataDir);
    };
    const uploadOk = async (session: StaffSession, o: UploadOptions) => {
      const res = await upload(t, session, o);
      assert.equal(res.status, 201, await res.clone().text());
      return (await res.json()) as { id: number; url: string; width: number; height: number; alt: string };
    };

    before(async () => {
      t = await startTestApp(dialect);
      editor = await loginAs(t, 'bientap@congtin.demo', PASSWORD);
      contributor = await loginAs(t, 'congtacvien@congtin.demo', PASSWORD);
      leader = await loginAs(t, 'lanhdao@congtin.demo', PASSWORD);
      const users = await t.accounts.service.listUsers();
      ids = {
        editor: users.find((u) => u.email === 'bientap@congtin.demo')!.id,
        contributor: users.find((u) => u.email === 'congtacvien@congtin.demo')!.id,
      };
    });
    after(() => t.dispose());

    it('stores a PNG from the editor under a server-made name and serves the exact bytes as a sandboxed image', async () => {
      const before = await settledFiles();
      const res = await upload(t, editor, { name: 'Ảnh bìa hội nghị.png', bytes: PNG, alt: 'Toàn cảnh hội nghị' });
      assert.equal(res.status, 201);
      const body = (await res.json()) as { id: number; url: string; width: number; height: number; alt: string };
      assert.match(body.url, /^\/tep-tin\/2026\/11\/[0-9a-f]{32}\.png$/);
      assert.deepEqual(
        { width: body.width, height: body.height, alt: body.alt },
        { width: 1, height: 1, alt: 'Toàn cảnh hội nghị' },
      );

      const onDisk = path.join(t.dataDir, 'uploads', body.url.slice('/tep-tin/'.length));
      assert.deepEqual(fs.readFileSync(onDisk), PNG);
      const stored = path.join('uploads', body.url.slice('/tep-tin/'.length));
      const copy = (suffix: string) => stored.replace(/\.png$/, suffix);
      assert.deepEqual(
        (await settledFiles()).filter((f) => !before.includes(f)),
        [stored, copy('-1.avif'), copy('-1.png'), copy('-1.webp')].sort(),
        'the original and its resized copies (a 1 px image is not enlarged), no temporary file left behind',
      );
      const row = await t.db.selectFrom('media').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
      assert.equal(row.original_name, 'Ảnh bìa hội nghị.png');
      assert.equal(row.uploaded_by, ids.editor);
      assert.equal(row.mime, 'image/png');

      const served = await t.request(body.url);
      assert.equal(served.status, 200);
      assert.equal(served.headers.get('content-type'), 'image/png');
      assert.equal(served.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(served.headers.get('content-security-policy'), "default-src 'none'; sandbox");
      assert.equal(served.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.deepEqual(Buffer.from(await served.arrayBuffer()), PNG);
      const again = await t.request(body.url, { headers: { 'if-none-match': served.headers.get('etag')! } });
      assert.equal(again.status, 304);

      const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'media.uploaded').execute();
      assert.deepEqual(
        audit.map((a) => [a.actor, a.target]),
        [['bientap@congtin.demo', body.url.slice('/tep-tin/'.length)]],
      );
    });

    it('takes a JPEG from the plain form (no JavaScript) and returns to the library with a message', async () => {
      const res = await upload(t, contributor, {
        name: 'chan-dung.jpg',
        bytes: JPEG,
        type: 'image/jpeg',
        alt: 'Chân dung',
        json: false,
      });
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), '/quan-tri/thu-vien-anh?tb=da-tai-anh');
      const page = await (
        await t.request(res.headers.get('location')!, { headers: { cookie: contributor.cookie } })
      ).text();
      assert.match(page, /Đã tải ảnh lên\./);
      const url = /value="(\/tep-tin\/2026\/11\/[0-9a-f]{32}\.jpg)"/.exec(page)?.[1];
      assert.ok(url, 'the library shows the new image address to copy');
      const served = await t.request(url);
      assert.equal(served.headers.get('content-type'), 'image/jpeg');
      assert.deepEqual(Buffer.from(await served.arrayBuffer()), JPEG);
    });

    it('refuses an HTML page named photo.jpg and an SVG with 415: nothing on disk, no row', async () => {
      const files = await settledFiles();
      const rows = await rowCount();
      const html = await upload(t, editor, { name: 'photo.jpg', bytes: HTML, type: 'image/jpeg' });
      assert.equal(html.status, 415);
      assert.deepEqual(await html.json(), {
        error: { code: 'MEDIA_UNSUPPORTED_TYPE', message: 'Tệp không phải ảnh JPEG, PNG, GIF hoặc WebP.' },
      });
      const svg = await upload(t, editor, { name: 'logo.svg', bytes: SVG, type: 'image/svg+xml' });
      assert.equal(svg.status, 415);
      const page = await upload(t, editor, {
        name: 'photo.jpg',
        bytes: HTML,
        type: 'image/jpeg',
        alt: 'Giữ lại mô tả',
        json: false,
      });
      assert.equal(page.status, 415);
      const text = await page.text();
      assert.match(text, /Tệp không phải ảnh JPEG, PNG, GIF hoặc WebP\./);
      assert.match(text, /value="Giữ lại mô tả"/, 'the form keeps what was typed');
      assert.deepEqual(await settledFiles(), files);
      assert.equal(await rowCount(), rows);
    });

    it('keeps only the base name of "../../evil.png" and stores the file under a name of its own', async () => {
      const body = await uploadOk(editor, { name: '../../evil.png', bytes: PNG });
      assert.match(body.url, /^\/tep-tin\/2026\/11\/[0-9a-f]{32}\.png$/);
      const row = await t.db.selectFrom('media').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
      assert.equal(row.original_name, 'evil.png');
      assert.ok(
        !fs.existsSync(path.join(t.dataDir, 'evil.png')) && !fs.existsSync(path.join(t.dataDir, '..', 'evil.png')),
      );
      // The library's files only: the demo register keeps its PDFs under documents/.
      const stored = (await settledFiles()).filter((f) => f.startsWith('uploads/'));
      assert.ok(
        stored.every((f) => /^uploads\/2026\/11\/[0-9a-f]{32}(-[0-9]+\.(avif|webp|png|jpg)|\.(png|jpg))$/.test(f)),
        stored.join(', '),
      );
    });

    it('refuses files over the size limit with 413 before reading them, and pixel bombs with 400', async () => {
      const files = await settledFiles();
      const rows = await rowCount();
      const big = Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)]);
      const streamed = await upload(t, editor, { name: 'lon.png', bytes: big });
      assert.equal(streamed.status, 413);
      const refusal = (await streamed.json()) as { error: { code: string; message: string } };
      assert.deepEqual(
        [refusal.error.code, refusal.error.message],
        ['PAYLOAD_TOO_LARGE', 'Ảnh quá lớn: mỗi ảnh tối đa 5 MB.'],
      );
      // A declared length over the cap is refused on sight, whatever follows.
      const declared = await upload(t, editor, {
        name: 'lon.png',
        bytes: PNG,
        headers: { 'content-length': String(60 * 1024 * 1024) },
      });
      assert.equal(declared.status, 413);
      const page = await upload(t, editor, { name: 'lon.png', bytes: big, json: false });
      assert.equal(page.status, 413);
      assert.match(await page.text(), /Ảnh quá lớn: mỗi ảnh tối đa 5 MB\./);
      // Just over the limit: fits the form's allowance but not the image's.
      const justOver = await upload(t, editor, {
        name: 'vua-qua.png',
        bytes: Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024 - PNG.length + 1)]),
      });
      assert.equal(justOver.status, 413);

      const bomb = await upload(t, editor, { name: 'bom.png', bytes: pngClaiming(20_000, 20_000) });
      assert.equal(bomb.status, 400);
      assert.equal(((await bomb.json()) as { error: { code: string } }).error.code, 'MEDIA_TOO_MANY_PIXELS');
      const wide = await upload(t, editor, { name: 'rong.png', bytes: pngClaiming(12_001, 10) });
      assert.equal(wide.status, 400);
      assert.deepEqual(await settledFiles(), files);
      assert.equal(await rowCount(), rows);
    });

    it('refuses an upload without a file or with an overlong alt text, in Vietnamese', async () => {
      const empty = await postForm(t, UPLOAD, editor, { alt: 'Không có tệp' });
      assert.equal(empty.status, 400);
      assert.match(await empty.text(), /Hãy chọn một tệp ảnh để tải lên\./);
      const longAlt = await upload(t, editor, { name: 'a.png', bytes: PNG, alt: 'ả'.repeat(301) });
      assert.equal(longAlt.status, 400);
      assert.match(((await longAlt.json()) as { error: { message: string } }).error.message, /Mô tả ảnh quá dài/);
      const broken = await t.request(UPLOAD, {
        method: 'POST',
        headers: {
          origin: ORIGIN,
          cookie: editor.cookie,
          'x-csrf-token': editor.csrf,
          accept: 'application/json',
          'content-type': 'multipart/form-data; boundary=xyz',
        },
        body: 'không phải multipart',
      });
      assert.equal(broken.status, 400);
      assert.match(
        ((await broken.json()) as { error: { message: string } }).error.message,
        /Không đọc được dữ liệu gửi lên/,
      );
    });

    it('serves nothing outside the uploads folder, whatever the address says', async () => {
      const secret = `${'ab'.repeat(16)}.png`;
      fs.writeFileSync(path.join(t.dataDir, secret), 'bí mật');
      for (const address of [
        '/tep-tin/../../etc/passwd',
        '/tep-tin/2026/11/..%2f..%2fconfig.ts',
        `/tep-tin/2026/11/..%2f..%2f..%2f${secret}`,
        '/tep-tin/2026/11/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json',
        '/tep-tin/..%2f..%2f/11/x.png',
        `/tep-tin/2026/11/${'0'.repeat(32)}.png`,
        `/tep-tin/2026/11/${'0'.repeat(32)}.svg`,
      ]) {
        const res = await t.request(address);
        assert.equal(res.status, 404, address);
        const text = await res.text();
        assert.ok(!text.includes('bí mật') && !text.includes('root:'), address);
      }
    });

    it('lets a contributor describe and delete only their own images; editors any', async () => {
      const editors = await uploadOk(editor, { name: 'cua-bien-tap.png', bytes: PNG });
      const own = await uploadOk(contributor, { name: 'cua-toi.png', bytes: PNG });
      const refusedEdit = await postForm(t, `${LIBRARY}/${editors.id}`, contributor, { alt: 'Sửa trộm' });
      assert.equal(refusedEdit.status, 403);
      const refusedDelete = await postForm(t, `${LIBRARY}/${editors.id}/xoa`, contributor, {});
      assert.equal(refusedDelete.status, 403);
      assert.equal((await t.request(editors.url)).status, 200, 'still there');
      const denied = await t.db
        .selectFrom('audit_log')
        .select('target')
        .where('action', '=', 'permission.denied')
        .where('actor', '=', 'congtacvien@congtin.demo')
        .execute();
      assert.equal(denied.length, 2);

      const edited = await postForm(t, `${LIBRARY}/${own.id}`, contributor, { alt: '  Ảnh của tôi  ' });
      assert.equal(edited.status, 303);
      assert.match(edited.headers.get('location')!, /^\/quan-tri\/thu-vien-anh\?tb=da-luu-anh#anh-\d+$/);
      assert.equal(
        (await t.db.selectFrom('media').select('alt').where('id', '=', own.id).executeTakeFirstOrThrow()).alt,
        'Ảnh của tôi',
      );
      const deleted = await postForm(t, `${LIBRARY}/${own.id}/xoa`, contributor, {});
      assert.equal(deleted.status, 303);
      assert.equal(deleted.headers.get('location'), '/quan-tri/thu-vien-anh?tb=da-xoa-anh');
      assert.equal((await t.request(own.url)).status, 404);
      assert.ok(!fs.existsSync(path.join(t.dataDir, 'uploads', own.url.slice('/tep-tin/'.length))));

      assert.equal((await postForm(t, `${LIBRARY}/${editors.id}`, editor, { alt: 'Biên tập viên sửa' })).status, 303);
      const byEditor = await uploadOk(contributor, { name: 'cong-tac-vien.png', bytes: PNG });
      assert.equal(
        (await postForm(t, `${LIBRARY}/${byEditor.id}/xoa`, editor, {})).status,
        303,
        'an editor deletes anyone’s',
      );
      assert.equal((await postForm(t, `${LIBRARY}/${byEditor.id}/xoa`, editor, {})).status, 404);
      const actions = await t.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', 'in', ['media.updated', 'media.deleted'])
        .execute();
      assert.deepEqual(actions.map((a) => a.action).sort(), [
        'media.deleted',
        'media.deleted',
        'media.updated',
        'media.updated',
      ]);
    });

    it('refuses to delete an image an article shows, in its body or as its featured image', async () => {
      const inBody = await uploadOk(editor, { name: 'trong-bai.png', bytes: PNG });
      const featured = await uploadOk(editor, { name: 'dai-dien.png', bytes: PNG });
      const [first, second] = await t.db
        .selectFrom('articles')
        .select(['id', 'body_html'])
        .orderBy('id')
        .limit(2)
        .execute();
      await t.db
        .updateTable('articles')
        .set({ body_html: `${first!.body_html}<p><img src="${inBody.url}" alt="Ảnh"></p>` })
        .where('id', '=', first!.id)
        .execute();
      await t.db.updateTable('articles').set({ featured_image_id: featured.id }).where('id', '=', second!.id).execute();

      for (const image of [inBody, featured]) {
        const res = await postForm(t, `${LIBRARY}/${image.id}/xoa`, editor, {});
        assert.equal(res.status, 409);
        assert.match(await res.text(), /đang được dùng trong bài viết/);
        assert.equal((await t.request(image.url)).status, 200);
      }
      await t.db.updateTable('articles').set({ featured_image_id: null }).where('id', '=', second!.id).execute();
      assert.equal(
        (await postForm(t, `${LIBRARY}/${featured.id}/xoa`, editor, {})).status,
        303,
        'free again once the article lets go',
      );
    });

    it('lists uploads with details, escapes alt text, filters without diacritics and pages by 24', async () => {
      const item = await uploadOk(editor, {
        name: 'hoi-nghi-2026.png',
        bytes: PNG,
        alt: '<script>alert(1)</script> Hội nghị Đảng ủy Khối',
      });
      const page = await (await t.request(LIBRARY, { headers: { cookie: editor.cookie } })).text();
      assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt; Hội nghị Đảng ủy Khối'), 'alt text shown as text');
      assert.ok(!page.includes('<script>alert(1)'), 'never as markup');
      assert.match(
        page,
        new RegExp(
          `<img src="${item.url}" width="1" height="1" alt="&lt;script&gt;alert\\(1\\)&lt;/script&gt; Hội nghị Đảng ủy Khối" loading="lazy"`,
        ),
      );
      assert.match(page, /hoi-nghi-2026\.png/);
      assert.match(page, /1 × 1 px · 1 KB/);
      assert.match(page, /Trần Thị Biên · <time datetime="2026-11-27T03:00:00.000Z">27\/11\/2026 10:00<\/time>/);
      assert.match(page, /<label for="upload-file">Tệp ảnh<\/label>/);

      const filtered = await (
        await t.request(`${LIBRARY}?q=${encodeURIComponent('dang uy khoi')}`, { headers: { cookie: editor.cookie } })
      ).text();
      assert.match(filtered, /1 ảnh khớp/);
      assert.ok(filtered.includes(item.url));
      const none = await (
        await t.request(`${LIBRARY}?q=khong-co-anh-nao`, { headers: { cookie: editor.cookie } })
      ).text();
      assert.match(none, /Không có ảnh nào khớp/);
      assert.equal(
        (await t.request(`${LIBRARY}?q=${'a'.repeat(201)}`, { headers: { cookie: editor.cookie } })).status,
        400,
      );

      while ((await rowCount()) < 25) await uploadOk(editor, { name: 'them.png', bytes: PNG });
      const cards = async (query: string) =>
        [
          ...(await (await t.request(`${LIBRARY}${query}`, { headers: { cookie: editor.cookie } })).text()).matchAll(
            /<article class="block" id="anh-/g,
          ),
        ].length;
      assert.equal(await cards(''), 24);
      assert.equal(await cards('?trang=2'), (await rowCount()) - 24);
      assert.equal((await t.request(`${LIBRARY}?trang=9`, { headers: { cookie: editor.cookie } })).status, 404);
    });

    it('refuses uploads without the CSRF token, and the library to roles without media.upload', async () => {
      const rows = await rowCount();
      const noToken = await upload(t, editor, { name: 'a.png', bytes: PNG, csrf: false });
      assert.equal(noToken.status, 403);
      const noTokenForm = await upload(t, editor, { name: 'a.png', bytes: PNG, csrf: false, json: false });
      assert.equal(noTokenForm.status, 403);
      assert.equal((await upload(t, leader, { name: 'a.png', bytes: PNG })).status, 403);
      assert.equal((await t.request(LIBRARY, { headers: { cookie: leader.cookie } })).status, 403);
      assert.equal(await rowCount(), rows);
    });
  });
}

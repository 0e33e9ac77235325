// A media library image in a history section goes into the .docx as a real picture (a JPEG/PNG copy
// of at most 1200 px, scaled to the page, its alt text as the picture's description); an image whose
// file is gone stays the text "[Ảnh: alt]" and the export still succeeds. Both databases.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import sharp from 'sharp';
import { dialectsUnderTest } from '../support/databases.js';
import { actorOf } from '../support/history.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { loginAs } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ALT = 'Lễ ra mắt Đảng bộ Khối năm 2008';

for (const dialect of dialectsUnderTest()) {
  describe(`party history .docx with pictures [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect);
    });
    after(() => t.dispose());

    it('embeds the media library image with its alt text, and keeps a missing one as text', async () => {
      const editor = await actorOf(t, 'editor');
      const png = await sharp({
        create: { width: 900, height: 600, channels: 3, background: { r: 180, g: 30, b: 30 } },
      })
        .png()
        .toBuffer();
      const media = await t.media.upload({
        data: new Uint8Array(png),
        fileName: 'le-ra-mat.png',
        alt: ALT,
        uploadedBy: editor.id,
      });
      await t.media.variantsMade();
      const book = await t.history.createBook(editor, { title: 'Sách có ảnh', period: '', summary: '' });
      const chapter = await t.history.addSection(editor, book, { title: 'Chương có ảnh', parentId: null });
      const bodyHtml =
        `<p>Trước ảnh.</p><img src="${media.url}" alt="${ALT}" width="900" height="600"><p>Sau ảnh.</p>` +
        `<p><img src="/tep-tin/2020/01/${'a'.repeat(32)}.png" alt="Ảnh đã mất"></p>`;
      await t.history.saveText(editor, chapter, { title: 'Chương có ảnh', bodyHtml, version: 1 });
      await t.history.step(editor, chapter, 'submit');
      await t.history.step(editor, chapter, 'approve');

      const leader = await loginAs(t, DEMO_ACCOUNT.leader, DEMO_PASSWORD);
      const res = await t.request(`/quan-tri/lich-su-dang-bo/${book}/xuat.docx`, {
        headers: { cookie: leader.cookie },
      });
      assert.equal(res.status, 200);
      const zip = await JSZip.loadAsync(new Uint8Array(await res.arrayBuffer()));
      const pictures = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
      assert.equal(pictures.length, 1, 'the one image that exists');
      const embedded = Buffer.from(await zip.file(pictures[0]!)!.async('uint8array'));
      // The widest JPEG/PNG copy of at most 1200 px: for a 900 px PNG, its own-width PNG or JPEG copy.
      const candidates = ['png', 'jpg'].map((f) => t.media.variantFiles.fileFor(media.path, 900, f as 'png' | 'jpg'));
      const copies = await Promise.all(candidates.map((file) => readFile(file).catch(() => undefined)));
      assert.ok(
        copies.some((copy) => copy?.equals(embedded)),
        `embedded bytes are the 900 px copy (${candidates.map((c) => path.basename(c)).join(', ')})`,
      );
      const doc = await zip.file('word/document.xml')!.async('string');
      assert.match(doc, new RegExp(`<wp:docPr [^>]*descr="${ALT}"`));
      // 900 × 600 px fits the 165 mm text width (623 px) only scaled, keeping 3:2.
      const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(doc)!;
      assert.ok(Number(extent[1]) <= 165 * 36000, 'within the text width');
      assert.ok(Math.abs(Number(extent[1]) / Number(extent[2]) - 1.5) < 0.01, 'aspect ratio kept');
      assert.match(doc, /\[Ảnh: Ảnh đã mất\]/);
      assert.ok(
        doc.indexOf('Trước ảnh.') < doc.indexOf('<wp:docPr') && doc.indexOf('<wp:docPr') < doc.indexOf('Sau ảnh.'),
      );
    });
  });
}

// The newsroom end to end in Chromium: a contributor writes in the rich editor (bold text and an
// uploaded image) and submits; the editor publishes; readers find it on the home page and by
// search. Plus axe-core on the newsroom's pages with the editor loaded.
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';
import { expectNoAxeViolations, logInAs } from './support/checks.js';

/** A real 40×30 PNG in the party red: the server checks the bytes, so the test sends real ones. */
function redPng(width = 40, height = 30): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([0xc4, 0x1e, 0x3a]))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('the newsroom in a browser', () => {
  const site = usePortalInBrowser();
  const title = 'Hội thi bí thư chi bộ giỏi Khối Cơ quan - Doanh nghiệp năm 2026';

  it('a contributor writes with bold text and an image and submits; the editor publishes; readers find it', async () => {
    const baseUrl = site.served().baseUrl;
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });

    await logInAs(page, baseUrl, 'congtacvien@congtin.demo');
    await page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Bài viết' }).click();
    await page.getByRole('link', { name: 'Viết bài mới' }).click();
    await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
    await page
      .getByLabel('Sapo (đoạn tóm tắt đầu bài)')
      .fill('28 thí sinh là bí thư chi bộ của 14 đảng bộ cơ sở tham gia vòng chung khảo.');

    const body = page.getByRole('textbox', { name: 'Nội dung' });
    // The editor is a module script: the toolbar shows once it has taken the textarea's place.
    await page.getByRole('button', { name: 'Đậm' }).waitFor();
    assert.equal(
      await page.locator('#bodyHtml-hint').isVisible(),
      false,
      'the HTML hint is for the plain textarea only',
    );
    await body.click();
    await page.keyboard.type('Sáng nay, Đảng ủy Khối tổ chức vòng chung khảo hội thi ');
    await page.getByRole('button', { name: 'Đậm' }).click();
    await page.keyboard.type('bí thư chi bộ giỏi');
    await page.getByRole('button', { name: 'Đậm' }).click();
    await page.keyboard.type(' năm 2026.');
    await page.keyboard.press('Enter');

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Chèn ảnh' }).click();
    await (await chooser).setFiles({ name: 'hoi-thi.png', mimeType: 'image/png', buffer: redPng() });
    const altDialog = page.getByRole('dialog', { name: 'Mô tả ảnh' });
    await altDialog.getByLabel('Mô tả ảnh (alt)').fill('Các thí sinh tại vòng chung khảo');
    await altDialog.getByRole('button', { name: 'Đồng ý' }).click();
    const inserted = body.locator('img[alt="Các thí sinh tại vòng chung khảo"]');
    await inserted.waitFor();
    assert.match((await inserted.getAttribute('src'))!, /^\/tep-tin\/\d{4}\/\d{2}\/[0-9a-f]{32}\.png$/);

    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await page.waitForURL(/\/quan-tri\/bai-viet\/\d+\?tb=da-gui-duyet/);
    assert.equal(await page.getByRole('status').first().innerText(), 'Đã gửi bài để biên tập viên duyệt.');
    const articlePath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Đăng xuất' }).first().click();

    await logInAs(page, baseUrl, 'bientap@congtin.demo');
    await page.goto(`${baseUrl}/quan-tri/bai-viet?trang-thai=submitted`);
    await page.getByRole('link', { name: title }).click();
    await page.waitForURL(baseUrl + articlePath);
    assert.match(await page.locator('.rich-editor-content strong').first().innerText(), /bí thư chi bộ giỏi/);
    await page.getByRole('button', { name: 'Xuất bản' }).click();
    await page.waitForURL(/tb=da-xuat-ban/);
    await page.getByRole('button', { name: 'Đăng xuất' }).first().click();

    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: title }).first().click();
    assert.equal((await page.getByRole('heading', { level: 1 }).innerText()).trim(), title);
    assert.equal(await page.locator('.article-body strong').innerText(), 'bí thư chi bộ giỏi');
    const image = page.locator('.article-body img[alt="Các thí sinh tại vòng chung khảo"]');
    assert.equal(
      await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
      40,
      'the uploaded image loads for readers',
    );

    await page.getByLabel('Từ khóa tìm kiếm').first().fill('hoi thi bi thu chi bo gioi');
    await page.getByRole('button', { name: 'Tìm kiếm' }).first().click();
    await page.waitForURL(/\/tim-kiem\?q=/);
    assert.ok(
      await page
        .locator(`.search-results a[href="/tin-tuc/hoi-thi-bi-thu-chi-bo-gioi-khoi-co-quan-doanh-nghiep-nam-2026"]`)
        .count(),
    );
    assert.deepEqual(cspViolations, [], 'the editor runs under the strict CSP');
    await context.close();
  });

  it('has no WCAG 2.1 AA violation on the newsroom pages, with the editor loaded', async () => {
    const baseUrl = site.served().baseUrl;
    const context = await newReaderContext(site.browser(), { bypassCSP: true });
    const page = await context.newPage();
    await logInAs(page, baseUrl, 'bientap@congtin.demo');
    for (const path of ['/quan-tri/bai-viet', '/quan-tri/bai-viet/moi', '/quan-tri/thu-vien-anh', '/quan-tri/ma-api']) {
      await page.goto(baseUrl + path);
      if (path.endsWith('/moi')) await page.getByRole('textbox', { name: 'Nội dung' }).waitFor();
      await expectNoAxeViolations(page, path);
    }
    await page.goto(`${baseUrl}/quan-tri/bai-viet?trang-thai=submitted`);
    await page.locator('.data-table a').first().click();
    await page.getByRole('textbox', { name: 'Nội dung' }).waitFor();
    await expectNoAxeViolations(page, 'article form with the workflow panel');
    await page.getByRole('link', { name: 'Các phiên bản đã lưu' }).click();
    await expectNoAxeViolations(page, 'revisions');
    await context.close();
  });
});

// The built editor (src/platform/views/assets/editor.js) in a real Chromium, on a page served
// with the portal's own CSP: what a writer does and what the form then posts. The newsroom's
// end-to-end tests drive it through the app; this one needs no database.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../../e2e/support/browser.js';
import { CONTENT_SECURITY_POLICY } from '../../platform/http/security-headers.js';
import { readSiteStylesheet } from '../../platform/views/assets.js';

const assets = new URL('../../platform/views/assets/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, assets));

// A 1×1 PNG; the stub server answers with the size it would have measured.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);

const FORM = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Sửa bài</title>
<link rel="stylesheet" href="/site.css"><link rel="stylesheet" href="/editor.css"><script src="/editor.js" defer></script></head>
<body class="staff"><main class="wrap"><div class="error-summary"><a href="#bodyHtml">Nội dung không được để trống.</a></div>
<form method="post" action="/luu" class="form">
<input type="hidden" name="_csrf" value="ma-csrf-thu">
<label for="bodyHtml">Nội dung</label>
<textarea id="bodyHtml" name="bodyHtml" rows="20" data-rich-editor data-upload-url="/tai-len">&lt;p&gt;Đoạn có sẵn.&lt;/p&gt;</textarea>
<button type="submit" class="button">Lưu</button></form></main></body></html>`;

interface Upload {
  csrf: string | undefined;
  accept: string | undefined;
  alt: FormDataEntryValue | null;
  fileName: string | undefined;
}

// The stub holds each upload's answer until the test lets it go (`held`), so the test sees the form
// waiting however slow the machine is (a 300 ms hold was missed once under a loaded CI).
function startStubServer(uploads: Upload[], posts: URLSearchParams[], held: Array<() => void>): Promise<Server> {
  const server = createServer(async (req, res) => {
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
      res.end(body);
    };
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if (req.url === '/') return send(200, 'text/html; charset=utf-8', FORM);
    if (req.url === '/editor.js') return send(200, 'text/javascript', read('editor.js'));
    if (req.url === '/site.css') return send(200, 'text/css', readSiteStylesheet());
    if (req.url === '/editor.css') return send(200, 'text/css', read('editor.css'));
    if (req.url === '/tep-tin/anh.png') return send(200, 'image/png', PNG);
    if (req.url === '/tai-len' && req.method === 'POST') {
      const form = await new Request('http://stub/', {
        method: 'POST',
        headers: { 'content-type': req.headers['content-type']! },
        body,
      }).formData();
      const file = form.get('file') as File | null;
      uploads.push({
        csrf: req.headers['x-csrf-token'] as string | undefined,
        accept: req.headers.accept,
        alt: form.get('alt'),
        fileName: file?.name,
      });
      await new Promise<void>((resolve) => held.push(resolve));
      if (file?.name.startsWith('hong')) {
        return send(
          415,
          'application/json',
          JSON.stringify({
            error: { code: 'MEDIA_UNSUPPORTED_TYPE', message: 'Tệp không phải ảnh JPEG, PNG, GIF hoặc WebP.' },
          }),
        );
      }
      return send(
        201,
        'application/json',
        JSON.stringify({ id: 1, url: '/tep-tin/anh.png', width: 640, height: 400, alt: form.get('alt') }),
      );
    }
    if (req.url === '/luu' && req.method === 'POST') {
      posts.push(new URLSearchParams(body.toString()));
      return send(200, 'text/html; charset=utf-8', '<!doctype html><title>Đã lưu</title><p>Đã lưu</p>');
    }
    send(404, 'text/plain', 'không có');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('the article editor (editor.js)', () => {
  const uploads: Upload[] = [];
  const posts: URLSearchParams[] = [];
  const held: Array<() => void> = [];
  /** Lets the held upload answer, once the stub has it (the form shows its wait before the body arrives). */
  const answerUploads = async () => {
    while (held.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    for (const answer of held.splice(0)) answer();
  };
  let server: Server;
  let browser: Browser;
  let baseUrl: string;

  before(async () => {
    server = await startStubServer(uploads, posts, held);
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function openForm(): Promise<{
    page: Page;
    violations: () => Promise<string[]>;
    textarea: () => Promise<string>;
  }> {
    const page = await browser.newPage({ locale: 'vi-VN' });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.sample}`));
    });
    await page.goto(`${baseUrl}/`);
    await page.getByRole('textbox', { name: 'Nội dung' }).waitFor();
    return {
      page,
      violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      textarea: () => page.locator('#bodyHtml').inputValue(),
    };
  }

  it('is built, and evaluates no strings as code', () => {
    const bundle = read('editor.js').toString();
    assert.ok(bundle.length > 100_000, 'editor.js is missing or empty: run node scripts/build-client.mjs');
    assert.doesNotMatch(bundle, /\beval\(|new Function\(/);
  });

  it('replaces the textarea and keeps it in step, under the CSP and without a single violation', async () => {
    const { page, violations, textarea } = await openForm();
    const editor = page.getByRole('textbox', { name: 'Nội dung' });
    assert.equal(await page.locator('#bodyHtml').isHidden(), true);
    assert.equal(await editor.getAttribute('aria-multiline'), 'true');
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Thêm ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('chữ');
    assert.equal(await page.getByRole('button', { name: 'Đậm', exact: true }).getAttribute('aria-pressed'), 'true');
    await page.getByRole('button', { name: 'Tiêu đề 2', exact: true }).click();
    await page.getByRole('button', { name: 'Chèn bảng', exact: true }).click();
    await page.keyboard.type('Ô');
    assert.match(
      await textarea(),
      /^<h2>Đoạn có sẵn\. Thêm <strong>chữ<\/strong><\/h2><table><tbody><tr><th><p>Ô<\/p><\/th><th><p><\/p><\/th>/,
    );
    assert.doesNotMatch(await textarea(), /style=|colgroup/);
    assert.deepEqual(await violations(), []);

    const expected = await textarea();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL('**/luu');
    assert.equal(posts.at(-1)?.get('bodyHtml'), expected);
    await page.close();
  });

  it("takes the focus when the error summary's link to the hidden textarea is followed", async () => {
    const { page } = await openForm();
    await page.getByRole('link', { name: 'Nội dung không được để trống.' }).click();
    // Tiptap's focus command focuses at the next animation frame, after the click has returned
    // (a CI run on a loaded Node 24 read the focus before it): wait for it, at most 5 s.
    const focused = await page
      .waitForFunction(() => document.activeElement?.id === 'bodyHtml-editor', null, { timeout: 5000 })
      .then(() => 'bodyHtml-editor')
      .catch(() => page.evaluate(() => document.activeElement?.id ?? ''));
    assert.equal(focused, 'bodyHtml-editor');
    await page.keyboard.type('Gõ được ngay');
    assert.match(await page.locator('#bodyHtml').inputValue(), /Gõ được ngay/);
    await page.close();
  });

  it('refuses a javascript: link with a Vietnamese message and keeps the dialog open', async () => {
    const { page, textarea } = await openForm();
    await page.getByRole('textbox', { name: 'Nội dung' }).click();
    await page.keyboard.press('Control+a');
    await page.getByRole('button', { name: 'Liên kết', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Chèn liên kết' });
    await dialog.getByLabel('Địa chỉ liên kết (URL)').fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Đồng ý' }).click();
    assert.match((await dialog.getByRole('alert').textContent()) ?? '', /Không chấp nhận liên kết dạng này/);
    assert.equal(await dialog.isVisible(), true);
    await dialog.getByLabel('Địa chỉ liên kết (URL)').fill('laocai.gov.vn');
    await dialog.getByRole('button', { name: 'Đồng ý' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.match(await textarea(), /^<p><a [^>]*href="https:\/\/laocai\.gov\.vn">Đoạn có sẵn\.<\/a><\/p>$/);
    await page.close();
  });

  it('uploads a chosen image with the CSRF token, holds the form meanwhile, and inserts it where asked', async () => {
    const { page, textarea, violations } = await openForm();
    await page.getByRole('textbox', { name: 'Nội dung' }).click();
    await page.keyboard.press('End');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Chèn ảnh', exact: true }).click();
    await (await chooser).setFiles({ name: 'hoi-nghi.png', mimeType: 'image/png', buffer: PNG });
    const alt = page.getByRole('dialog', { name: 'Mô tả ảnh' }).getByLabel('Mô tả ảnh (alt)');
    assert.equal(await alt.inputValue(), 'hoi nghi');
    await alt.fill('Quang cảnh hội nghị');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Đang tải ảnh' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Lưu' }).isDisabled(), true);
    await answerUploads();
    await page.getByRole('status').filter({ hasText: 'Đã chèn ảnh' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Lưu' }).isEnabled(), true);
    assert.deepEqual(uploads.at(-1), {
      csrf: 'ma-csrf-thu',
      accept: 'application/json',
      alt: 'Quang cảnh hội nghị',
      fileName: 'hoi-nghi.png',
    });
    assert.equal(
      await textarea(),
      '<p>Đoạn có sẵn.</p><img src="/tep-tin/anh.png" alt="Quang cảnh hội nghị" width="640" height="400">',
    );

    const refused = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Chèn ảnh', exact: true }).click();
    await (await refused).setFiles({ name: 'hong.png', mimeType: 'image/png', buffer: PNG });
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Đang tải ảnh' }).waitFor();
    await answerUploads();
    await page.getByRole('status').filter({ hasText: 'Tệp không phải ảnh JPEG, PNG, GIF hoặc WebP.' }).waitFor();
    assert.equal((await textarea()).match(/<img/g)?.length, 1);
    assert.deepEqual(await violations(), []);
    await page.close();
  });
});

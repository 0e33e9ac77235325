// Attacks on the documents register, each defended (both databases):
// - a web page disguised as a PDF (by name, by Content-Type, or as a polyglot that starts with
//   "%PDF-") never runs as a page: HTML is refused, and any stored file is a sandboxed download;
// - a file name made to break the download header (quotes, CR/LF, folders) stays a label;
// - a title written to escape the number link's attribute in an article stays text;
// - a form post from another site or without the CSRF token is refused before it is read;
// - a body larger than one file's cap is refused before it is read.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { loginAs, ORIGIN, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HTML = '<html><body><script>fetch("/quan-tri").then(r=>r.text()).then(alert)</script></body></html>';
const POLYGLOT = Buffer.from(`%PDF-1.4\n${HTML}\n%%EOF\n`);

function post(
  t: TestApp,
  session: StaffSession,
  fields: Record<string, string>,
  file?: { data: Buffer; name: string; type?: string },
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  if (!('_csrf' in fields)) form.append('_csrf', session.csrf);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file)
    form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type ?? 'application/pdf' }), file.name);
  return t.request('/quan-tri/van-ban', {
    method: 'POST',
    headers: { origin: ORIGIN, cookie: session.cookie, ...headers },
    body: form,
  });
}

const fields = (number: string, over: Record<string, string> = {}) => ({
  number,
  kind: 'cong-van',
  issuer: 'Văn phòng Đảng ủy Khối',
  issuedOn: '02/02/2024',
  title: 'Công văn để thử',
  ...over,
});

for (const dialect of dialectsUnderTest()) {
  describe(`documents register attacks [${dialect}]`, () => {
    let t: TestApp;
    let editor: StaffSession;

    before(async () => {
      t = await startTestApp(dialect, { env: { ATTACHMENT_MAX_MB: '0.1' } });
      editor = await loginAs(t, DEMO_ACCOUNT.editor, DEMO_PASSWORD);
    });
    after(() => t.dispose());

    it('refuses HTML named .pdf or sent as application/pdf', async () => {
      for (const name of ['cong-van.pdf', 'cong-van.docx', 'cong-van.html']) {
        const res = await post(t, editor, fields('1/CV-ĐUK'), { data: Buffer.from(HTML), name });
        assert.equal(res.status, 415, name);
      }
      assert.equal((await t.documents.list({ q: '1 cv duk' }, 1)).total, 0);
    });

    it('serves a PDF that holds HTML only as a sandboxed, nosniff download', async () => {
      const res = await post(t, editor, fields('2/CV-ĐUK'), { data: POLYGLOT, name: 'trang.html', type: 'text/html' });
      assert.equal(res.status, 303);
      const file = await t.request('/van-ban/2-cv-duk/tai-ve');
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('content-type'), 'application/pdf');
      assert.equal(file.headers.get('x-content-type-options'), 'nosniff');
      assert.match(file.headers.get('content-security-policy')!, /default-src 'none'; sandbox/);
      assert.match(file.headers.get('content-disposition')!, /^attachment; /);
      // Its name gets the type it really has.
      assert.match(file.headers.get('content-disposition')!, /filename="trang\.html\.pdf"/);
    });

    it('keeps a hostile file name a label: no header injection, no folders', async () => {
      const res = await post(t, editor, fields('3/CV-ĐUK'), {
        data: Buffer.from('%PDF-1.4\n%%EOF\n'),
        name: '../../etc/x"\r\nSet-Cookie: a=b;.pdf',
      });
      assert.equal(res.status, 303);
      const file = await t.request('/van-ban/3-cv-duk/tai-ve');
      assert.equal(file.status, 200);
      const disposition = file.headers.get('content-disposition')!;
      assert.equal(file.headers.get('set-cookie'), null);
      assert.ok(!/[\r\n]/.test(disposition), disposition);
      assert.ok(!disposition.includes('..'), disposition);
      assert.match(disposition, /^attachment; filename="[^"\\]*"; filename\*=UTF-8''[^"\s]+$/);
    });

    it('escapes a title written to break out of the number link in an article', async () => {
      const title = '" onmouseover="alert(1)" x="<script>alert(2)</script>';
      const res = await post(t, editor, fields('4/CV-ĐUK', { title }));
      assert.equal(res.status, 303);
      const article = await t.db
        .selectFrom('articles')
        .select(['id', 'slug', 'body_html'])
        .where('status', '=', 'published')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      await t.db
        .updateTable('articles')
        .set({ body_html: `${article.body_html}<p>Theo Công văn 4/CV-ĐUK.</p>` })
        .where('id', '=', article.id)
        .execute();
      t.pageCache.invalidateAll();
      const html = await (await t.request(`/tin-tuc/${article.slug}`)).text();
      const link = /<a href="\/van-ban\/4-cv-duk" class="doc-number" title="([^"]*)">4\/CV-ĐUK<\/a>/.exec(html);
      assert.ok(link, 'the number is linked');
      assert.ok(link[1]!.includes('&quot; onmouseover=&quot;alert(1)&quot;'));
      assert.ok(!html.includes('<script>alert(2)'));
    });

    it('refuses a post from another site or without the CSRF token, writing nothing', async () => {
      const foreign = await post(t, editor, fields('5/CV-ĐUK'), undefined, { origin: 'https://evil.example' });
      assert.equal(foreign.status, 403);
      const noToken = await post(t, editor, { _csrf: 'sai', ...fields('6/CV-ĐUK') });
      assert.equal(noToken.status, 403);
      assert.equal((await t.documents.list({ q: '5 cv duk' }, 1)).total, 0);
      assert.equal((await t.documents.list({ q: '6 cv duk' }, 1)).total, 0);
    });

    it('refuses a body larger than one file’s cap before reading it', async () => {
      const res = await t.request('/quan-tri/van-ban', {
        method: 'POST',
        headers: {
          origin: ORIGIN,
          cookie: editor.cookie,
          'content-type': 'multipart/form-data; boundary=x',
          'content-length': String(50 * 1024 * 1024),
        },
        body: 'x',
      });
      assert.equal(res.status, 413);
    });
  });
}

// The documents register end to end, on both databases: the public list (filters, search with a
// number written any way, pages), a document's page and its file, the JSON API, the staff forms
// (PDF and .docx only, a number unique per issuer, kind and year), hostile input everywhere, and
// registered numbers in an article linked to the register (and unlinked when it goes).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Document, Packer, Paragraph } from 'docx';
import { findDocumentNumbers, numberKey } from '../../src/modules/documents/index.js';
import { dialectsUnderTest } from '../support/databases.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { loginAs, ORIGIN, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');
const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
const XSS = '<script>alert(1)</script><img src=x onerror=alert(2)>';

type Fields = Record<string, string>;

/** The staff form as a browser sends it: multipart, the CSRF token first, then the fields, then the file. */
function postDocument(
  t: TestApp,
  path: string,
  session: StaffSession,
  fields: Fields,
  file?: { data: Buffer; name: string; type?: string },
) {
  const form = new FormData();
  form.append('_csrf', session.csrf);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file)
    form.append(
      'file',
      new Blob([new Uint8Array(file.data)], { type: file.type ?? 'application/octet-stream' }),
      file.name,
    );
  return t.request(path, { method: 'POST', headers: { origin: ORIGIN, cookie: session.cookie }, body: form });
}

const fields = (over: Partial<Fields> = {}): Fields => ({
  number: '77/KH-ĐUK',
  kind: 'ke-hoach',
  issuer: 'Đảng ủy Khối',
  issuedOn: '15/03/2024',
  title: 'Tổ chức hội thi tìm hiểu lịch sử Đảng bộ Khối',
  summary: 'Hội thi dành cho đoàn viên các cơ quan, doanh nghiệp.',
  ...over,
});

const get = async (t: TestApp, path: string, headers: Record<string, string> = {}) => {
  const res = await t.request(path, { headers });
  return { status: res.status, html: await res.text(), headers: res.headers };
};

/** The document numbers a list page shows, in order. */
const numbersOn = (html: string) =>
  [...html.matchAll(/<h2><a href="\/van-ban\/[^"]+">([^<]+)<\/a><\/h2>/g)].map((m) => m[1]);

for (const dialect of dialectsUnderTest()) {
  describe(`documents register [${dialect}]`, () => {
    let t: TestApp;
    let editor: StaffSession;
    let contributor: StaffSession;

    before(async () => {
      t = await startTestApp(dialect, { env: { ATTACHMENT_MAX_MB: '0.1' } });
      editor = await loginAs(t, DEMO_ACCOUNT.editor, DEMO_PASSWORD);
      contributor = await loginAs(t, DEMO_ACCOUNT.contributor, DEMO_PASSWORD);
    });
    after(() => t.dispose());

    it('lists the demo documents newest first, with the plans’ own numbers among them', async () => {
      const { status, html } = await get(t, '/van-ban');
      assert.equal(status, 200);
      const numbers = numbersOn(html);
      assert.ok(numbers.length >= 15, `${numbers.length} documents`);
      for (const n of ['132/KH-ĐUK', '17-ĐA/TU', '05-ĐA/TU', '215/KH-ĐUK', '42/2022/NĐ-CP'])
        assert.ok(numbers.includes(n), n);
      assert.match(html, /<h1 class="block-title">Văn bản<\/h1>/);
    });

    it('has every demo number in a form the number finder recognises (so articles can link it)', async () => {
      const { items } = await t.documents.list({}, 1, 100);
      for (const doc of items) {
        const found = findDocumentNumbers(`Theo văn bản số ${doc.number} của ${doc.issuer}.`);
        assert.deepEqual(
          found.map((f) => f.key),
          [numberKey(doc.number)],
          doc.number,
        );
      }
    });

    it('links the tracker’s plans and programmes to their documents in the register', async () => {
      const index = await get(t, '/quan-tri/ke-hoach', { cookie: editor.cookie });
      assert.equal(index.status, 200);
      for (const slug of ['132-kh-duk', '17-da-tu', '215-kh-duk', '05-da-tu'])
        assert.match(index.html, new RegExp(`<a href="/van-ban/${slug}" title="[^"]+">`), slug);
      const plan = await t.db
        .selectFrom('plans')
        .select('id')
        .where('number', '=', '132/KH-ĐUK')
        .executeTakeFirstOrThrow();
      const page = await get(t, `/quan-tri/ke-hoach/${plan.id}`, { cookie: editor.cookie });
      assert.match(
        page.html,
        /Trong sổ văn bản:.*<a href="\/van-ban\/132-kh-duk"[^>]*>132\/KH-ĐUK<\/a>, <a href="\/van-ban\/17-da-tu"[^>]*>17-ĐA\/TU<\/a>/s,
      );
    });

    it('finds 132/KH-ĐUK however its number is typed, and titles without diacritics', async () => {
      for (const q of ['132/kh-duk', '132 KH DUK', '132/KH-ĐUK', '132khduk', '132 / KH – ĐUK']) {
        const { status, html } = await get(t, `/van-ban?q=${encodeURIComponent(q)}`);
        assert.equal(status, 200, q);
        // The document itself first, then those that cite it (18-BC/ĐUK, 45-TB/ĐUK mention it).
        const found = numbersOn(html);
        assert.equal(found[0], '132/KH-ĐUK', q);
        assert.ok(
          found.slice(1).every((n) => ['18-BC/ĐUK', '45-TB/ĐUK'].includes(n!)),
          q,
        );
      }
      const byTitle = numbersOn((await get(t, `/van-ban?q=${encodeURIComponent('bao ve nen tang tu tuong')}`)).html);
      assert.deepEqual(byTitle, ['35-NQ/TW']);
      const api = await (await t.request('/api/v1/documents?q=132%20kh%20duk')).json();
      assert.equal(api.total, 3);
      assert.deepEqual(api.items[0], {
        id: api.items[0].id,
        number: '132/KH-ĐUK',
        kind: 'ke-hoach',
        issuer: 'Đảng ủy Khối',
        issuedOn: '2023-01-10',
        title: 'Thực hiện Đề án 17-ĐA/TU của Tỉnh ủy trong Đảng bộ Khối năm 2023',
        url: '/van-ban/132-kh-duk',
      });
    });

    it('filters by kind, issuer and year, together and with search', async () => {
      const plans = numbersOn((await get(t, '/van-ban?kind=de-an')).html);
      assert.ok(plans.length >= 2 && plans.includes('17-ĐA/TU') && !plans.includes('132/KH-ĐUK'));
      const bloc2023 = numbersOn(
        (await get(t, `/van-ban?issuer=${encodeURIComponent('Đảng ủy Khối')}&year=2023`)).html,
      );
      assert.deepEqual([...bloc2023].sort(), ['132/KH-ĐUK', '18-BC/ĐUK', '45-TB/ĐUK'].sort());
      const both = numbersOn((await get(t, '/van-ban?kind=ke-hoach&year=2023&q=de%20an')).html);
      assert.deepEqual(both, ['132/KH-ĐUK']);
      const api = await (await t.request('/api/v1/documents?kind=nghi-dinh&year=2022')).json();
      assert.deepEqual(
        api.items.map((d: { number: string }) => d.number),
        ['42/2022/NĐ-CP'],
      );
      const none = await get(t, '/van-ban?year=1950');
      assert.equal(none.status, 200);
      assert.match(none.html, /Không có văn bản nào khớp/);
    });

    it('refuses malformed filters and pages with a Vietnamese 400 (page and API), never a 500', async () => {
      for (const query of [
        'year=abc',
        'year=1800',
        'year=20234',
        'kind=khong-co',
        'trang=0',
        'trang=abc',
        `q=${'a'.repeat(201)}`,
        'q=%ff',
      ]) {
        const page = await get(t, `/van-ban?${query}`);
        assert.equal(page.status, 400, query);
        assert.match(page.html, /không hợp lệ|phải là|tối đa|không có trong danh sách|Trang/, query);
        const api = await t.request(`/api/v1/documents?${query.replace('trang=', 'page=')}`);
        assert.equal(api.status, 400, `API ${query}`);
        const body = await api.json();
        assert.ok(typeof body.error.message === 'string' && /[ạ-ỹđ]/i.test(body.error.message), body.error.message);
      }
      assert.equal((await get(t, '/van-ban?trang=2')).status, 404);
    });

    it('treats hostile search words as plain words', async () => {
      for (const q of [
        "%' OR 1=1 --",
        '_%_',
        '%%',
        "'; DROP TABLE documents; --",
        '<script>alert(1)</script>',
        '((((*',
        '\\',
        '\u0000',
      ]) {
        const res = await get(t, `/van-ban?q=${encodeURIComponent(q)}`);
        assert.ok(res.status === 200 || res.status === 400, `${JSON.stringify(q)}: ${res.status}`);
        assert.ok(!res.html.includes('<script>alert(1)</script>'), q);
      }
      // Wildcards are not wildcards: "%" or "_" alone is no word (the whole register).
      const all = await (await t.request('/api/v1/documents')).json();
      for (const q of ['%25', '_', '%25_%25'])
        assert.equal((await (await t.request(`/api/v1/documents?q=${q}`)).json()).total, all.total, q);
    });

    it('shows a document with its file, and sends the file as a sandboxed download', async () => {
      const page = await get(t, '/van-ban/132-kh-duk');
      assert.equal(page.status, 200);
      assert.match(page.html, /<h1>Kế hoạch số 132\/KH-ĐUK<\/h1>/);
      assert.match(page.html, /10\/01\/2023/);
      assert.match(page.html, /href="\/van-ban\/132-kh-duk\/tai-ve"/);
      const file = await t.request('/van-ban/132-kh-duk/tai-ve');
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('content-type'), 'application/pdf');
      assert.equal(file.headers.get('x-content-type-options'), 'nosniff');
      assert.match(file.headers.get('content-security-policy')!, /sandbox/);
      assert.equal(
        file.headers.get('content-disposition'),
        `attachment; filename="132-KH-DUK.pdf"; filename*=UTF-8''132-KH-%C4%90UK.pdf`,
      );
      const bytes = Buffer.from(await file.arrayBuffer());
      assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
      assert.equal((await t.request('/van-ban/132-kh-duk/tai-ve', { method: 'HEAD' })).status, 200);
    });

    it('answers unknown or malformed documents and files with a Vietnamese 404', async () => {
      const missing = await get(t, '/van-ban/khong-co/tai-ve');
      assert.equal(missing.status, 404);
      assert.match(missing.headers.get('content-security-policy')!, /default-src/);
      assert.equal(missing.headers.get('x-content-type-options'), 'nosniff');
      for (const path of [
        '/van-ban/khong-co',
        '/van-ban/..%2f..%2fetc',
        '/van-ban/%C4%90',
        '/van-ban/30-2020-nd-cp/tai-ve',
        '/van-ban/khong-co/tai-ve',
      ]) {
        const res = await get(t, path);
        assert.ok(res.status === 404 || res.status === 400, `${path}: ${res.status}`);
        assert.match(res.html, /Không tìm thấy|không hợp lệ/i, path);
      }
    });

    it('lets an editor add a document with a PDF, and shows it at once', async () => {
      assert.equal((await get(t, '/van-ban?q=77%20kh%20duk')).html.includes('77/KH-ĐUK'), false);
      const res = await postDocument(t, '/quan-tri/van-ban', editor, fields(), { data: PDF, name: 'ke-hoach.pdf' });
      assert.equal(res.status, 303);
      assert.match(res.headers.get('location')!, /^\/quan-tri\/van-ban\/\d+\?tb=da-them-van-ban$/);
      assert.deepEqual(numbersOn((await get(t, '/van-ban?q=77%20kh%20duk')).html), ['77/KH-ĐUK']);
      const file = await t.request('/van-ban/77-kh-duk/tai-ve');
      assert.equal(file.status, 200);
      assert.match(file.headers.get('content-disposition')!, /filename="ke-hoach\.pdf"/);
    });

    it('accepts a Word .docx and refuses what is not a PDF or .docx, whatever its name says', async () => {
      const doc = new Document({ sections: [{ children: [new Paragraph('Hướng dẫn tuyên truyền')] }] });
      const docx = await Packer.toBuffer(doc);
      const ok = await postDocument(
        t,
        '/quan-tri/van-ban',
        editor,
        fields({ number: '78/HD-ĐUK', kind: 'huong-dan' }),
        {
          data: docx,
          name: 'huong-dan.docx',
        },
      );
      assert.equal(ok.status, 303);
      const word = await t.request('/van-ban/78-hd-duk/tai-ve');
      assert.match(word.headers.get('content-type')!, /wordprocessingml/);
      for (const [data, name] of [
        [HTML, 'van-ban.pdf'],
        [HTML, 'van-ban.html'],
        [Buffer.from('MZ\x90\x00'), 'van-ban.docx'],
      ] as const) {
        const res = await postDocument(t, '/quan-tri/van-ban', editor, fields({ number: '79/KH-ĐUK' }), { data, name });
        assert.equal(res.status, 415, name);
        assert.match(await res.text(), /Tệp văn bản phải là PDF hoặc Word \(\.docx\)/);
      }
      assert.equal((await get(t, '/van-ban/79-kh-duk')).status, 404);
      const big = await postDocument(t, '/quan-tri/van-ban', editor, fields({ number: '80/KH-ĐUK' }), {
        data: Buffer.concat([PDF, Buffer.alloc(200 * 1024, 32)]),
        name: 'lon.pdf',
      });
      assert.equal(big.status, 413);
    });

    it('refuses a number already registered for that issuer, kind and year, in Vietnamese', async () => {
      const res = await postDocument(
        t,
        '/quan-tri/van-ban',
        editor,
        fields({ number: '132/kh-duk', issuedOn: '01/06/2023' }),
      );
      assert.equal(res.status, 409);
      assert.match(await res.text(), /Đã có văn bản số 132\/kh-duk của Đảng ủy Khối cùng loại trong năm 2023\./);
      // Another year, another issuer: allowed.
      const nextYear = await postDocument(
        t,
        '/quan-tri/van-ban',
        editor,
        fields({ number: '132/KH-ĐUK', issuedOn: '10/01/2024' }),
      );
      assert.equal(nextYear.status, 303);
      const twice = numbersOn((await get(t, '/van-ban?q=132%20kh%20duk')).html);
      assert.deepEqual(twice.slice(0, 2), ['132/KH-ĐUK', '132/KH-ĐUK']);
    });

    it('says what is wrong with each field and keeps what was typed', async () => {
      const res = await postDocument(t, '/quan-tri/van-ban', editor, {
        number: 'abc',
        kind: 'khong-co',
        issuer: '',
        issuedOn: '31/02/2024',
        title: 'Giữ lại trích yếu này',
      });
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /Số, ký hiệu phải có chữ số và chữ cái/);
      assert.match(html, /Hãy chọn loại văn bản/);
      assert.match(html, /Hãy nhập cơ quan ban hành/);
      assert.match(html, /Ngày ban hành phải là một ngày có thật/);
      assert.match(html, /value="Giữ lại trích yếu này"/);
      const future = await postDocument(
        t,
        '/quan-tri/van-ban',
        editor,
        fields({ number: '81/KH-ĐUK', issuedOn: '01/01/2099' }),
      );
      assert.equal(future.status, 400);
    });

    it('escapes hostile text in every field, on every page and in the API', async () => {
      const res = await postDocument(
        t,
        '/quan-tri/van-ban',
        editor,
        fields({
          number: `9${XSS}/KH`,
          issuer: `Cơ quan ${XSS}`,
          title: `Trích yếu ${XSS}`,
          summary: `Tóm tắt ${XSS}`,
        }),
      );
      assert.equal(res.status, 303);
      const id = /\/quan-tri\/van-ban\/(\d+)/.exec(res.headers.get('location')!)![1];
      const doc = (await t.documents.findById(Number(id)))!;
      const pages = [
        await get(t, doc.url),
        await get(t, '/van-ban'),
        await get(t, `/van-ban?q=${encodeURIComponent('trich yeu script')}`),
        await get(t, `/quan-tri/van-ban/${id}`, { cookie: editor.cookie }),
        await get(t, '/quan-tri/van-ban', { cookie: editor.cookie }),
      ];
      for (const page of pages) {
        assert.equal(page.status, 200);
        assert.ok(!page.html.includes('<script>alert(1)'), 'no live script');
        assert.ok(!page.html.includes('<img src=x'), 'no live image');
      }
      assert.ok(pages[0]!.html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
      const api = await t.request(`/api/v1/documents?q=${encodeURIComponent('tom tat')}`);
      assert.match(api.headers.get('content-type')!, /application\/json/);
    });

    it('lets an editor change and delete a document; contributors may not', async () => {
      const [created] = (await t.documents.list({ q: '77 kh duk' }, 1)).items;
      assert.ok(created);
      assert.equal((await get(t, `/quan-tri/van-ban/${created.id}`, { cookie: contributor.cookie })).status, 403);
      const forbidden = await postDocument(t, `/quan-tri/van-ban/${created.id}/xoa`, contributor, {});
      assert.equal(forbidden.status, 403);
      const saved = await postDocument(
        t,
        `/quan-tri/van-ban/${created.id}`,
        editor,
        fields({ title: 'Trích yếu đã sửa', removeFile: '1' }),
      );
      assert.equal(saved.status, 303);
      const page = await get(t, '/van-ban/77-kh-duk');
      assert.match(page.html, /Trích yếu đã sửa/);
      assert.match(page.html, /chưa có tệp đính kèm/);
      assert.equal((await t.request('/van-ban/77-kh-duk/tai-ve')).status, 404);
      const gone = await postDocument(t, `/quan-tri/van-ban/${created.id}/xoa`, editor, {});
      assert.equal(gone.status, 303);
      assert.equal((await get(t, '/van-ban/77-kh-duk')).status, 404);
      const audit = await t.db
        .selectFrom('audit_log')
        .select(['action', 'actor', 'target'])
        .where('target', '=', '77/KH-ĐUK')
        .orderBy('id')
        .execute();
      assert.deepEqual(
        audit.map((a) => [a.action, a.actor]),
        [
          ['document.created', DEMO_ACCOUNT.editor],
          ['document.updated', DEMO_ACCOUNT.editor],
          ['document.deleted', DEMO_ACCOUNT.editor],
        ],
      );
      assert.equal((await get(t, '/quan-tri/van-ban/999999', { cookie: editor.cookie })).status, 404);
      assert.equal((await get(t, '/quan-tri/van-ban/abc', { cookie: editor.cookie })).status, 404);
    });

    it('reads the register a page at a time, on the page and in the API', async () => {
      for (let n = 1; n <= 25; n++)
        await t.documents.create(
          {
            number: `${n}/TB-VP`,
            kind: 'thong-bao',
            issuer: 'Văn phòng Đảng ủy Khối',
            issuedOn: `2019-03-${String(n).padStart(2, '0')}`,
            title: `Thông báo lịch làm việc tuần ${n}`,
            summary: '',
          },
          undefined,
          null,
        );
      const issuer = encodeURIComponent('Văn phòng Đảng ủy Khối');
      const first = await get(t, `/van-ban?issuer=${issuer}`);
      assert.equal(numbersOn(first.html).length, 20);
      assert.equal(numbersOn(first.html)[0], '25/TB-VP');
      assert.match(first.html, /25 văn bản/);
      assert.match(first.html, /href="\/van-ban\?issuer=[^"]+&amp;trang=2" rel="next"/);
      const second = await get(t, `/van-ban?issuer=${issuer}&trang=2`);
      assert.deepEqual(numbersOn(second.html), ['5/TB-VP', '4/TB-VP', '3/TB-VP', '2/TB-VP', '1/TB-VP']);
      assert.equal((await get(t, `/van-ban?issuer=${issuer}&trang=3`)).status, 404);
      const api = await (await t.request(`/api/v1/documents?issuer=${issuer}&page=2`)).json();
      assert.equal(api.total, 25);
      assert.equal(api.page, 2);
      assert.equal(api.items.length, 5);
      const beyond = await (await t.request(`/api/v1/documents?issuer=${issuer}&page=9`)).json();
      assert.deepEqual(beyond.items, []);
    });

    it('links registered numbers in an article body, not in its headings, and unlinks a deleted one', async () => {
      const [article] = await t.articles
        .listLatest({ limit: 50 })
        .then((list) =>
          list.filter((a) => a.title.startsWith('Đảng ủy Khối tổng kết công tác xây dựng Đảng năm 2025')),
        );
      assert.ok(article, 'the demo article that cites 132/KH-ĐUK');
      const page = await get(t, article.url);
      // 132/KH-ĐUK is now registered twice (2023 and 2024): the date in the text picks 2023.
      assert.match(
        page.html,
        /<a href="\/van-ban\/132-kh-duk" class="doc-number" title="[^"]*">132\/KH-ĐUK<\/a> ngày 10\/01\/2023/,
      );
      assert.match(page.html, /<a href="\/van-ban\/17-da-tu" class="doc-number"[^>]*>17-ĐA\/TU<\/a>/);
      const seventeen = (await t.documents.findBySlug('17-da-tu'))!;
      await postDocument(t, `/quan-tri/van-ban/${seventeen.id}/xoa`, editor, {});
      const after = await get(t, article.url);
      assert.ok(!after.html.includes('href="/van-ban/17-da-tu"'), 'the deleted document is no longer linked');
      assert.match(after.html, /Đề án 17-ĐA\/TU của Tỉnh ủy/);
      assert.match(after.html, /class="doc-number"[^>]*>132\/KH-ĐUK</);
    });
  });
}

// Heavy article bodies must not stall every reader. A megabyte of nested tags ('<b>' × 333,000)
// once kept the sanitiser busy 2–5 s on the event loop; now its shape is measured first and it is
// refused at once, on the body field, with nothing written. A long but real article is still
// accepted, sanitised on the worker pool; while several are, /healthz answers quickly on a real
// HTTP server. Both databases.
import assert from 'node:assert/strict';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createHttpServer } from '../../src/server.js';
import { dialectsUnderTest } from '../support/databases.js';
import { loginAs, ORIGIN, postForm, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PASSWORD = 'LaoCai-Demo-2026';
const NESTED = '<b>'.repeat(333_000);
const PARAGRAPH =
  '<p>Sáng 15/3, Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh tổ chức hội nghị quán triệt <strong>Nghị quyết</strong> của Trung ương, với sự tham dự của <em>120 đảng viên</em>.</p>\n';
/** A long, ordinary article of about `bytes` characters, with something the sanitiser must remove. */
const longArticle = (bytes: number) =>
  `<p onclick="alert(1)">Mở đầu<script>alert(1)</script></p>\n${PARAGRAPH.repeat(Math.ceil(bytes / PARAGRAPH.length))}`;
// 620 KB with ~19,000 tags (just under the limit): 130–300 ms of sanitising each, on this machine.
const busyArticle = () =>
  '<p>Nội dung hội nghị quán triệt <strong>Nghị quyết</strong> với <em>120 đảng viên</em> tham dự.</p>'.repeat(6_300);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

for (const dialect of dialectsUnderTest()) {
  describe(`heavy article bodies [${dialect}]`, () => {
    let t: TestApp;
    let server: http.Server;
    let base: string;
    let editor: StaffSession;
    let categoryId: string;
    let categorySlug: string;

    const postJson = (path: string, json: unknown) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: editor.cookie,
          'x-csrf-token': editor.csrf,
          origin: ORIGIN,
        },
        body: JSON.stringify(json),
      });

    before(async () => {
      t = await startTestApp(dialect);
      server = createHttpServer(t);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      editor = await loginAs(t, 'bientap@congtin.demo', PASSWORD);
      const category = (await t.articles.listCategories())[0]!;
      categoryId = String(category.id);
      categorySlug = category.slug;
    });
    after(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await t.dispose();
    });

    it('a megabyte of nested tags from the staff form: 400 at once, the message on the body field, what was typed kept, nothing written', async (ctx) => {
      const count = await t.articles.countAll();
      const started = performance.now();
      const res = await postForm(t, '/quan-tri/bai-viet', editor, {
        title: 'Bài lồng thẻ',
        lead: 'Sapo giữ nguyên',
        bodyHtml: NESTED,
        categoryId,
        action: 'save',
      });
      const ms = performance.now() - started;
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /lồng định dạng quá nhiều tầng \(tối đa 64 tầng\)/);
      assert.match(html, /value="Bài lồng thẻ"/, 'the title is kept');
      assert.match(html, /Sapo giữ nguyên/, 'the lead is kept');
      ctx.diagnostic(`form refused in ${Math.round(ms)} ms`);
      // Sanitising it took 2–5 s on an idle machine; the bound leaves room for a busy one.
      assert.ok(ms < 3000, `refused in ${Math.round(ms)} ms`);
      assert.equal(await t.articles.countAll(), count);
    });

    it('the same through the JSON API: 400 VALIDATION_FAILED with fields.bodyHtml, quickly, nothing written', async (ctx) => {
      const count = await t.articles.countAll();
      const started = performance.now();
      const res = await postJson('/api/v1/articles', { title: 'Bài lồng thẻ', bodyHtml: NESTED, categorySlug });
      const ms = performance.now() - started;
      assert.equal(res.status, 400);
      const { error } = await res.json();
      assert.equal(error.code, 'VALIDATION_FAILED');
      assert.match(error.fields.bodyHtml, /tối đa 64 tầng/);
      ctx.diagnostic(`API refused in ${Math.round(ms)} ms`);
      assert.ok(ms < 3000, `refused in ${Math.round(ms)} ms`);
      assert.equal(await t.articles.countAll(), count);
      const flat = await postJson('/api/v1/articles', {
        title: 'Quá nhiều thẻ',
        bodyHtml: '<br>'.repeat(20_001),
        categorySlug,
      });
      assert.equal(flat.status, 400);
      assert.match((await flat.json()).error.fields.bodyHtml, /quá nhiều thẻ định dạng/);
    });

    it('the About text in the site settings is measured the same way: 400 in Vietnamese, nothing saved', async () => {
      const admin = await loginAs(t, 'quantri@congtin.demo', PASSWORD);
      const about = t.settings.get().aboutHtml;
      const res = await postForm(t, '/quan-tri/cai-dat', admin, {
        name: 'Cổng thử',
        address: '',
        phone: '',
        email: '',
        aboutHtml: '<b>'.repeat(16_000),
      });
      assert.equal(res.status, 400);
      assert.match(await res.text(), /lồng định dạng quá nhiều tầng/);
      assert.equal(t.settings.get().aboutHtml, about);
    });

    it('a legitimate 300 KB article is accepted and sanitised (on a worker)', async () => {
      const body = longArticle(300_000);
      const res = await postJson('/api/v1/articles', { title: 'Một bài viết rất dài', bodyHtml: body, categorySlug });
      assert.equal(res.status, 201);
      const { id } = await res.json();
      const stored = await (
        await fetch(`${base}/api/v1/articles/${id}`, { headers: { cookie: editor.cookie } })
      ).json();
      assert.ok(stored.bodyHtml.length > 290_000, `stored ${stored.bodyHtml.length} characters`);
      assert.doesNotMatch(stored.bodyHtml, /<script|onclick/);
      assert.match(stored.bodyHtml, /<strong>Nghị quyết<\/strong>/);
    });

    it('while several large bodies are sanitised, /healthz answers fast', async (ctx) => {
      const body = busyArticle();
      // Warm the workers first: their start-up is not what this measures.
      assert.equal(
        (await postJson('/api/v1/articles', { title: 'Khởi động', bodyHtml: body, categorySlug })).status,
        201,
      );
      let saving = true;
      const saves = Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          postJson('/api/v1/articles', { title: `Bài dài số ${i}`, bodyHtml: body, categorySlug }),
        ),
      ).finally(() => {
        saving = false;
      });
      // Only the answers to requests sent while the saves were in flight count.
      const latencies: number[] = [];
      while (saving) {
        const started = performance.now();
        assert.equal((await fetch(`${base}/healthz`)).status, 200);
        latencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const answers = await saves;
      assert.deepEqual(
        answers.map((r) => r.status),
        Array(10).fill(201),
      );
      assert.ok(latencies.length >= 5, `only ${latencies.length} health checks while saving`);
      const figures = `healthz during ${answers.length} saves of ${Math.round(body.length / 1024)} KB: median ${median(latencies).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length} requests`;
      ctx.diagnostic(figures);
      // The median, as the attack was reported (single slow answers also come from other processes
      // on a busy 2-core machine). Sanitised on the event loop, these saves gave a median of ~50–150 ms.
      assert.ok(median(latencies) < 30, figures);
    });
  });
}

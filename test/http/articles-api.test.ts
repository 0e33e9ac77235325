// The articles JSON API: the documented shapes, the same permission rules as the pages (cookie
// + CSRF token or a personal Bearer token), edit conflicts, and hostile HTML sent through it never
// reaching a reader's page, the RSS feed or search snippets. Both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { loginAs, ORIGIN, postForm, type StaffSession } from '../support/staff.js';

const PASSWORD = 'LaoCai-Demo-2026';

// Payloads from the OWASP XSS filter evasion cheat sheet and known sanitizer bypasses (mutation XSS).
const XSS_PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<a href="JaVaScRiPt:alert(1)">bấm vào đây</a>',
  '<a href="&#106;avascript:alert(1)">mã hóa</a>',
  '<a href=" javascript:alert(1)">khoảng trắng</a>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<p style="background:url(javascript:alert(1))">kiểu</p>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">',
  '<svg><style><img src=x onerror=alert(1)></style></svg>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<details open ontoggle=alert(1)>',
  '<body onload=alert(1)>',
];

/**
 * Markup an attack needs: a dangerous element, an event handler or srcdoc/style inside a tag, or a
 * script/data URL in an attribute. Escaped text (&lt;img onerror=…&gt;) is harmless and allowed.
 */
const DANGER =
  /<(script|iframe|object|embed|svg|math|style|form|noscript|details|body)\b|<[^>]*\s(on[a-z]+|srcdoc|style)\s*=|<[^>]*\s(href|src|data|action)\s*=\s*["']?\s*(javascript|data|vbscript):/i;

for (const dialect of dialectsUnderTest()) {
  describe(`articles API [${dialect}]`, () => {
    let t: TestApp;
    let contributor: StaffSession;
    let editor: StaffSession;
    let categorySlug: string;

    const api = (
      path: string,
      session: StaffSession | undefined,
      init: { method?: string; json?: unknown; headers?: Record<string, string> } = {},
    ) =>
      t.request(path, {
        method: init.method ?? 'GET',
        headers: {
          ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf, origin: ORIGIN } : {}),
          ...init.headers,
        },
        body: init.json === undefined ? undefined : JSON.stringify(init.json),
      });

    before(async () => {
      t = await startTestApp(dialect);
      contributor = await loginAs(t, 'congtacvien@congtin.demo', PASSWORD);
      editor = await loginAs(t, 'bientap@congtin.demo', PASSWORD);
      categorySlug = (await t.articles.listCategories())[0]!.slug;
    });
    after(() => t.dispose());

    it('creates an article: 201 with {id, slug, url, status} and a Location', async () => {
      const res = await api('/api/v1/articles', contributor, {
        method: 'POST',
        json: {
          title: 'Đoàn viên tình nguyện ở Sa Pa',
          lead: 'Tóm tắt',
          bodyHtml: '<p>Nội dung <em>đầy đủ</em></p>',
          categorySlug,
        },
      });
      assert.equal(res.status, 201);
      const body = await res.json();
      assert.deepEqual(Object.keys(body).sort(), ['id', 'slug', 'status', 'url']);
      assert.equal(body.slug, 'doan-vien-tinh-nguyen-o-sa-pa');
      assert.equal(body.url, '/tin-tuc/doan-vien-tinh-nguyen-o-sa-pa');
      assert.equal(body.status, 'draft');
      assert.equal(res.headers.get('location'), `/api/v1/articles/${body.id}`);
      const read = await (await api(`/api/v1/articles/${body.id}`, contributor)).json();
      assert.equal(read.bodyHtml, '<p>Nội dung <em>đầy đủ</em></p>');
      assert.equal(read.version, 1);
    });

    it('answers 400 {error:{code,message,fields}} in Vietnamese and writes nothing', async () => {
      const before = await t.articles.countAll();
      const res = await api('/api/v1/articles', contributor, {
        method: 'POST',
        json: { title: '', categorySlug: 'khong-co', status: 'xuat-ban', extra: 1 },
      });
      assert.equal(res.status, 400);
      const { error } = await res.json();
      assert.equal(error.code, 'VALIDATION_FAILED');
      assert.match(error.message, /không hợp lệ/);
      assert.equal(error.fields.title, 'Hãy nhập tiêu đề.');
      assert.match(error.fields.status, /draft, submitted hoặc published/);
      const badJson = await api('/api/v1/articles', contributor, {
        method: 'POST',
        json: undefined,
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(badJson.status, 400);
      const unknownCategory = await api('/api/v1/articles', contributor, {
        method: 'POST',
        json: { title: 'Có tiêu đề', categorySlug: 'khong-co' },
      });
      assert.equal(unknownCategory.status, 400);
      assert.equal((await unknownCategory.json()).error.fields.categorySlug, 'Không có chuyên mục này.');
      const badTime = await api('/api/v1/articles', editor, {
        method: 'POST',
        json: {
          title: 'Hẹn giờ sai',
          categorySlug,
          bodyHtml: '<p>x</p>',
          status: 'published',
          publishAt: '01/12/2026 08:00',
        },
      });
      assert.equal(badTime.status, 400);
      assert.match((await badTime.json()).error.fields.publishAt, /ISO 8601/);
      assert.equal(await t.articles.countAll(), before);
    });

    it("applies the page rules: no session 401, no CSRF token 403, a contributor cannot publish or touch others' work", async () => {
      assert.equal(
        (await api('/api/v1/articles', undefined, { method: 'POST', json: { title: 'x', categorySlug } })).status,
        403,
        'a browser POST without Origin/CSRF is refused',
      );
      assert.equal((await t.request('/api/v1/articles/1')).status, 401);
      const noToken = await t.request('/api/v1/articles', {
        method: 'POST',
        headers: { cookie: contributor.cookie, origin: ORIGIN, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'x', categorySlug }),
      });
      assert.equal(noToken.status, 403);
      const publish = await api('/api/v1/articles', contributor, {
        method: 'POST',
        json: { title: 'Tự xuất bản', bodyHtml: '<p>x</p>', categorySlug, status: 'published' },
      });
      assert.equal(publish.status, 403);
      const { id } = await (
        await api('/api/v1/articles', editor, {
          method: 'POST',
          json: { title: 'Bài của biên tập viên', bodyHtml: '<p>x</p>', categorySlug },
        })
      ).json();
      assert.equal((await api(`/api/v1/articles/${id}`, contributor)).status, 403);
      assert.equal(
        (await api(`/api/v1/articles/${id}`, contributor, { method: 'PATCH', json: { title: 'Chiếm' } })).status,
        403,
      );
      assert.equal((await api(`/api/v1/articles/${id}`, contributor, { method: 'DELETE' })).status, 403);
      assert.equal((await api(`/api/v1/articles/${id}/publish`, contributor, { method: 'POST' })).status, 403);
      const unit = await loginAs(t, 'donvi@congtin.demo', PASSWORD);
      assert.equal(
        (await api('/api/v1/articles', unit, { method: 'POST', json: { title: 'x', categorySlug } })).status,
        403,
      );
      assert.equal((await api('/api/v1/articles/999999', editor)).status, 404);
      assert.equal((await api('/api/v1/articles/abc', editor)).status, 404);
    });

    it('runs the workflow: submit, reject with a reason, publish, schedule, unpublish, delete', async () => {
      const { id } = await (
        await api('/api/v1/articles', contributor, {
          method: 'POST',
          json: { title: 'Quy trình qua API', bodyHtml: '<p>Nội dung</p>', categorySlug, status: 'submitted' },
        })
      ).json();
      const rejectWithout = await api(`/api/v1/articles/${id}/reject`, editor, { method: 'POST', json: {} });
      assert.equal(rejectWithout.status, 400);
      assert.equal((await rejectWithout.json()).error.fields.reason, 'Hãy ghi lý do trả lại.');
      assert.equal(
        (
          await (
            await api(`/api/v1/articles/${id}/reject`, editor, {
              method: 'POST',
              json: { reason: 'Cần thêm số liệu.' },
            })
          ).json()
        ).status,
        'draft',
      );
      const read = await (await api(`/api/v1/articles/${id}`, contributor)).json();
      assert.equal(read.rejectionReason, 'Cần thêm số liệu.');
      assert.equal(
        (await (await api(`/api/v1/articles/${id}/submit`, contributor, { method: 'POST' })).json()).status,
        'submitted',
      );
      assert.equal(
        (await api(`/api/v1/articles/${id}/submit`, contributor, { method: 'POST' })).status,
        409,
        'already submitted',
      );
      assert.equal(
        (
          await api(`/api/v1/articles/${id}`, contributor, {
            method: 'PATCH',
            json: { title: 'Sửa khi đang chờ duyệt' },
          })
        ).status,
        403,
        "a submitted article is no longer the contributor's to change",
      );
      const future = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
      assert.equal(
        (
          await (
            await api(`/api/v1/articles/${id}/publish`, editor, { method: 'POST', json: { publishAt: future } })
          ).json()
        ).status,
        'scheduled',
      );
      assert.equal((await t.request('/tin-tuc/quy-trinh-qua-api')).status, 404);
      assert.equal(
        (await (await api(`/api/v1/articles/${id}/publish`, editor, { method: 'POST' })).json()).status,
        'published',
      );
      assert.equal((await t.request('/tin-tuc/quy-trinh-qua-api')).status, 200);
      assert.equal(
        (await api(`/api/v1/articles/${id}/publish`, editor, { method: 'POST' })).status,
        409,
        'already published',
      );
      assert.equal(
        (await (await api(`/api/v1/articles/${id}/unpublish`, editor, { method: 'POST' })).json()).status,
        'draft',
      );
      assert.equal(
        (await (await api(`/api/v1/articles/${id}`, editor, { method: 'DELETE' })).json()).status,
        'trashed',
      );
      const trash = await (await api('/api/v1/articles?status=trashed', editor)).json();
      assert.ok(trash.items.some((a: { id: number }) => a.id === id));
      const mine = await (await api('/api/v1/articles?status=all', contributor)).json();
      assert.ok(
        mine.items.every((a: { authorId: number | null }) => a.authorId === mine.items[0].authorId),
        'a contributor lists only their own',
      );
      assert.equal((await api('/api/v1/articles?status=bogus', editor)).status, 400);
      const publicList = await t.request('/api/v1/articles');
      assert.equal(publicList.status, 200, 'without status, the public list still answers anyone');
      assert.equal(
        publicList.headers.get('cache-control'),
        null,
        'and stays session-free: no staff guard (no-store) in front of it',
      );
    });

    it('PATCH with an old version is a 409 that writes nothing; without a version it saves', async () => {
      const { id } = await (
        await api('/api/v1/articles', editor, {
          method: 'POST',
          json: { title: 'Sửa song song', bodyHtml: '<p>Gốc</p>', categorySlug },
        })
      ).json();
      const first = await api(`/api/v1/articles/${id}`, editor, {
        method: 'PATCH',
        json: { bodyHtml: '<p>Lần một</p>', version: 1 },
      });
      assert.equal(first.status, 200);
      assert.equal((await first.json()).version, 2);
      const stale = await api(`/api/v1/articles/${id}`, editor, {
        method: 'PATCH',
        json: { bodyHtml: '<p>Bản cũ</p>', version: 1 },
      });
      assert.equal(stale.status, 409);
      assert.equal((await stale.json()).error.code, 'ARTICLE_EDIT_CONFLICT');
      assert.equal((await (await api(`/api/v1/articles/${id}`, editor)).json()).bodyHtml, '<p>Lần một</p>');
      assert.equal(
        (await api(`/api/v1/articles/${id}`, editor, { method: 'PATCH', json: { nope: true } })).status,
        400,
      );
    });

    it('works with a personal API token instead of the cookie, with no CSRF token', async () => {
      const created = await postForm(t, '/quan-tri/ma-api', contributor, { name: 'Kịch bản nhập bài', expiry: '30' });
      const token = /ct_[A-Za-z0-9_-]{43}/.exec(await created.text())?.[0];
      assert.ok(token, 'the creation page shows the token once');
      const res = await t.request('/api/v1/articles', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Gửi bằng mã API', bodyHtml: '<p>x</p>', categorySlug, status: 'submitted' }),
      });
      assert.equal(res.status, 201);
      assert.equal((await res.json()).status, 'submitted');
      const forged = await t.request('/api/v1/articles', {
        method: 'POST',
        headers: { authorization: `Bearer ct_${'A'.repeat(43)}`, 'content-type': 'application/json' },
        body: '{}',
      });
      assert.equal(forged.status, 401);
    });

    it('sanitises hostile HTML sent through the API: nothing dangerous on the page, in RSS or in search snippets', async () => {
      const body = XSS_PAYLOADS.map((p, i) => `<p>Đoạn ${i} an toàn</p>${p}`).join('\n');
      const res = await api('/api/v1/articles', editor, {
        method: 'POST',
        json: {
          title: 'Kiểm tra lọc mã độc <script>alert(1)</script>',
          lead: 'Sapo "trích dẫn" <img src=x onerror=alert(1)>',
          bodyHtml: body,
          categorySlug,
          status: 'published',
        },
      });
      assert.equal(res.status, 201);
      const { id, url } = await res.json();
      const stored = await (await api(`/api/v1/articles/${id}`, editor)).json();
      assert.doesNotMatch(stored.bodyHtml, DANGER);
      assert.match(stored.bodyHtml, /Đoạn 14 an toàn/, 'the harmless text survives');

      const page = await (await t.request(url)).text();
      // The reader tools' own icons are <svg>: look at everything else in the article, which is
      // what the author's text becomes.
      const articleHtml = page
        .slice(page.indexOf('<article'), page.indexOf('</article>'))
        .replace(/<div class="reader-tools"[\s\S]*?(?=<p class="lead">)/, '');
      assert.match(
        articleHtml,
        /^<article[^>]*>[\s\S]*<h1>[\s\S]*<p class="lead">Sapo/,
        'the title and lead are still there',
      );
      assert.doesNotMatch(articleHtml, DANGER);
      assert.match(page, /Kiểm tra lọc mã độc &lt;script&gt;alert\(1\)&lt;\/script&gt;/, 'the title is text, escaped');
      // The link text survives; its javascript: address does not (an <a> without href is inert).
      assert.match(articleHtml, /<a rel="noopener noreferrer">bấm vào đây<\/a>/);

      const rss = await (await t.request('/rss.xml')).text();
      const item = rss.slice(rss.indexOf('<item>'), rss.indexOf('</item>'));
      assert.match(item, /Kiểm tra lọc mã độc/);
      // RSS carries HTML escaped inside <description>: unescape once, as a feed reader would, then look.
      const unescaped = item
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      assert.doesNotMatch(unescaped.replace(/<title>[\s\S]*?<\/title>/, ''), DANGER);

      const search = await (await t.request('/tim-kiem?q=kiem+tra+loc+ma+doc')).text();
      const results = search.slice(
        search.indexOf('<ul class="article-list">'),
        search.indexOf('</ul>', search.indexOf('<ul class="article-list">')),
      );
      assert.match(results, /lọc/);
      assert.doesNotMatch(results, DANGER);
      assert.doesNotMatch(results, /<img/);
      const apiSearch = await (await t.request('/api/v1/articles?q=kiem+tra+loc')).json();
      assert.equal(
        apiSearch.items[0].title,
        'Kiểm tra lọc mã độc <script>alert(1)</script>',
        "JSON carries text as text; escaping is the renderer's job",
      );
    });
  });
}

// The morning brief (Điểm tin sáng), both databases: the demo's thirty days with two gaps, the
// public pages and their bad dates, the staff form without JavaScript (rows, picker, draft,
// preview, publish, a correction only with a reason), the plan task's report filed once per day,
// RSS, the JSON API, hostile text and addresses.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SaxesParser } from 'saxes';
import { dialectsUnderTest } from '../support/databases.js';
import { loginAs, ORIGIN, postForm, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PASSWORD = 'LaoCai-Demo-2026';
const TODAY = '2026-11-27';
const MISSED = ['2026-11-15', '2026-11-16'];
const DAILY_TASK = 'Phát hành "Điểm tin sáng" hằng ngày';

/** Well-formed XML or the parser's error. */
function parseXml(xml: string): string[] {
  const parser = new SaxesParser();
  const names: string[] = [];
  parser.on('opentag', (tag) => names.push(tag.name));
  parser.write(xml).close();
  return names;
}

const briefForm = (fields: Record<string, string>, items: Array<Record<string, string | undefined>> = []) => {
  const out: Record<string, string> = { itemCount: String(items.length), ...fields };
  items.forEach((item, n) => {
    for (const [k, v] of Object.entries(item)) if (v !== undefined) out[`item-${n}-${k}`] = v;
  });
  return out;
};

for (const dialect of dialectsUnderTest()) {
  describe(`morning brief [${dialect}]`, () => {
    let t: TestApp;
    let editor: StaffSession;
    let articleId: number;
    let articleTitle: string;

    const ctxOf = async (email: string) => {
      const u = (await t.accounts.service.listUsers()).find((x) => x.email === email)!;
      return {
        actor: { id: u.id, name: u.name, email: u.email, roles: u.roles, unitId: u.unitId ?? null },
        requestId: 'test',
      };
    };
    const dailyTask = async () => {
      const { taskId } = await t.briefs.taskSetting();
      assert.ok(taskId, 'the demo chose the daily task');
      const { task } = await t.plans.getTask(await ctxOf('bientap@congtin.demo'), taskId);
      assert.equal(task.title, DAILY_TASK);
      return task;
    };
    const reportsOn = async (taskId: number, day: string) =>
      t.db
        .selectFrom('progress_reports')
        .select(['body', 'filed_at'])
        .where('task_id', '=', taskId)
        .where('occurrence_key', '=', day)
        .execute();

    before(async () => {
      t = await startTestApp(dialect);
      editor = await loginAs(t, 'bientap@congtin.demo', PASSWORD);
      const [article] = await t.articles.listLatest({ limit: 1 });
      articleId = article!.id;
      articleTitle = article!.title;
    });
    after(() => t.dispose());

    it('has thirty demo days up to today with two missed, shown as gaps in the month', async () => {
      const list = await t.request('/diem-tin');
      assert.equal(list.status, 200);
      const html = await list.text();
      assert.match(html, /Điểm tin sáng ngày 27\/11\/2026/);
      assert.ok(html.indexOf('27/11/2026') < html.indexOf('26/11/2026'), 'newest first');
      const month = await (await t.request('/diem-tin?thang=2026-11')).text();
      for (const day of MISSED) {
        assert.doesNotMatch(month, new RegExp(`href="/diem-tin/${day}"`));
        assert.match(month, new RegExp(`${day.slice(8)}/11/2026: Không có bản tin`));
      }
      assert.match(month, /href="\/diem-tin\/2026-11-14"/);
      assert.equal((month.match(/class="brief-day-gap"/g) ?? []).length, 2, 'only the two missed days are gaps');
      const { total } = await t.briefs.listPublished({ limit: 1, offset: 0 });
      assert.equal(total, 28);
    });

    it('shows the missed days as missed on the plan task, every other day done by a brief', async () => {
      const task = await dailyTask();
      const byKey = new Map(task.status.occurrences.map((o) => [o.key, o.status]));
      for (const day of MISSED) assert.equal(byKey.get(day), 'overdue', day);
      assert.equal(byKey.get('2026-11-14'), 'done_on_time');
      const [report] = await reportsOn(task.id, '2026-11-14');
      assert.match(report!.body, /https:\/\/congtin\.test\/diem-tin\/2026-11-14/);
    });

    it('answers a day page, 404 in Vietnamese without a brief, 400 for a malformed date', async () => {
      const day = await t.request(`/diem-tin/${TODAY}`);
      assert.equal(day.status, 200);
      const html = await day.text();
      assert.match(html, /<h1>Điểm tin sáng ngày 27\/11\/2026<\/h1>/);
      assert.match(html, /rel="noopener noreferrer"/);
      const missed = await t.request('/diem-tin/2026-11-15');
      assert.equal(missed.status, 404);
      assert.match(await missed.text(), /Không có bản Điểm tin sáng của ngày này/);
      for (const bad of ['2026-13-40', '2026-1-1', '2026-02-30', 'hom-nay', '20261127', '2026-11-27x'])
        assert.equal((await t.request(`/diem-tin/${bad}`)).status, 400, bad);
      assert.equal((await t.request('/diem-tin?thang=2026-13')).status, 400);
      assert.equal((await t.request('/diem-tin?thang=%E0%A4%A')).status, 400);
      assert.equal((await t.request('/diem-tin?trang=0')).status, 400);
      assert.equal((await t.request('/diem-tin?trang=99')).status, 404);
      const picked = await t.request('/diem-tin?ngay=2026-11-20');
      assert.equal(picked.status, 303);
      assert.equal(picked.headers.get('location'), '/diem-tin/2026-11-20');
      assert.equal((await t.request('/diem-tin?ngay=2026-11-31')).status, 400);
    });

    it('serves RSS 2.0 that parses as XML', async () => {
      const res = await t.request('/diem-tin/rss.xml');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /application\/rss\+xml/);
      const xml = await res.text();
      const tags = parseXml(xml);
      assert.equal(tags[0], 'rss');
      assert.equal(tags.filter((n) => n === 'item').length, 20);
      assert.match(xml, /<link>https:\/\/congtin\.test\/diem-tin\/2026-11-27<\/link>/);
    });

    it('lists published briefs in the API by range, with the documented shape', async () => {
      const res = await t.request('/api/v1/briefs?from=2026-11-14&to=2026-11-17');
      assert.equal(res.status, 200);
      const body = await res.json();
      assert.deepEqual(
        body.items.map((b: { date: string }) => b.date),
        ['2026-11-17', '2026-11-14'],
      );
      const [brief] = body.items;
      assert.deepEqual(Object.keys(brief).sort(), ['date', 'intro', 'items', 'url']);
      assert.equal(brief.url, 'https://congtin.test/diem-tin/2026-11-17');
      for (const item of brief.items) {
        assert.deepEqual(Object.keys(item).sort(), ['source', 'summary', 'title', 'url']);
        assert.match(item.url, /^https?:\/\//);
      }
      assert.equal((await (await t.request('/api/v1/briefs')).json()).items[0].date, TODAY);
      for (const bad of [
        'from=2026-11-20&to=2026-11-10',
        'from=2025-01-01&to=2026-11-27',
        'from=2026-13-01',
        'to=yesterday',
        'from=2026-1-1&to=2026-01-05',
      ]) {
        const refused = await t.request(`/api/v1/briefs?${bad}`);
        assert.equal(refused.status, 400, bad);
        assert.equal((await refused.json()).error.code, 'BRIEF_BAD_RANGE');
      }
      const doc = await (await t.request('/api/v1/openapi.json')).json();
      assert.ok(doc.paths['/api/v1/briefs'].get && doc.paths['/api/v1/briefs'].post);
      assert.ok(doc.paths['/api/v1/briefs/{id}/publish'].post);
    });

    it('lets an editor compose a brief without JavaScript: rows, picker, draft, preview, publish', async () => {
      const day = MISSED[0]!;
      const outside = {
        kind: 'outside',
        title: 'Tin ngoài',
        source: 'Báo Lào Cai',
        url: 'https://baolaocai.vn/a',
        summary: 'Tóm tắt.',
      };
      // Row buttons change the rows and show the form again, nothing saved.
      const added = await postForm(
        t,
        '/quan-tri/diem-tin/moi',
        editor,
        briefForm({ date: day, intro: 'Lời dẫn.', op: 'add-outside' }),
      );
      assert.equal(added.status, 200);
      assert.match(await added.text(), /id="item-0-url"/);
      const searched = await postForm(
        t,
        '/quan-tri/diem-tin/moi',
        editor,
        briefForm({ date: day, intro: 'Lời dẫn.', op: 'search', q: articleTitle.split(' ').slice(0, 3).join(' ') }),
      );
      assert.match(await searched.text(), new RegExp(`value="pick-${articleId}"`));
      const picked = await postForm(
        t,
        '/quan-tri/diem-tin/moi',
        editor,
        briefForm({ date: day, intro: 'Lời dẫn.', op: `pick-${articleId}` }, [outside]),
      );
      const pickedHtml = await picked.text();
      assert.match(pickedHtml, /name="itemCount" value="2"/);
      assert.match(pickedHtml, new RegExp(`name="item-1-articleId" value="${articleId}"`));
      const moved = await postForm(
        t,
        '/quan-tri/diem-tin/moi',
        editor,
        briefForm({ date: day, intro: 'Lời dẫn.', op: 'up-1' }, [
          outside,
          { kind: 'article', articleId: String(articleId) },
        ]),
      );
      assert.match(await moved.text(), new RegExp(`name="item-0-articleId" value="${articleId}"`));
      assert.equal(await t.db.selectFrom('briefs').select('id').where('day', '=', day).executeTakeFirst(), undefined);

      const saved = await postForm(
        t,
        '/quan-tri/diem-tin/moi',
        editor,
        briefForm({ date: day, intro: 'Lời dẫn ngày bù.', op: 'preview' }, [
          { kind: 'article', articleId: String(articleId) },
          outside,
        ]),
      );
      assert.equal(saved.status, 303);
      const preview = saved.headers.get('location')!;
      assert.match(preview, /^\/quan-tri\/diem-tin\/\d+\/xem-truoc$/);
      const id = Number(preview.split('/')[3]);
      assert.equal((await t.request(`/diem-tin/${day}`)).status, 404, 'a draft is not public');
      assert.ok(!(await (await t.request('/api/v1/briefs?from=2026-11-15&to=2026-11-15')).json()).items.length);
      const previewHtml = await (await t.request(preview, { headers: { cookie: editor.cookie } })).text();
      assert.match(previewHtml, /Tin ngoài/);
      assert.match(previewHtml, new RegExp(articleTitle.slice(0, 20)));

      const task = await dailyTask();
      assert.equal((await reportsOn(task.id, day)).length, 0);
      const published = await postForm(t, `/quan-tri/diem-tin/${id}/xuat-ban`, editor, {});
      assert.equal(published.status, 303);
      const page = await t.request(`/diem-tin/${day}`);
      assert.equal(page.status, 200);
      const pageHtml = await page.text();
      assert.match(pageHtml, /<a href="https:\/\/baolaocai\.vn\/a" rel="noopener noreferrer">Tin ngoài<\/a>/);
      const reports = await reportsOn(task.id, day);
      assert.equal(reports.length, 1, 'the day’s report is filed');
      assert.match(reports[0]!.body, /https:\/\/congtin\.test\/diem-tin\/2026-11-15/);

      // Read-only now: a change needs a reason, which is logged; republishing files nothing more.
      const version = /name="version" value="(\d+)"/.exec(
        await (await t.request(`/quan-tri/diem-tin/${id}`, { headers: { cookie: editor.cookie } })).text(),
      )![1]!;
      const items = [
        { kind: 'article', articleId: String(articleId) },
        { ...outside, title: 'Tin ngoài đã sửa' },
      ];
      const noReason = await postForm(
        t,
        `/quan-tri/diem-tin/${id}`,
        editor,
        briefForm({ date: day, intro: 'Lời dẫn ngày bù.', version, op: 'save' }, items),
      );
      assert.equal(noReason.status, 400);
      const refusedHtml = await noReason.text();
      assert.match(refusedHtml, /class="error-summary"/);
      assert.match(refusedHtml, /hãy ghi lý do sửa/);
      const amended = await postForm(
        t,
        `/quan-tri/diem-tin/${id}`,
        editor,
        briefForm({ date: day, intro: 'Lời dẫn ngày bù.', version, reason: 'Sửa tên tin cho đúng', op: 'save' }, items),
      );
      assert.equal(amended.status, 303);
      assert.match(await (await t.request(`/diem-tin/${day}`)).text(), /Tin ngoài đã sửa/);
      const audit = await t.db
        .selectFrom('audit_log')
        .select(['detail'])
        .where('action', '=', 'brief.amended')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.detail),
        ['Sửa tên tin cho đúng'],
      );
      const stale = await postForm(
        t,
        `/quan-tri/diem-tin/${id}`,
        editor,
        briefForm({ date: day, intro: 'Cũ.', version, reason: 'Lần nữa', op: 'save' }, items),
      );
      assert.equal(stale.status, 409, 'a save over someone else’s is refused');
      assert.equal((await postForm(t, `/quan-tri/diem-tin/${id}/xuat-ban`, editor, {})).status, 303);
      assert.equal((await reportsOn(task.id, day)).length, 1, 'republishing files no second report');
      assert.equal((await t.briefs.revisions(id)).length, 3);
      const fixedDay = await postForm(
        t,
        `/quan-tri/diem-tin/${id}`,
        editor,
        briefForm(
          { date: '2026-11-01', intro: 'x', version: String(Number(version) + 1), reason: 'đổi ngày', op: 'save' },
          items,
        ),
      );
      assert.equal(fixedDay.status, 400, 'a published brief keeps its day');
    });

    it('refuses a second brief for a day, an empty brief, a day to come, and unknown ids', async () => {
      const taken = await postForm(
        t,
        '/quan-tri/diem-tin/moi',
        editor,
        briefForm({ date: TODAY, intro: 'Trùng ngày.', op: 'save' }),
      );
      assert.equal(taken.status, 400);
      assert.match(await taken.text(), /Ngày này đã có bản tin/);
      const empty = await postForm(
        t,
        '/quan-tri/diem-tin/moi',
        editor,
        briefForm({ date: '2026-12-01', intro: 'Chưa có tin.', op: 'publish' }),
      );
      assert.equal(empty.status, 400);
      const emptyHtml = await empty.text();
      assert.match(emptyHtml, /ít nhất một tin/);
      assert.match(emptyHtml, /action="\/quan-tri\/diem-tin\/\d+"/, 'saved as a draft: the form is now that draft’s');
      const future = await t.briefs.get(
        (await t.db.selectFrom('briefs').select('id').where('day', '=', '2026-12-01').executeTakeFirstOrThrow()).id,
      );
      assert.equal(future.status, 'draft', 'the draft was kept');
      const item = { kind: 'outside', title: 'Tin', source: 'Nguồn', url: 'https://example.vn/', summary: '' };
      await postForm(
        t,
        `/quan-tri/diem-tin/${future.id}`,
        editor,
        briefForm({ date: '2026-12-01', intro: 'Có tin.', version: String(future.version), op: 'save' }, [item]),
      );
      assert.equal((await postForm(t, `/quan-tri/diem-tin/${future.id}/xuat-ban`, editor, {})).status, 409);
      assert.equal((await t.request('/diem-tin/2026-12-01')).status, 404);
      for (const path of ['/quan-tri/diem-tin/999999', '/quan-tri/diem-tin/abc', '/quan-tri/diem-tin/0/xem-truoc'])
        assert.equal((await t.request(path, { headers: { cookie: editor.cookie } })).status, 404, path);
      assert.equal((await postForm(t, '/quan-tri/diem-tin/999999/xuat-ban', editor, {})).status, 404);
      const gone = await postForm(
        t,
        '/quan-tri/diem-tin/moi',
        editor,
        briefForm({ date: '2026-12-02', intro: 'x', op: 'save' }, [{ kind: 'article', articleId: '999999' }]),
      );
      assert.equal(gone.status, 400);
      assert.match(await gone.text(), /không còn được xuất bản/);
    });

    it('refuses every address but http(s), in the form and the API', async () => {
      const bad = [
        'javascript:alert(1)',
        'JaVaScRiPt:alert(1)',
        ' javascript:alert(1)',
        'java\tscript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'vbscript:msgbox(1)',
        '//evil.example/x',
        '/tin-tuc/x',
        'https://user:pass@evil.example/',
        'https://exa mple.vn/',
        'ftp://example.vn/',
      ];
      for (const url of bad) {
        const item = { kind: 'outside', title: 'T', source: 'S', url, summary: '' };
        const res = await postForm(
          t,
          '/quan-tri/diem-tin/moi',
          editor,
          briefForm({ date: '2026-10-01', intro: 'x', op: 'save' }, [item]),
        );
        assert.equal(res.status, 400, url);
        assert.match(await res.text(), /bắt đầu bằng http:\/\/ hoặc https:\/\//);
      }
      const api = await t.request('/api/v1/briefs', {
        method: 'POST',
        headers: {
          cookie: editor.cookie,
          'x-csrf-token': editor.csrf,
          origin: ORIGIN,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          date: '2026-10-01',
          intro: 'x',
          items: [{ kind: 'outside', title: 'T', source: 'S', url: 'javascript:alert(1)' }],
        }),
      });
      assert.equal(api.status, 400);
      assert.match((await api.json()).error.fields.items, /http:\/\/ hoặc https:/);
      assert.equal(
        await t.db.selectFrom('briefs').select('id').where('day', '=', '2026-10-01').executeTakeFirst(),
        undefined,
      );
    });

    it('creates and publishes through the API with a personal token; refuses others', async () => {
      const created = await postForm(t, '/quan-tri/ma-api', editor, { name: 'Điểm tin tự động', expiry: '30' });
      const token = /ct_[A-Za-z0-9_-]{43}/.exec(await created.text())![0];
      const call = (path: string, body: unknown, auth = `Bearer ${token}`) =>
        t.request(path, {
          method: 'POST',
          headers: { authorization: auth, origin: ORIGIN, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const brief = {
        date: '2026-10-20',
        intro: 'Bản tin gửi bằng mã API.',
        items: [
          { kind: 'article', articleId },
          { kind: 'outside', title: 'Tin', source: 'Báo Nhân Dân', url: 'https://nhandan.vn/x' },
        ],
      };
      const made = await call('/api/v1/briefs', brief);
      assert.equal(made.status, 201);
      const state = await made.json();
      assert.equal(state.status, 'draft');
      const published = await call(`/api/v1/briefs/${state.id}/publish`, {});
      assert.equal(published.status, 200);
      assert.equal((await published.json()).status, 'published');
      assert.equal((await t.request('/diem-tin/2026-10-20')).status, 200);
      const put = (body: unknown) =>
        t.request(`/api/v1/briefs/${state.id}`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${token}`, origin: ORIGIN, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const change = { ...brief, intro: 'Lời dẫn sửa qua API.', version: state.version + 1 };
      const noReason = await put(change);
      assert.equal(noReason.status, 400);
      assert.ok((await noReason.json()).error.fields.reason);
      const changed = await put({ ...change, reason: 'Sửa lời dẫn' });
      assert.equal(changed.status, 200);
      assert.equal((await changed.json()).version, state.version + 2);
      assert.match(await (await t.request('/diem-tin/2026-10-20')).text(), /Lời dẫn sửa qua API\./);
      assert.equal((await put({ ...change, reason: 'Lần nữa' })).status, 409, 'a stale version');
      assert.equal(
        (
          await t.request('/api/v1/briefs/999999', {
            method: 'PUT',
            headers: { authorization: `Bearer ${token}`, origin: ORIGIN, 'content-type': 'application/json' },
            body: JSON.stringify(change),
          })
        ).status,
        404,
      );
      assert.equal((await call('/api/v1/briefs/999999/publish', {})).status, 404);
      assert.equal((await call('/api/v1/briefs/abc/publish', {})).status, 404);
      assert.equal((await call('/api/v1/briefs', { ...brief, date: '2026-10-21' }, '')).status, 401);
      assert.equal((await call('/api/v1/briefs', { ...brief, extra: 1 })).status, 400);
      const contributor = await loginAs(t, 'congtacvien@congtin.demo', PASSWORD);
      const refused = await t.request('/api/v1/briefs', {
        method: 'POST',
        headers: {
          cookie: contributor.cookie,
          'x-csrf-token': contributor.csrf,
          origin: ORIGIN,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ ...brief, date: '2026-10-22' }),
      });
      assert.equal(refused.status, 403);
      const noCsrf = await t.request('/api/v1/briefs', {
        method: 'POST',
        headers: { cookie: editor.cookie, origin: ORIGIN, 'content-type': 'application/json' },
        body: JSON.stringify({ ...brief, date: '2026-10-22' }),
      });
      assert.equal(noCsrf.status, 403);
    });

    it('escapes hostile text in every field on every page that shows it', async () => {
      const evil = `<script>alert(1)</script>"'><img src=x onerror=alert(2)>`;
      const ctx = await ctxOf('bientap@congtin.demo');
      const brief = await t.briefs.create(ctx, {
        date: '2026-10-10',
        intro: `Lời dẫn ${evil}`,
        items: [
          {
            kind: 'outside',
            title: `Tiêu đề ${evil}`,
            source: `Nguồn ${evil}`,
            url: 'https://example.vn/?q="><script>alert(3)</script>',
            summary: `Tóm tắt ${evil}`,
          },
        ],
      });
      await t.briefs.publish(ctx, brief.id);
      const pages = [
        '/diem-tin/2026-10-10',
        '/diem-tin?thang=2026-10',
        '/diem-tin?trang=1',
        `/quan-tri/diem-tin/${brief.id}`,
        `/quan-tri/diem-tin/${brief.id}/xem-truoc`,
      ];
      for (const path of pages) {
        const html = await (await t.request(path, { headers: { cookie: editor.cookie } })).text();
        assert.doesNotMatch(html, /<script>alert|<img src=x/, path);
      }
      const day = await (await t.request('/diem-tin/2026-10-10')).text();
      assert.match(day, /Tiêu đề &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
      assert.match(day, /href="https:\/\/example\.vn\/\?q=%22%3E%3Cscript%3Ealert\(3\)%3C\/script%3E"/);
      const rss = await (await t.request('/diem-tin/rss.xml')).text();
      parseXml(rss);
      // In RSS the description is HTML escaped once more: a reader unescapes once and sees text.
      assert.doesNotMatch(rss, /&lt;script&gt;alert/);
      const picker = await postForm(
        t,
        '/quan-tri/diem-tin/moi',
        editor,
        briefForm({ date: '', intro: evil, op: 'search', q: evil }),
      );
      assert.equal(picker.status, 200);
      assert.doesNotMatch(await picker.text(), /<script>alert|<img src=x/);
      const api = await (await t.request('/api/v1/briefs?from=2026-10-10&to=2026-10-10')).json();
      assert.equal(api.items[0].intro, `Lời dẫn ${evil}`, 'the API gives the text as typed, for its clients to escape');
    });

    it('finds briefs by words without diacritics and survives hostile search input', async () => {
      const listed = t.briefs.listed();
      assert.equal(listed.kind, 'brief');
      const hits = await listed.search('chuyen doi so', 5);
      assert.ok(hits.length > 0);
      assert.match(hits[0]!.url, /^\/diem-tin\/\d{4}-\d{2}-\d{2}$/);
      assert.ok(hits[0]!.title.startsWith('Điểm tin sáng ngày'));
      for (const words of ["%' OR 1=1 --", '_%_', '\\', '"*" NEAR()', '\u0000', 'a'.repeat(200), '* OR *', '']) {
        const found = await listed.search(words, 10);
        assert.ok(Array.isArray(found), words);
      }
      assert.equal((await listed.search('%', 10)).length, 0, 'a bare % matches nothing');
      const pages = await listed.listPages();
      assert.ok(pages.some((p) => p.path === `/diem-tin/${TODAY}`));
      assert.ok(!pages.some((p) => p.path === '/diem-tin/2026-12-01'), 'drafts are not listed');
    });

    it('tells the editor on the dashboard whether today’s brief is out', async () => {
      const home = await (await t.request('/quan-tri', { headers: { cookie: editor.cookie } })).text();
      assert.match(home, /Đã phát hành bản tin hôm nay/);
      t.clock.set('2026-11-27T18:00:00Z'); // 01:00 on the 28th in Vietnam: no brief yet
      try {
        // A session of that hour (the editor's own would have timed out by then).
        const later = await loginAs(t, 'bientap@congtin.demo', PASSWORD);
        const next = await (await t.request('/quan-tri', { headers: { cookie: later.cookie } })).text();
        assert.match(next, /Chưa phát hành bản tin hôm nay/);
      } finally {
        t.clock.set('2026-11-27T03:00:00Z');
      }
    });

    it('lets the editor choose the task a publication feeds, and refuses an unknown one', async () => {
      const list = await t.request('/quan-tri/diem-tin', { headers: { cookie: editor.cookie } });
      const html = await list.text();
      const task = await dailyTask();
      assert.match(html, new RegExp(`<option value="${task.id}" selected="">`));
      assert.equal((await postForm(t, '/quan-tri/diem-tin/nhiem-vu', editor, { taskId: '999999' })).status, 400);
      assert.equal((await postForm(t, '/quan-tri/diem-tin/nhiem-vu', editor, { taskId: '' })).status, 303);
      assert.equal((await t.briefs.taskSetting()).taskId, null);
      assert.equal((await postForm(t, '/quan-tri/diem-tin/nhiem-vu', editor, { taskId: String(task.id) })).status, 303);
      assert.equal((await t.briefs.taskSetting()).taskId, task.id);
    });
  });
}

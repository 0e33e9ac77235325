// Attacks on the morning brief: a script address (javascript:, data:, vbscript:, hidden by case,
// spaces, tabs or credentials) typed as an outside source's URL; markup typed into any text field
// of a brief, to run on the public pages, the feed or the staff pages; making the server fetch an
// outside address; and publishing one day several times at once to file its plan report twice.
// Both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LatestBriefBlock, safeOutsideUrl } from '../../src/modules/briefs/index.js';
import { renderDocument } from '../../src/platform/views/render.js';
import { dialectsUnderTest } from '../support/databases.js';
import { loginAs, ORIGIN, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SCRIPT_URLS = [
  'javascript:alert(document.cookie)',
  'JAVASCRIPT:alert(1)',
  '  javascript:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  'javascript&#58;alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/',
  'https://user:secret@evil.example/',
  'https:alert(1)',
  'https://',
];
const MARKUP = `</a><script>alert(1)</script><img src=x onerror=alert(2)><svg onload=alert(3)>`;

for (const dialect of dialectsUnderTest()) {
  describe(`morning brief attacks (${dialect})`, () => {
    let t: TestApp;
    let editor: StaffSession;
    let ctx: Parameters<TestApp['briefs']['create']>[0];

    before(async () => {
      t = await startTestApp(dialect);
      editor = await loginAs(t, 'bientap@congtin.demo', 'LaoCai-Demo-2026');
      const u = (await t.accounts.service.listUsers()).find((x) => x.email === 'bientap@congtin.demo')!;
      ctx = { actor: { id: u.id, name: u.name, email: u.email, roles: u.roles, unitId: null }, requestId: 'attack' };
    });
    after(() => t.dispose());

    it('never stores an outside address that is not http(s) with a host', async () => {
      for (const url of SCRIPT_URLS) {
        assert.equal(safeOutsideUrl(url), undefined, url);
        const res = await t.request('/api/v1/briefs', {
          method: 'POST',
          headers: {
            cookie: editor.cookie,
            'x-csrf-token': editor.csrf,
            origin: ORIGIN,
            'content-type': 'application/json',
          },
          body: JSON.stringify({
            date: '2026-09-01',
            intro: 'Thử địa chỉ độc.',
            items: [{ kind: 'outside', title: 'Tin', source: 'Nguồn', url }],
          }),
        });
        assert.equal(res.status, 400, url);
      }
      assert.equal(
        await t.db.selectFrom('briefs').select('id').where('day', '=', '2026-09-01').executeTakeFirst(),
        undefined,
      );
      assert.equal(safeOutsideUrl('https://baolaocai.vn/a?b=1#c'), 'https://baolaocai.vn/a?b=1#c');
    });

    it('shows markup typed in any field as text, on the public pages, the feed, the home block and the staff pages', async () => {
      const brief = await t.briefs.create(ctx, {
        date: '2026-11-16',
        intro: `Lời dẫn ${MARKUP}`,
        items: [
          {
            kind: 'outside',
            title: `Tiêu đề ${MARKUP}`,
            source: `Nguồn ${MARKUP}`,
            url: `https://example.vn/"onmouseover="alert(4)`,
            summary: `Tóm tắt ${MARKUP}`,
          },
        ],
      });
      await t.briefs.publish(ctx, brief.id);
      const hostile = /<script>alert|<img src=x|<svg onload|"onmouseover=/;
      for (const path of ['/diem-tin/2026-11-16', '/diem-tin?thang=2026-11', '/diem-tin']) {
        const res = await t.request(path);
        assert.ok(res.status < 500, path);
        assert.doesNotMatch(await res.text(), hostile, path);
      }
      for (const path of [
        `/quan-tri/diem-tin/${brief.id}`,
        `/quan-tri/diem-tin/${brief.id}/xem-truoc`,
        '/quan-tri/diem-tin',
      ])
        assert.doesNotMatch(
          await (await t.request(path, { headers: { cookie: editor.cookie } })).text(),
          hostile,
          path,
        );
      // A feed reader unescapes the description once: what it gets must still be text.
      const rss = await (await t.request('/diem-tin/rss.xml')).text();
      const descriptions = [...rss.matchAll(/<description>([^<]*)<\/description>/g)].map((m) =>
        m[1]!
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      );
      assert.ok(descriptions.some((d) => d.includes('Lời dẫn')));
      for (const d of descriptions) assert.doesNotMatch(d, hostile);
      const block = (await renderDocument(LatestBriefBlock({ brief: await t.briefs.get(brief.id) })!)).toString();
      assert.doesNotMatch(block, hostile);
      assert.match(block, /rel="noopener noreferrer"/);
    });

    it('never fetches an outside address: composing, publishing and showing stay on this server', async () => {
      const original = globalThis.fetch;
      const fetched: string[] = [];
      globalThis.fetch = (async (input: string | URL | Request) => {
        fetched.push(String(input));
        throw new Error('no outside requests');
      }) as typeof fetch;
      try {
        const brief = await t.briefs.create(ctx, {
          date: '2026-09-03',
          intro: 'Thử xem máy chủ có tải trang ngoài không.',
          items: [
            {
              kind: 'outside',
              title: 'Tin',
              source: 'Nguồn',
              url: 'http://169.254.169.254/latest/meta-data/',
              summary: '',
            },
          ],
        });
        await t.briefs.publish(ctx, brief.id);
        assert.equal((await t.request('/diem-tin/2026-09-03')).status, 200);
        assert.equal(
          (await t.request(`/quan-tri/diem-tin/${brief.id}/xem-truoc`, { headers: { cookie: editor.cookie } })).status,
          200,
        );
      } finally {
        globalThis.fetch = original;
      }
      assert.deepEqual(fetched, []);
    });

    it('files one plan report when the same day is published several times at once', async () => {
      const { taskId } = await t.briefs.taskSetting();
      assert.ok(taskId);
      // The demo left 12 days ago without a brief: today's clock is 2026-11-27.
      const day = '2026-11-15';
      const brief = await t.briefs.create(ctx, {
        date: day,
        intro: 'Bản tin bù.',
        items: [{ kind: 'outside', title: 'Tin', source: 'Nguồn', url: 'https://example.vn/', summary: '' }],
      });
      const results = await Promise.allSettled([1, 2, 3, 4].map(() => t.briefs.publish(ctx, brief.id)));
      assert.ok(results.some((r) => r.status === 'fulfilled'));
      for (const r of results) if (r.status === 'rejected') assert.equal(r.reason.status, 409);
      await t.briefs.publish(ctx, brief.id);
      const reports = await t.db
        .selectFrom('progress_reports')
        .select('id')
        .where('task_id', '=', taskId)
        .where('occurrence_key', '=', day)
        .execute();
      assert.equal(reports.length, 1);
    });
  });
}

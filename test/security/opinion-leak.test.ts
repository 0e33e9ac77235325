// A restricted case never leaks to a reader (both databases): a unit reporter files a report with a
// "điểm nóng" case whose text carries a unique word, then every public answer of the seeded
// install is fetched — the home page, every page the sitemap lists and every page those link to
// (categories, articles, briefs, events, documents, English pages), search for that word (HTML and
// the JSON API), RSS, the calendar feed, the API's description — and none of them holds it.
// The staff pages that do hold it answer an anonymous reader with the login page only.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { loginAs, postForm } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SECRET = 'Zqxvuonmat7391';
/** As long as SECRET, written nowhere. */
const CONTROL = 'Zqxvuonkhac8402';
const CASE_TEXT = `Vụ việc ${SECRET} tại bản Khuất Núi`;
const MAX_PAGES = 400;

const FIXED = [
  '/',
  '/rss.xml',
  '/diem-tin/rss.xml',
  '/sitemap.xml',
  '/so-do-trang',
  '/robots.txt',
  '/su-kien/lich.ics',
  '/thong-ke',
  '/van-ban',
  '/su-kien',
  '/diem-tin',
  '/en',
  `/tim-kiem?q=${SECRET}`,
  `/van-ban?q=${SECRET}`,
  `/api/v1/articles?q=${SECRET}`,
  `/api/v1/documents?q=${SECRET}`,
  '/api/v1/openapi.json',
];

/** Same-site links and sitemap entries of a public answer, staff and API pages aside. */
function linksIn(body: string): string[] {
  const found = [
    ...[...body.matchAll(/href="(\/[^"#]*)"/g)].map((m) => m[1]!),
    ...[...body.matchAll(/<loc>https:\/\/congtin\.test(\/[^<]*)<\/loc>/g)].map((m) => m[1]!),
  ];
  return found
    .map((link) => link.replace(/&amp;/g, '&'))
    .filter(
      (link) =>
        !link.startsWith('/quan-tri') &&
        !link.startsWith('/dang-') &&
        !/\.(css|js|png|jpe?g|webp|svg|ico|pdf|docx)(\?|$)/.test(link),
    );
}

for (const dialect of dialectsUnderTest()) {
  describe(`opinion reports never reach a reader [${dialect}]`, () => {
    let t: TestApp;
    let reportId = 0;

    before(async () => {
      t = await startTestApp(dialect);
      const reporter = await loginAs(t, DEMO_ACCOUNT.unit_reporter, DEMO_PASSWORD);
      const filed = await postForm(t, '/quan-tri/du-luan', reporter, {
        periodKey: '2026-11',
        classification: 'mat',
        membersSituation: `Tình hình ${SECRET} ổn định.`,
        topics: SECRET,
        publicOpinion: `Dư luận ${SECRET}.`,
      });
      assert.equal(filed.status, 303);
      reportId = Number(/(\d+)/.exec(filed.headers.get('location')!)![1]);
      const added = await postForm(t, `/quan-tri/du-luan/${reportId}/vu-viec`, reporter, {
        title: CASE_TEXT,
        severity: 'diem_nong',
        classification: 'mat',
        occurredOn: '20/11/2026',
        place: `Bản Khuất Núi ${SECRET}`,
        people: `Nhóm ${SECRET}`,
        actionsTaken: 'Đối thoại.',
        followUp: 'dang_xu_ly',
      });
      assert.equal(added.status, 303);
    });
    after(() => t.dispose());

    it('is in no public page, feed, search result or API answer', async () => {
      const queue = [...FIXED];
      const seen = new Set<string>();
      while (queue.length > 0 && seen.size < MAX_PAGES) {
        const path = queue.shift()!;
        if (seen.has(path)) continue;
        seen.add(path);
        const res = await t.request(path);
        const body = await res.text();
        assert.ok(res.status < 500, `${path}: ${res.status}`);
        if (path.includes(SECRET)) {
          // A search page repeats its query: it must read exactly as a search for a word nobody wrote.
          const control = await (await t.request(path.replaceAll(SECRET, CONTROL))).text();
          assert.equal(body.replaceAll(SECRET, '?'), control.replaceAll(CONTROL, '?'), `${path} finds the case`);
        } else assert.ok(!body.includes(SECRET), `${path} holds the case's text`);
        assert.ok(!body.includes('Khuất Núi'), `${path} holds the case's place`);
        if ((res.headers.get('content-type') ?? '').match(/html|xml/))
          for (const link of linksIn(body)) queue.push(link);
      }
      assert.ok(seen.size > 40, `${seen.size} public answers read`);
    });

    it('answers an anonymous reader of the staff pages with the way to log in, nothing else', async () => {
      for (const path of [
        `/quan-tri/du-luan/${reportId}`,
        '/quan-tri/du-luan/tong-hop',
        '/quan-tri/du-luan/tong-hop/bao-cao.docx',
      ]) {
        const res = await t.request(path);
        assert.equal(res.status, 303, path);
        assert.ok(!(await res.text()).includes(SECRET), path);
      }
    });
  });
}

// A daily task's page stays usable on real data: its occurrences counted per state and filtered
// (the missed days of the demo's morning brief, 07–11/08/2023, are listed and counted), its reports
// a page at a time newest first, bad addresses refused in Vietnamese, and a refused report form
// that says so at its top with links to the fields and what was typed still there. Both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { loginAs, ORIGIN, postForm, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The occurrence table's rows: [due date, status]. */
const occurrenceRows = (html: string) => {
  const table = html.slice(html.indexOf('class="data-table compact occurrence-table"'));
  const body = table.slice(0, table.indexOf('</table>'));
  return [...body.matchAll(/<tr class="status-row-([a-z_]+)"><td>(\d\d\/\d\d\/\d{4})<\/td>/g)].map((m) => [
    m[2]!,
    m[1]!,
  ]);
};
/** The filed reports' days of work, in page order. */
const reportDays = (html: string) => [...html.matchAll(/ngày thực hiện (\d\d\/\d\d\/\d{4})/g)].map((m) => m[1]!);
const isoOf = (ddmmyyyy: string) => ddmmyyyy.split('/').reverse().join('-');

for (const dialect of dialectsUnderTest()) {
  describe(`a task's page on a daily task [${dialect}]`, () => {
    let t: TestApp;
    let editor: StaffSession;
    let reporter: StaffSession;
    let briefId: number;
    let conferenceId: number;
    let reporterTaskId: number;
    let reporterUnit: string;
    let planId: number;

    const page = async (path: string, session: StaffSession = editor) => {
      const res = await t.request(path, { headers: { cookie: session.cookie } });
      return { status: res.status, html: await res.text() };
    };

    before(async () => {
      t = await startTestApp(dialect, { now: '2026-11-27T03:00:00Z' });
      editor = await loginAs(t, DEMO_ACCOUNT.editor, DEMO_PASSWORD);
      reporter = await loginAs(t, DEMO_ACCOUNT.unit_reporter, DEMO_PASSWORD);
      // The 2023 demo plan, found by its number (other plans may be listed before it).
      const index = await page('/quan-tri/ke-hoach');
      planId = Number(/href="\/quan-tri\/ke-hoach\/(\d+)">Kế hoạch số 132\/KH-ĐUK/.exec(index.html)?.[1]);
      const plan = await page(`/quan-tri/ke-hoach/${planId}`);
      const taskId = (title: RegExp) =>
        Number(new RegExp(`href="/quan-tri/nhiem-vu/(\\d+)">${title.source}`).exec(plan.html)?.[1]);
      briefId = taskId(/Phát hành (?:&quot;|")Điểm tin sáng(?:&quot;|") hằng ngày/);
      conferenceId = taskId(/Hội nghị báo cáo viên hằng tháng/);
      const users = await t.accounts.service.listUsers();
      reporterUnit = String(users.find((u) => u.email === DEMO_ACCOUNT.unit_reporter)!.unitId);
      const own = await page(`/quan-tri/ke-hoach/${planId}`, reporter);
      reporterTaskId = Number(/href="\/quan-tri\/nhiem-vu\/(\d+)"/.exec(own.html)?.[1]);
      assert.ok(briefId > 0 && conferenceId > 0 && reporterTaskId > 0);
    });
    after(() => t.dispose());

    it('counts every occurrence by state, the missed ones first with a link that lists only them', async () => {
      const { status, html } = await page(`/quan-tri/nhiem-vu/${briefId}`);
      assert.equal(status, 200);
      assert.match(
        html,
        new RegExp(`<a class="missed-link" href="/quan-tri/nhiem-vu/${briefId}\\?ky=bo-lo#cac-ky">5 kỳ bỏ lỡ`),
      );
      assert.match(html, /356 kỳ đến nay: 5 bỏ lỡ, 0 nộp muộn, 351 đã xong đúng hạn/);
      for (const label of ['Tất cả \\(356\\)', 'Bỏ lỡ \\(5\\)', 'Nộp muộn \\(0\\)', 'Đã xong đúng hạn \\(351\\)'])
        assert.match(html, new RegExp(label));
      // A month per page, newest first: 31/12 down to 01/12, then the next page.
      const rows = occurrenceRows(html);
      assert.equal(rows.length, 31);
      assert.deepEqual(rows[0], ['31/12/2023', 'done_on_time']);
      assert.deepEqual(rows[30], ['01/12/2023', 'done_on_time']);
      assert.match(html, /Trang 1 \/ 12/);
      const next = await page(`/quan-tri/nhiem-vu/${briefId}?trang-ky=2`);
      assert.deepEqual(occurrenceRows(next.html)[0], ['30/11/2023', 'done_on_time']);
    });

    it('lists only the missed days under "Bỏ lỡ": 07–11/08/2023', async () => {
      const { html } = await page(`/quan-tri/nhiem-vu/${briefId}?ky=bo-lo`);
      assert.deepEqual(occurrenceRows(html), [
        ['11/08/2023', 'overdue'],
        ['10/08/2023', 'overdue'],
        ['09/08/2023', 'overdue'],
        ['08/08/2023', 'overdue'],
        ['07/08/2023', 'overdue'],
      ]);
      assert.match(html, /<a href="[^"]*\?ky=bo-lo#cac-ky" aria-current="page">Bỏ lỡ \(5\)<\/a>/);
    });

    it('lists only the on-time days under "Đã xong", and only the late ones under "Nộp muộn"', async () => {
      const done = await page(`/quan-tri/nhiem-vu/${briefId}?ky=da-xong&trang-ky=5`);
      const rows = occurrenceRows(done.html);
      assert.equal(rows.length, 31);
      assert.ok(rows.every(([, s]) => s === 'done_on_time'));
      // This page spans the gap: 12/08 then 06/08, none of the missed days between.
      const dates = rows.map(([d]) => d);
      assert.ok(dates.includes('12/08/2023') && dates.includes('06/08/2023'), dates.join(' '));
      assert.equal(dates.indexOf('06/08/2023'), dates.indexOf('12/08/2023') + 1);
      assert.match((await page(`/quan-tri/nhiem-vu/${briefId}?ky=nop-muon`)).html, /Không có kỳ nào ở tình trạng này/);
      // The monthly conference: November was reported two days late, March was missed.
      const late = await page(`/quan-tri/nhiem-vu/${conferenceId}?ky=nop-muon`);
      assert.deepEqual(occurrenceRows(late.html), [['25/11/2023', 'done_late']]);
      const missed = await page(`/quan-tri/nhiem-vu/${conferenceId}?ky=bo-lo`);
      assert.ok(occurrenceRows(missed.html).some(([d, s]) => d === '25/03/2023' && s === 'overdue'));
    });

    it('shows the reports 20 a page, newest first, every one of them once across the pages', async () => {
      const first = await page(`/quan-tri/nhiem-vu/${briefId}`);
      assert.match(first.html, /Các báo cáo đã gửi \(351\)/);
      assert.match(first.html, /Báo cáo thứ 1–20 trong 351, mới nhất trước/);
      const days = reportDays(first.html);
      assert.equal(days.length, 20);
      assert.equal(days[0], '31/12/2023');
      assert.deepEqual(
        days.map(isoOf),
        [...days.map(isoOf)].sort((a, b) => b.localeCompare(a)),
      );
      assert.match(first.html, new RegExp(`href="/quan-tri/nhiem-vu/${briefId}\\?trang=2#cac-bao-cao" rel="next"`));
      const second = await page(`/quan-tri/nhiem-vu/${briefId}?trang=2`);
      assert.equal(reportDays(second.html)[0], '11/12/2023');
      const last = await page(`/quan-tri/nhiem-vu/${briefId}?trang=18`);
      const lastDays = reportDays(last.html);
      assert.equal(lastDays.length, 11);
      assert.equal(lastDays.at(-1), '10/01/2023');
      // The occurrences' filter is kept when the reports turn a page.
      const both = await page(`/quan-tri/nhiem-vu/${briefId}?ky=bo-lo&trang=2`);
      assert.equal(occurrenceRows(both.html).length, 5);
      assert.match(both.html, /href="[^"]*\?ky=bo-lo&amp;trang=3#cac-bao-cao" rel="next"/);
    });

    it('refuses a bad filter or page number with a Vietnamese 400, and a page past the end with a 404', async () => {
      const badFilter = await page(`/quan-tri/nhiem-vu/${briefId}?ky=tat-ca%27--`);
      assert.equal(badFilter.status, 400);
      assert.match(badFilter.html, /Bộ lọc kỳ không hợp lệ/);
      for (const bad of ['trang=0', 'trang=abc', 'trang-ky=-1', 'trang=1.5']) {
        const res = await page(`/quan-tri/nhiem-vu/${briefId}?${bad}`);
        assert.equal(res.status, 400, bad);
        assert.match(res.html, /Số trang không hợp lệ/, bad);
      }
      assert.equal((await page(`/quan-tri/nhiem-vu/${briefId}?trang=19`)).status, 404);
      assert.equal((await page(`/quan-tri/nhiem-vu/${briefId}?ky=bo-lo&trang-ky=2`)).status, 404);
      // An empty value is no value: the defaults.
      assert.equal((await page(`/quan-tri/nhiem-vu/${briefId}?ky=&trang=`)).status, 200);
    });

    it('answers a refused report form with the error summary on top, linked to the fields, with the text kept', async () => {
      const form = new FormData();
      form.set('_csrf', reporter.csrf);
      form.set('unitId', reporterUnit);
      form.set('activityDate', '');
      form.set('body', 'Nội dung đang viết dở, chưa có ngày');
      form.append('files', new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' }), 'bien-ban.pdf');
      const encoded = new Request(`${ORIGIN}/`, { method: 'POST', body: form });
      const bytes = await encoded.arrayBuffer();
      const res = await t.request(`/quan-tri/nhiem-vu/${reporterTaskId}/bao-cao`, {
        method: 'POST',
        headers: {
          cookie: reporter.cookie,
          origin: ORIGIN,
          'content-type': encoded.headers.get('content-type')!,
          'content-length': String(bytes.byteLength),
        },
        body: bytes,
      });
      assert.equal(res.status, 400);
      const html = await res.text();
      const summaryAt = html.indexOf('class="error-summary"');
      assert.ok(summaryAt > 0, 'the summary is there');
      assert.ok(summaryAt < html.indexOf('class="task-facts"'), 'at the top, above the task facts');
      const summary = html.slice(summaryAt, html.indexOf('</div>', summaryAt));
      assert.match(summary, /autofocus/);
      assert.match(summary, /<a href="#activityDate">/);
      assert.match(summary, /<a href="#files">Các tệp đính kèm đã chọn chưa được lưu: hãy chọn lại tệp/);
      assert.match(html, /<input id="activityDate"[^>]*>/);
      assert.match(html, /<textarea id="body"[^>]*>Nội dung đang viết dở, chưa có ngày<\/textarea>/);

      const empty = await t.request(`/quan-tri/nhiem-vu/${reporterTaskId}/bao-cao`, {
        method: 'POST',
        headers: { cookie: reporter.cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          _csrf: reporter.csrf,
          unitId: reporterUnit,
          activityDate: '2023-06-15',
          body: '',
        }).toString(),
      });
      assert.equal(empty.status, 400);
      const emptyHtml = await empty.text();
      assert.match(emptyHtml, /<a href="#body">/);
      assert.doesNotMatch(emptyHtml, /hãy chọn lại tệp/, 'no files sent, no word about files');
      assert.match(emptyHtml, /<input id="activityDate"[^>]*value="2023-06-15"/);
    });

    it("keeps an editor's refused confirmation as typed, with the summary on top", async () => {
      const res = await postForm(t, `/quan-tri/nhiem-vu/${briefId}/hoan-thanh`, editor, {
        occurrenceKey: '2023-02-30',
        reason: 'Đã có công văn số 12/CV',
      });
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /class="error-summary"[^>]*autofocus/);
      assert.match(html, /<a href="#occurrenceKey">/);
      assert.match(html, /<textarea id="reason"[^>]*>Đã có công văn số 12\/CV<\/textarea>/);
    });

    it('answers a refused task form with the summary linked to its fields, the typing kept', async () => {
      const res = await postForm(t, `/quan-tri/ke-hoach/${planId}/nhiem-vu`, editor, {
        title: '',
        description: 'Mô tả đang soạn',
        recurrence: 'monthly',
        recurDay: '45',
      });
      assert.equal(res.status, 400);
      const html = await res.text();
      const summaryAt = html.indexOf('class="error-summary"');
      assert.ok(summaryAt > 0 && summaryAt < html.indexOf('class="form form-wide"'), 'the summary is above the form');
      assert.match(html, /<a href="#title">/);
      assert.match(html, /<textarea id="description"[^>]*>Mô tả đang soạn<\/textarea>/);
      assert.match(html, /<input type="radio" id="recurrence-monthly" name="recurrence" value="monthly" checked/);
      // Every link of the summary leads to an element of the page.
      for (const [, id] of html.slice(summaryAt, html.indexOf('</div>', summaryAt)).matchAll(/href="#([^"]+)"/g))
        assert.match(html, new RegExp(`id="${id}"`), id);
    });
  });
}

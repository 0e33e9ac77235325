// Public-opinion reports end to end, on both databases: a unit reporter files a monthly report with
// a "điểm nóng" case; who sees what (their unit's only; leaders and the admin all; editors and
// contributors none); editing until the period closes, to the minute in Vietnam time; on time,
// late and not reported by the deadline in Vietnam time; an audit row for every read of a report
// or a case; the synthesis .docx (a Word file that opens, marked MẬT in its header); settings; bad input.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import { dialectsUnderTest } from '../support/databases.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { loginAs, postForm, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PATH = '/quan-tri/du-luan';
const CASE_TITLE = 'Tụ tập đông người tại bến xe Suối Ngàn';

const report = (over: Record<string, string> = {}) => ({
  periodKey: '2026-11',
  classification: 'noi_bo',
  membersSituation: 'Cán bộ, đảng viên yên tâm công tác.',
  topics: 'Giá điện\nSắp xếp bộ máy',
  publicOpinion: 'Nhân dân đồng tình với chủ trương.',
  ...over,
});

const hotCase = (over: Record<string, string> = {}) => ({
  title: CASE_TITLE,
  severity: 'diem_nong',
  classification: 'mat',
  occurredOn: '20/11/2026',
  place: 'Bến xe Suối Ngàn (giả định)',
  people: 'Khoảng 30 lái xe',
  actionsTaken: 'Đối thoại tại chỗ.',
  followUp: 'dang_xu_ly',
  ...over,
});

const get = async (t: TestApp, path: string, s?: StaffSession) => {
  const res = await t.request(path, { headers: s ? { cookie: s.cookie } : {} });
  return { status: res.status, html: await res.text(), res };
};

const reportIdOf = (location: string | null) => Number(/\/quan-tri\/du-luan\/(\d+)/.exec(location ?? '')?.[1]);

async function auditRows(t: TestApp, target: string) {
  return t.db
    .selectFrom('audit_log')
    .select(['action', 'actor', 'at'])
    .where('target', '=', target)
    .orderBy('id')
    .execute();
}

for (const dialect of dialectsUnderTest()) {
  describe(`opinion reports [${dialect}]`, () => {
    let t: TestApp;
    const s = {} as Record<'admin' | 'leader' | 'editor' | 'contributor' | 'reporter' | 'other', StaffSession>;
    let reportId = 0;
    let caseId = 0;
    let otherUnitReport = 0;
    const emails: Record<string, string> = {
      admin: DEMO_ACCOUNT.admin,
      leader: DEMO_ACCOUNT.leader,
      editor: DEMO_ACCOUNT.editor,
      contributor: DEMO_ACCOUNT.contributor,
      reporter: DEMO_ACCOUNT.unit_reporter,
      other: 'yte@congtin.test',
    };
    const passwords: Record<string, string> = { other: 'Suoi-Ngan-Thu-Nghiem-2026' };

    before(async () => {
      // Friday 27/11/2026 10:00 in Vietnam: November is open, its deadline is 05/12, it closes 15/12.
      t = await startTestApp(dialect, { now: '2026-11-27T03:00:00Z' });
      s.admin = await loginAs(t, DEMO_ACCOUNT.admin, DEMO_PASSWORD);
      s.leader = await loginAs(t, DEMO_ACCOUNT.leader, DEMO_PASSWORD);
      s.editor = await loginAs(t, DEMO_ACCOUNT.editor, DEMO_PASSWORD);
      s.contributor = await loginAs(t, DEMO_ACCOUNT.contributor, DEMO_PASSWORD);
      s.reporter = await loginAs(t, DEMO_ACCOUNT.unit_reporter, DEMO_PASSWORD);
      const health = (await t.units.listTree()).find((u) => u.name === 'Đảng bộ Sở Y tế')!;
      await t.accounts.service.createUser({
        email: 'yte@congtin.test',
        name: 'Đơn vị Y tế',
        password: 'Suoi-Ngan-Thu-Nghiem-2026',
        roles: ['unit_reporter'],
        unitId: health.id,
      });
      s.other = await loginAs(t, 'yte@congtin.test', 'Suoi-Ngan-Thu-Nghiem-2026');
      otherUnitReport = (
        await t.db
          .selectFrom('opinion_reports')
          .select('id')
          .where('unit_id', '=', health.id)
          .orderBy('id')
          .executeTakeFirstOrThrow()
      ).id;
    });
    after(() => t.dispose());

    /** Moves the clock, and signs everyone in again (a session lasts 12 hours at most). */
    async function setClock(iso: string) {
      t.clock.set(iso);
      for (const [who, email] of Object.entries(emails))
        s[who as keyof typeof s] = await loginAs(t, email, passwords[who] ?? DEMO_PASSWORD);
    }

    it('has six months of demo reports from several units, some late, some missing', async () => {
      const rows = await t.db.selectFrom('opinion_reports').select(['period_key', 'unit_id']).execute();
      const periods = new Set(rows.map((r) => r.period_key));
      assert.deepEqual([...periods].sort(), ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
      assert.ok(new Set(rows.map((r) => r.unit_id)).size >= 5);
      const severities = await t.db.selectFrom('opinion_cases').select('severity').distinct().execute();
      assert.equal(severities.length, 4);
      const page = await get(t, `${PATH}/tong-hop?ky=2026-10`, s.leader);
      assert.equal(page.status, 200);
      assert.match(page.html, /Nộp muộn/);
      assert.match(page.html, /Chưa báo cáo \(quá hạn\)/);
    });

    it('lets the unit reporter file the month with one "điểm nóng" case', async () => {
      const form = await get(t, `${PATH}/moi`, s.reporter);
      assert.equal(form.status, 200);
      assert.match(form.html, /<option value="2026-11"[^>]*>Tháng 11\/2026<\/option>/);
      const filed = await postForm(t, PATH, s.reporter, report());
      assert.equal(filed.status, 303);
      reportId = reportIdOf(filed.headers.get('location'));
      assert.ok(reportId > 0);
      const added = await postForm(t, `${PATH}/${reportId}/vu-viec`, s.reporter, hotCase());
      assert.equal(added.status, 303);
      caseId = (
        await t.db.selectFrom('opinion_cases').select('id').where('report_id', '=', reportId).executeTakeFirstOrThrow()
      ).id;
      const page = await get(t, `${PATH}/${reportId}`, s.reporter);
      assert.equal(page.status, 200);
      assert.match(page.html, new RegExp(CASE_TITLE));
      assert.match(page.html, /Điểm nóng/);
      const again = await postForm(t, PATH, s.reporter, report());
      assert.equal(again.status, 409, 'November is filed: no second report');
      assert.equal(
        (await t.db.selectFrom('opinion_reports').select('id').where('period_key', '=', '2026-11').execute()).length,
        1,
      );
    });

    it('shows a report to its unit, the leader and the admin only', async () => {
      for (const who of ['reporter', 'leader', 'admin'] as const)
        assert.equal((await get(t, `${PATH}/${reportId}`, s[who])).status, 200, who);
      for (const who of ['editor', 'contributor', 'other'] as const)
        assert.equal((await get(t, `${PATH}/${reportId}`, s[who])).status, 403, who);
      assert.equal((await get(t, `${PATH}/${otherUnitReport}`, s.reporter)).status, 403);
      const list = await get(t, PATH, s.reporter);
      assert.doesNotMatch(list.html, /Đảng bộ Sở Y tế/, 'another unit is not listed');
      const all = await get(t, PATH, s.leader);
      assert.match(all.html, /Đảng bộ Sở Y tế/);
      assert.equal((await get(t, PATH, s.editor)).status, 403);
      const anonymous = await get(t, `${PATH}/${reportId}`);
      assert.equal(anonymous.status, 303);
    });

    it('writes an audit row for every read of a report and of a case', async () => {
      const before = (await auditRows(t, `opinion_report:${reportId}`)).length;
      const beforeCase = (await auditRows(t, `opinion_case:${caseId}`)).length;
      await get(t, `${PATH}/${reportId}`, s.leader);
      const reads = (await auditRows(t, `opinion_report:${reportId}`)).slice(before);
      assert.deepEqual(
        reads.map((r) => [r.action, r.actor]),
        [['opinion.report_read', DEMO_ACCOUNT.leader]],
      );
      assert.equal(reads[0]!.at, t.clock.now().toISOString());
      const caseReads = (await auditRows(t, `opinion_case:${caseId}`)).slice(beforeCase);
      assert.deepEqual(
        caseReads.map((r) => r.action),
        ['opinion.case_read'],
      );
      // The case's edit form and the overview's open cases are reads too.
      await get(t, `${PATH}/vu-viec/${caseId}`, s.reporter);
      await get(t, `${PATH}/tong-hop?ky=2026-11`, s.leader);
      const later = (await auditRows(t, `opinion_case:${caseId}`)).slice(beforeCase).map((r) => [r.action, r.actor]);
      assert.deepEqual(later, [
        ['opinion.case_read', DEMO_ACCOUNT.leader],
        ['opinion.case_read', DEMO_ACCOUNT.unit_reporter],
        ['opinion.case_read', DEMO_ACCOUNT.leader],
      ]);
      // A refused read is no read: it leaves a permission.denied row, not a read row.
      const n = (await auditRows(t, `opinion_report:${reportId}`)).length;
      await get(t, `${PATH}/${reportId}`, s.editor);
      assert.equal((await auditRows(t, `opinion_report:${reportId}`)).length, n);
    });

    it('tells on time, late and not reported apart at the deadline, in Vietnam time', async () => {
      // 05/12 23:59:59 in Vietnam is 16:59:59 UTC: still on time.
      await setClock('2026-12-05T16:59:59Z');
      const lastMoment = await postForm(t, PATH, s.other, report());
      assert.equal(lastMoment.status, 303);
      const overview = await get(t, `${PATH}/tong-hop?ky=2026-11`, s.leader);
      assert.match(overview.html, /<td>Đảng bộ Sở Y tế<\/td>|Đảng bộ Sở Y tế<\/a><\/td>\s*<td>Đúng hạn<\/td>/);
      assert.match(overview.html, /Chưa báo cáo \(chưa đến hạn\)/);
      // 06/12 00:00 in Vietnam: the deadline has passed; a unit without a report is now missing.
      await setClock('2026-12-05T17:00:00Z');
      const after = await get(t, `${PATH}/tong-hop?ky=2026-11`, s.leader);
      assert.doesNotMatch(after.html, /chưa đến hạn/);
      assert.match(after.html, /Chưa báo cáo \(quá hạn\)/);
      const standings = await t.db
        .selectFrom('opinion_reports')
        .select(['unit_id', 'filed_at'])
        .where('period_key', '=', '2026-11')
        .execute();
      assert.equal(standings.length, 2);
    });

    it('files after the deadline as late, and lets the unit edit until the period closes', async () => {
      await setClock('2026-12-06T01:00:00Z');
      const root = (await t.units.listTree()).find((u) => u.name === 'Chi bộ Sở Tư pháp')!;
      await t.accounts.service.createUser({
        email: 'tuphap@congtin.test',
        name: 'Đơn vị Tư pháp',
        password: 'Suoi-Ngan-Thu-Nghiem-2026',
        roles: ['unit_reporter'],
        unitId: root.id,
      });
      const late = await loginAs(t, 'tuphap@congtin.test', 'Suoi-Ngan-Thu-Nghiem-2026');
      const filed = await postForm(t, PATH, late, report());
      assert.equal(filed.status, 303);
      const overview = await get(t, `${PATH}/tong-hop?ky=2026-11`, s.leader);
      assert.match(overview.html, /Chi bộ Sở Tư pháp<\/a><\/td>\s*<td>Nộp muộn<\/td>/);
      // 15/12 23:59 in Vietnam: the last minute of the grace days.
      await setClock('2026-12-15T16:59:00Z');
      const edited = await postForm(t, `${PATH}/${reportId}`, s.reporter, report({ publicOpinion: 'Đã bổ sung.' }));
      assert.equal(edited.status, 303);
      // 16/12 00:00 in Vietnam: closed for the unit, still open to the admin's corrections.
      await setClock('2026-12-15T17:00:00Z');
      const refused = await postForm(t, `${PATH}/${reportId}`, s.reporter, report({ publicOpinion: 'Quá hạn sửa.' }));
      assert.equal(refused.status, 403);
      assert.equal((await postForm(t, `${PATH}/${reportId}/vu-viec`, s.reporter, hotCase())).status, 403);
      const page = await get(t, `${PATH}/${reportId}`, s.reporter);
      assert.match(page.html, /Kỳ báo cáo đã khóa/);
      const row = await t.db
        .selectFrom('opinion_reports')
        .select('public_opinion')
        .where('id', '=', reportId)
        .executeTakeFirstOrThrow();
      assert.equal(row.public_opinion, 'Đã bổ sung.');
      assert.equal(
        (await postForm(t, `${PATH}/${reportId}`, s.admin, report({ publicOpinion: 'Quản trị sửa.' }))).status,
        303,
      );
    });

    it('gives the leader the synthesis as a Word file marked MẬT in its header', async () => {
      const res = await t.request(`${PATH}/tong-hop/bao-cao.docx?ky=2026-11`, { headers: { cookie: s.leader.cookie } });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /wordprocessingml/);
      assert.match(res.headers.get('content-disposition')!, /bao-cao-tong-hop-du-luan-2026-11\.docx/);
      const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
      const body = await zip.file('word/document.xml')!.async('string');
      assert.match(body, new RegExp(CASE_TITLE));
      assert.match(body, /ĐẢNG CỘNG SẢN VIỆT NAM/);
      assert.match(body, /BÁO CÁO TỔNG HỢP/);
      const headers = await Promise.all(
        Object.keys(zip.files)
          .filter((n) => /^word\/header\d*\.xml$/.test(n))
          .map((n) => zip.file(n)!.async('string')),
      );
      assert.ok(
        headers.some((h) => h.includes('MẬT')),
        'MẬT in a page header',
      );
      assert.equal(
        (await t.request(`${PATH}/tong-hop/bao-cao.docx?ky=2026-11`, { headers: { cookie: s.reporter.cookie } }))
          .status,
        403,
      );
      assert.equal((await get(t, `${PATH}/tong-hop?ky=2026-13`, s.leader)).status, 400);
    });

    it('refuses bad input with a Vietnamese message and writes nothing', async () => {
      await setClock('2026-12-01T03:00:00Z');
      const openReport = (
        await t.db
          .selectFrom('opinion_reports')
          .select('id')
          .where('period_key', '=', '2026-11')
          .where('unit_id', '=', (await t.units.listTree()).find((u) => u.name === 'Chi bộ Sở Tư pháp')!.id)
          .executeTakeFirstOrThrow()
      ).id;
      const admin = s.admin;
      const count = async () => (await t.db.selectFrom('opinion_cases').select('id').execute()).length;
      const n = await count();
      const bad = await postForm(
        t,
        `${PATH}/${openReport}/vu-viec`,
        admin,
        hotCase({ occurredOn: '31/02/2026', severity: 'rat_nong', title: '' }),
      );
      assert.equal(bad.status, 400);
      const html = await bad.text();
      assert.match(html, /Hãy nhập ngày có thật/);
      assert.match(html, /Hãy chọn một mục trong danh sách/);
      assert.match(html, /Hãy điền mục này/);
      assert.equal(await count(), n);
      const future = await postForm(t, `${PATH}/${openReport}/vu-viec`, admin, hotCase({ occurredOn: '25/12/2026' }));
      assert.equal(future.status, 400);
      const settings = await postForm(t, `${PATH}/cai-dat`, admin, {
        periodKind: 'month',
        deadlineDay: '31',
        graceDays: '5',
      });
      assert.equal(settings.status, 400);
      assert.match(await settings.text(), /từ 1 đến 28/);
      assert.equal((await get(t, `${PATH}/abc`, admin)).status, 404);
      assert.equal((await get(t, `${PATH}/999999`, admin)).status, 404);
    });

    it('lets the admin set a quarterly period and its deadline', async () => {
      const saved = await postForm(t, `${PATH}/cai-dat`, s.admin, {
        periodKind: 'quarter',
        deadlineDay: '10',
        graceDays: '0',
      });
      assert.equal(saved.status, 303);
      const list = await get(t, PATH, s.reporter);
      assert.match(list.html, /Kỳ báo cáo: hằng quý\. Hạn nộp: ngày 10/);
      const form = await get(t, `${PATH}/moi`, s.reporter);
      assert.match(form.html, /Quý IV\/2026/);
    });
  });
}

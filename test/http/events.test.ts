// Sự kiện, both databases: the demo's events and anniversaries, the public list (upcoming first,
// the kind filter, pages), event pages (slug, redirect, drafts and unknown ids 404), the staff
// form (bad dates, unknown units and tasks), registrations (own unit only, capacity, a race for
// the last seats, closed once started), results feeding the plan task, one-click anniversary
// events, the calendar feed (parsed with ical.js), the JSON API and its bad parameters, search.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import type { EventContext } from '../../src/modules/events/index.js';
import { dialectsUnderTest } from '../support/databases.js';
import { loginAs, postForm, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PASSWORD = 'LaoCai-Demo-2026';

const eventForm = (fields: Record<string, string> = {}) => ({
  title: 'Hội thảo khoa học về công tác dân vận',
  kind: 'seminar',
  startsAt: '2027-01-10T08:00',
  endsAt: '2027-01-10T11:30',
  place: 'Hội trường tầng 3',
  unitId: '',
  description: 'Đoạn một.\n\nĐoạn hai.',
  taskId: '',
  capacity: '',
  published: '1',
  ...fields,
});

for (const dialect of dialectsUnderTest()) {
  describe(`events [${dialect}]`, () => {
    let t: TestApp;
    let editor: StaffSession;
    let reporter: StaffSession;
    let editorCtx: EventContext;
    let reporterCtx: EventContext;
    let classId: number;

    before(async () => {
      t = await startTestApp(dialect);
      editor = await loginAs(t, 'bientap@congtin.demo', PASSWORD);
      reporter = await loginAs(t, 'donvi@congtin.demo', PASSWORD);
      const users = await t.accounts.service.listUsers();
      const ctxOf = (email: string): EventContext => {
        const u = users.find((x) => x.email === email)!;
        return { actor: { id: u.id, name: u.name, email: u.email, roles: u.roles, unitId: u.unitId }, requestId: 't' };
      };
      editorCtx = ctxOf('bientap@congtin.demo');
      reporterCtx = ctxOf('donvi@congtin.demo');
      classId = (await t.events.listForStaff(1, 100)).items.find((e) => e.kind === 'class')!.id;
    });
    after(() => t.dispose());

    const staffGet = (path: string, s: StaffSession) => t.request(path, { headers: { cookie: s.cookie } });

    it('/su-kien lists upcoming events soonest first, then past ones, and the coming anniversaries', async () => {
      const res = await t.request('/su-kien');
      assert.equal(res.status, 200);
      const html = await res.text();
      const conference = html.indexOf('Hội nghị sơ kết công tác tuyên giáo');
      const klass = html.indexOf('Lớp bồi dưỡng lý luận chính trị cho đảng viên mới');
      const contest = html.indexOf('Bí thư chi bộ giỏi');
      const seminar = html.indexOf('Tọa đàm');
      assert.ok(conference > 0 && conference < klass && klass < contest && contest < seminar, 'order');
      assert.ok(html.indexOf('Sắp diễn ra') < html.indexOf('Đã diễn ra'));
      // 03/02/1930 → 97 years on 03/02/2027; the Bloc committee (18/11/2008) → 19 on 18/11/2027.
      assert.match(html, /03\/02\/2027<\/time> <strong>Kỷ niệm 97 năm<\/strong> Ngày thành lập Đảng Cộng sản Việt Nam/);
      assert.match(html, /18\/11\/2027<\/time> <strong>Kỷ niệm 19 năm<\/strong> ngày thành lập Đảng ủy Khối/);
      assert.match(html, /href="\/su-kien\/lich\.ics"/);
      // The demo made the Party's 97th anniversary into a public event, which says what it marks.
      const api = await (await t.request('/api/v1/events?from=2027-02-03&to=2027-02-03&kind=anniversary')).json();
      assert.deepEqual(api.items[0].anniversary, { years: 97, of: 'Ngày thành lập Đảng Cộng sản Việt Nam' });
    });

    it('filters by kind; a bad kind or page is a 400 in Vietnamese, a page past the end a 404', async () => {
      const html = await (await t.request('/su-kien?loai=hoi-thi')).text();
      assert.match(html, /Bí thư chi bộ giỏi/);
      assert.doesNotMatch(html, /Tọa đàm "Học tập/);
      const bad = await t.request('/su-kien?loai=%3Cscript%3E');
      assert.equal(bad.status, 400);
      assert.match(await bad.text(), /Loại sự kiện không hợp lệ/);
      assert.equal((await t.request('/su-kien?trang=abc')).status, 400);
      assert.equal((await t.request('/su-kien?trang=99')).status, 404);
    });

    it('an event page by its slug; another slug redirects; unknown ids and drafts are 404', async () => {
      const contest = (await t.events.listForStaff(1, 100)).items.find((e) => e.kind === 'contest')!;
      const page = await t.request(contest.url);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /Thực hiện nhiệm vụ/);
      assert.match(html, /\d{2}\/\d{2}\/2026 07:30/);
      const moved = await t.request(`/su-kien/ten-cu-${contest.id}`);
      assert.equal(moved.status, 301);
      assert.equal(moved.headers.get('location'), contest.url);
      const unknown = await t.request('/su-kien/khong-co-999999');
      assert.equal(unknown.status, 404);
      assert.match(await unknown.text(), /Không tìm thấy sự kiện này/);
      assert.equal((await t.request('/su-kien/khong-co-so')).status, 404);
      const draft = await t.events.createEvent(editorCtx, {
        title: 'Bản nháp chưa công bố',
        kind: 'seminar',
        startsAt: '2027-01-01T01:00:00.000Z',
        endsAt: '2027-01-01T02:00:00.000Z',
        place: '',
        unitId: null,
        description: '',
        taskId: null,
        capacity: null,
        articleIds: [],
        published: false,
      });
      assert.equal((await t.request(`/su-kien/ban-nhap-chua-cong-bo-${draft}`)).status, 404);
      assert.doesNotMatch(await (await t.request('/su-kien')).text(), /Bản nháp chưa công bố/);
    });

    it("links a registered document's number in the description, and leaves an unknown one as text", async () => {
      const res = await postForm(
        t,
        '/quan-tri/su-kien/moi',
        editor,
        eventForm({
          title: 'Hội nghị quán triệt văn bản',
          description: 'Quán triệt Kế hoạch số 132/KH-ĐUK và Công văn 999/XYZ-ABC.',
        }),
      );
      assert.equal(res.status, 303);
      const made = (await t.events.listForStaff(1, 100)).items.find((e) => e.title === 'Hội nghị quán triệt văn bản')!;
      const html = await (await t.request(made.url)).text();
      assert.match(html, /<a [^>]*href="\/van-ban\/[^"]+"[^>]*>132\/KH-ĐUK<\/a>/);
      assert.doesNotMatch(html, /<a [^>]*>999\/XYZ-ABC/);
      // The stored text is unchanged.
      assert.equal(made.description, 'Quán triệt Kế hoạch số 132/KH-ĐUK và Công văn 999/XYZ-ABC.');
    });

    it('the staff form refuses bad dates, an end before the start, unknown units and tasks, in Vietnamese', async () => {
      const cases: Array<[Record<string, string>, RegExp]> = [
        [{ startsAt: '2027-02-30T08:00' }, /Thời gian bắt đầu không hợp lệ/],
        [{ startsAt: 'hôm qua' }, /Thời gian bắt đầu không hợp lệ/],
        [{ endsAt: '2027-01-10T07:00' }, /kết thúc phải sau thời gian bắt đầu/],
        [{ endsAt: '2027-05-10T07:00' }, /tối đa 60 ngày/],
        [{ title: '   ' }, /Hãy nhập tên sự kiện/],
        [{ kind: 'party' }, /Hãy chọn loại sự kiện/],
        [{ unitId: '999999' }, /Không có đơn vị này/],
        [{ taskId: '999999' }, /Không có nhiệm vụ này/],
        [{ capacity: '-3' }, /Số người tối đa là số nguyên/],
        [{ articleIds: '999999' }, /tối đa 20 bài đã xuất bản/],
      ];
      for (const [fields, message] of cases) {
        const res = await postForm(t, '/quan-tri/su-kien/moi', editor, eventForm(fields));
        assert.equal(res.status, 400, JSON.stringify(fields));
        const html = await res.text();
        assert.match(html, message);
        // What was typed comes back.
        assert.match(html, /Hội thảo khoa học về công tác dân vận|value=""/);
      }
      assert.equal((await staffGet('/quan-tri/su-kien/999999', editor)).status, 404);
      assert.equal((await postForm(t, '/quan-tri/su-kien/999999/xoa', editor, {})).status, 404);
    });

    it('markup in every text field stays text on the public pages, the feed and the staff pages', async () => {
      const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      const res = await postForm(
        t,
        '/quan-tri/su-kien/moi',
        editor,
        eventForm({
          title: `Tọa đàm ${evil}`,
          place: evil,
          description: `${evil}\n\n"><svg onload=alert(3)>`,
          kind: 'class',
          capacity: '5',
        }),
      );
      assert.equal(res.status, 303);
      const made = (await t.events.listForStaff(1, 100)).items.find((e) => e.title.startsWith('Tọa đàm <script>'))!;
      const pages = [
        await (await t.request(made.url)).text(),
        await (await t.request('/su-kien')).text(),
        await (await staffGet('/quan-tri/su-kien', editor)).text(),
        await (await staffGet(`/quan-tri/su-kien/${made.id}`, editor)).text(),
      ];
      for (const html of pages) {
        assert.doesNotMatch(html, /<script>alert|<img src=x|<svg onload/);
      }
      assert.match(pages[0]!, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
      await postForm(t, `/quan-tri/su-kien/${made.id}/dang-ky`, reporter, { name: evil, positionTitle: evil });
      const list = await (await staffGet(`/quan-tri/su-kien/${made.id}/dang-ky`, editor)).text();
      assert.doesNotMatch(list, /<script>alert|<img src=x/);
      assert.match(list, /&lt;img src=x onerror=alert\(2\)&gt;/);
      await postForm(t, `/quan-tri/su-kien/${made.id}/ket-qua`, editor, {
        [`result-${(await t.events.listRegistrations(editorCtx, made.id)).registrations[0]!.id}`]: evil,
      });
      assert.doesNotMatch(
        await (await staffGet(`/quan-tri/su-kien/${made.id}/dang-ky`, editor)).text(),
        /<script>alert/,
      );
      const added = await postForm(t, '/quan-tri/su-kien/ngay-ky-niem', editor, { name: evil, date: '01/12/1990' });
      assert.equal(added.status, 303);
      assert.doesNotMatch(await (await t.request('/su-kien')).text(), /<script>alert|<img src=x/);
      assert.doesNotMatch(await (await staffGet('/quan-tri/su-kien/ngay-ky-niem', editor)).text(), /<script>alert/);
      const ics = await (await t.request('/su-kien/lich.ics')).text();
      assert.ok(ics.includes('BEGIN:VCALENDAR'));
    });

    it('a unit reporter registers people of their own unit only, and withdraws only theirs', async () => {
      const res = await postForm(t, `/quan-tri/su-kien/${classId}/dang-ky`, reporter, {
        name: 'Nguyễn Văn Thử',
        positionTitle: 'Kỹ sư',
      });
      assert.equal(res.status, 303);
      const page = await (await staffGet(`/quan-tri/su-kien/${classId}/dang-ky`, reporter)).text();
      assert.match(page, /Nguyễn Văn Thử/);
      // Names of other units are not theirs to see (the counts are).
      assert.doesNotMatch(page, /Vàng Thị Mai/);
      assert.match(page, /Chi bộ Sở Tư pháp: 1/);
      const tree = await t.units.listTree();
      const other = tree.find((u) => u.name === 'Chi bộ Sở Tư pháp')!.id;
      const forged = await postForm(t, `/quan-tri/su-kien/${classId}/dang-ky`, reporter, {
        name: 'Giả mạo',
        unitId: String(other),
      });
      assert.equal(forged.status, 403);
      const theirs = (await t.events.listRegistrations(editorCtx, classId)).registrations.find(
        (r) => r.name === 'Vàng Thị Mai',
      )!;
      assert.equal(
        (await postForm(t, `/quan-tri/su-kien/${classId}/dang-ky/${theirs.id}/xoa`, reporter, {})).status,
        403,
      );
      const mine = (await t.events.listRegistrations(editorCtx, classId)).registrations.find(
        (r) => r.name === 'Nguyễn Văn Thử',
      )!;
      assert.equal(
        (await postForm(t, `/quan-tri/su-kien/${classId}/dang-ky/${mine.id}/xoa`, reporter, {})).status,
        303,
      );
      assert.equal((await postForm(t, `/quan-tri/su-kien/${classId}/dang-ky/999999/xoa`, reporter, {})).status, 404);
      // A seminar takes no registrations.
      const seminar = (await t.events.listForStaff(1, 100)).items.find((e) => e.kind === 'seminar' && e.published)!;
      assert.equal((await postForm(t, `/quan-tri/su-kien/${seminar.id}/dang-ky`, reporter, { name: 'A' })).status, 409);
      // An empty name is refused with the form again.
      const empty = await postForm(t, `/quan-tri/su-kien/${classId}/dang-ky`, reporter, { name: ' ' });
      assert.equal(empty.status, 400);
      assert.match(await empty.text(), /Hãy nhập họ và tên/);
    });

    it('the capacity holds, also when units race for the last seats', async () => {
      const id = await t.events.createEvent(editorCtx, {
        title: 'Hội thi nhỏ',
        kind: 'contest',
        startsAt: '2027-02-01T01:00:00.000Z',
        endsAt: '2027-02-01T09:00:00.000Z',
        place: '',
        unitId: null,
        description: '',
        taskId: null,
        capacity: 3,
        articleIds: [],
        published: true,
      });
      await postForm(t, `/quan-tri/su-kien/${id}/dang-ky`, reporter, { name: 'Người thứ nhất' });
      const attempts = await Promise.allSettled(
        Array.from({ length: 6 }, (_, n) =>
          t.events.register(reporterCtx, id, { name: `Người ${n}`, positionTitle: '', unitId: null }),
        ),
      );
      assert.equal(attempts.filter((a) => a.status === 'fulfilled').length, 2);
      const full = await postForm(t, `/quan-tri/su-kien/${id}/dang-ky`, reporter, { name: 'Người thừa' });
      assert.equal(full.status, 409);
      assert.match(await full.text(), /đã đủ số người đăng ký/);
      assert.equal((await t.events.listRegistrations(editorCtx, id)).registrations.length, 3);
      // Lowering the capacity under the count is refused.
      const lower = await postForm(t, `/quan-tri/su-kien/${id}`, editor, eventForm({ kind: 'contest', capacity: '2' }));
      assert.equal(lower.status, 400);
      assert.match(await lower.text(), /Đã có 3 người đăng ký/);
    });

    it('held: attendance and results recorded, and the class counts once toward its plan task', async () => {
      const taskId = (await t.events.loadEvent(classId)).taskId!;
      const before = await t.db
        .selectFrom('progress_reports')
        .select('quantity')
        .where('task_id', '=', taskId)
        .execute();
      const { registrations } = await t.events.listRegistrations(editorCtx, classId);
      const fields: Record<string, string> = { held: '1' };
      for (const r of registrations) {
        fields[`result-${r.id}`] = 'Hoàn thành';
        fields[`attended-${r.id}`] = '1';
      }
      const res = await postForm(t, `/quan-tri/su-kien/${classId}/ket-qua`, editor, fields);
      assert.equal(res.status, 303);
      assert.match(res.headers.get('location')!, /tb=da-tinh-vao-nhiem-vu/);
      await postForm(t, `/quan-tri/su-kien/${classId}/ket-qua`, editor, fields);
      const afterRows = await t.db
        .selectFrom('progress_reports')
        .select(['quantity', 'body'])
        .where('task_id', '=', taskId)
        .execute();
      assert.equal(afterRows.length, before.length + 1, 'one report, however often it is saved');
      const filed = afterRows.find((r) => r.body.includes('Lớp bồi dưỡng lý luận chính trị'))!;
      assert.equal(filed.quantity, 1, 'a "lớp" target counts the class');
      // The reporter may not record results.
      assert.equal((await postForm(t, `/quan-tri/su-kien/${classId}/ket-qua`, reporter, fields)).status, 403);
    });

    it('once an event has started, registrations are closed to unit reporters', async () => {
      const id = await t.events.createEvent(editorCtx, {
        title: 'Lớp sắp khai giảng',
        kind: 'class',
        startsAt: new Date(t.clock.now().getTime() + 10 * 60_000).toISOString(),
        endsAt: new Date(t.clock.now().getTime() + 7_200_000).toISOString(),
        place: '',
        unitId: null,
        description: '',
        taskId: null,
        capacity: null,
        articleIds: [],
        published: true,
      });
      const reg = await t.events.register(reporterCtx, id, { name: 'Đến sớm', positionTitle: '', unitId: null });
      // Past the start, well within the session's idle limit.
      t.clock.advance(15 * 60_000);
      try {
        const late = await postForm(t, `/quan-tri/su-kien/${id}/dang-ky`, reporter, { name: 'Đến muộn' });
        assert.equal(late.status, 409);
        assert.match(await late.text(), /danh sách đăng ký đã chốt/);
        const refused = await t.events
          .register(reporterCtx, id, { name: 'x', positionTitle: '', unitId: null })
          .catch((e) => e);
        assert.equal(refused.status, 409);
        assert.equal((await postForm(t, `/quan-tri/su-kien/${id}/dang-ky/${reg}/xoa`, reporter, {})).status, 409);
      } finally {
        t.clock.advance(-15 * 60_000);
      }
    });

    it('an anniversary becomes a draft event with one click, once', async () => {
      const page = await (await staffGet('/quan-tri/su-kien/ngay-ky-niem', editor)).text();
      const key = /name="key" value="(date:\d+)"\/><input type="hidden" name="years" value="137"/.exec(page)?.[1];
      assert.ok(key, "the 137th anniversary of Hồ Chí Minh's birth has a button");
      // The demo made the Party's 97th into an event already: it links to it instead.
      assert.doesNotMatch(page, /name="years" value="97"/);
      const made = await postForm(t, '/quan-tri/su-kien/tu-ngay-ky-niem', editor, { key: key!, years: '137' });
      assert.equal(made.status, 303);
      const id = Number(/\/quan-tri\/su-kien\/(\d+)/.exec(made.headers.get('location')!)![1]);
      const event = await t.events.loadEvent(id);
      assert.equal(event.kind, 'anniversary');
      assert.equal(event.published, false);
      assert.equal(event.title, 'Kỷ niệm 137 năm Ngày sinh Chủ tịch Hồ Chí Minh');
      assert.equal(event.startsAt, '2027-05-19T01:00:00.000Z');
      const again = await postForm(t, '/quan-tri/su-kien/tu-ngay-ky-niem', editor, { key: key!, years: '137' });
      assert.equal(again.headers.get('location'), made.headers.get('location'));
      assert.equal(
        (await postForm(t, '/quan-tri/su-kien/tu-ngay-ky-niem', editor, { key: key!, years: '136' })).status,
        404,
      );
      assert.equal(
        (await postForm(t, '/quan-tri/su-kien/tu-ngay-ky-niem', editor, { key: "date:1' or 1=1", years: '9' })).status,
        400,
      );
      // Published, the API says what it commemorates.
      await postForm(
        t,
        `/quan-tri/su-kien/${id}`,
        editor,
        eventForm({
          title: event.title,
          kind: 'anniversary',
          startsAt: '2027-05-19T08:00',
          endsAt: '2027-05-19T11:00',
        }),
      );
      const api = await (await t.request('/api/v1/events?from=2027-05-19&to=2027-05-19&kind=anniversary')).json();
      assert.deepEqual(api.items[0].anniversary, { years: 137, of: 'Ngày sinh Chủ tịch Hồ Chí Minh' });
      const bad = await postForm(t, '/quan-tri/su-kien/ngay-ky-niem', editor, { name: 'Ngày mai', date: '30/02/2020' });
      assert.equal(bad.status, 400);
      assert.match(await bad.text(), /Ngày không hợp lệ/);
    });

    it('the calendar feed parses, with public events only and a UID per event', async () => {
      const res = await t.request('/su-kien/lich.ics');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /^text\/calendar/);
      const calendar = new ICAL.Component(ICAL.parse(await res.text()));
      const vevents = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const titles = vevents.map((e) => e.summary);
      assert.ok(titles.includes('Hội thi "Bí thư chi bộ giỏi" cấp Khối'));
      assert.ok(!titles.includes('Bản nháp chưa công bố'));
      const uids = vevents.map((e) => e.uid);
      assert.equal(new Set(uids).size, uids.length);
      assert.ok(uids.every((u) => /^su-kien-\d+@congtin\.test$/.test(u)));
      const conference = vevents.find((e) => e.summary.startsWith('Hội nghị sơ kết'))!;
      assert.equal(conference.startDate.toJSDate().toISOString(), '2026-12-04T07:00:00.000Z');
    });

    it('GET /api/v1/events answers a span and a kind, and refuses bad ones in Vietnamese', async () => {
      const all = await (await t.request('/api/v1/events?from=2026-11-01&to=2027-01-31')).json();
      assert.ok(all.items.length >= 4);
      const item = all.items.find((i: { kind: string }) => i.kind === 'contest');
      assert.deepEqual(Object.keys(item).sort(), [
        'anniversary',
        'endsAt',
        'id',
        'kind',
        'place',
        'startsAt',
        'title',
        'url',
      ]);
      assert.match(item.url, /^https:\/\/congtin\.test\/su-kien\//);
      const classes = await (await t.request('/api/v1/events?kind=class')).json();
      assert.ok(classes.items.every((i: { kind: string }) => i.kind === 'class'));
      for (const query of [
        'from=2026-13-01',
        'from=2027-01-02&to=2027-01-01',
        'to=x',
        'kind=party',
        'from=2020-01-01&to=2026-01-01',
        'from=%FF',
      ]) {
        const res = await t.request(`/api/v1/events?${query}`);
        assert.equal(res.status, 400, query);
        const body = await res.json();
        assert.match(body.error.message, /không hợp lệ/, query);
      }
      const docs = await (await t.request('/api/v1/openapi.json')).json();
      assert.ok(docs.paths['/api/v1/events']?.get);
    });

    it('search finds published events by words without diacritics; hostile input finds nothing and breaks nothing', async () => {
      const found = await t.events.listed.search('bi thu chi bo gioi', 5);
      assert.ok(found.some((h) => h.title.includes('Bí thư chi bộ giỏi') && h.kind === 'event'));
      // Wildcards and quotes are not syntax: alone they make no word, so nothing is found.
      for (const words of ['%%%', '_', '<>', '\\', '"', "'--"])
        assert.deepEqual(await t.events.listed.search(words, 5), []);
      // "' OR 1=1 --" is the words "or", "1", "1": it matches what holds them, not everything.
      const injected = await t.events.listed.search("zzq' OR 1=1 --", 50);
      assert.deepEqual(injected, []);
      assert.deepEqual(await t.events.listed.search('ban nhap chua cong bo', 5), []);
      const pages = await t.events.listed.listPages();
      // The event pages; /su-kien itself is listed by the portal with the other sections.
      assert.ok(pages.length > 0 && pages.every((p) => /^\/su-kien\/[a-z0-9-]+-\d+$/.test(p.path)));
      assert.ok(pages.every((p) => !p.path.includes('ban-nhap')));
    });
  });
}

// Attacks on the events (both databases): a unit reporter registering or withdrawing people of
// another unit by forging the form; many browsers racing for the last seats over HTTP; a form
// without its CSRF token or from another site; markup and line breaks in a title that would end
// an iCalendar property early and inject one (a fake event, an attendee); hostile slugs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import type { EventContext } from '../../src/modules/events/index.js';
import { dialectsUnderTest } from '../support/databases.js';
import { loginAs, ORIGIN, postForm, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PASSWORD = 'LaoCai-Demo-2026';

for (const dialect of dialectsUnderTest()) {
  describe(`event registrations under attack (${dialect})`, () => {
    let t: TestApp;
    let reporter: StaffSession;
    let editorCtx: EventContext;
    let eventId: number;

    before(async () => {
      t = await startTestApp(dialect);
      reporter = await loginAs(t, 'donvi@congtin.demo', PASSWORD);
      const u = (await t.accounts.service.listUsers()).find((x) => x.email === 'bientap@congtin.demo')!;
      editorCtx = {
        actor: { id: u.id, name: u.name, email: u.email, roles: u.roles, unitId: u.unitId },
        requestId: 't',
      };
      eventId = await t.events.createEvent(editorCtx, {
        title: 'Hội thi có 4 suất\r\nBEGIN:VEVENT\r\nSUMMARY:Sự kiện giả\r\nATTENDEE:mailto:x@example.com',
        kind: 'contest',
        startsAt: '2027-03-01T01:00:00.000Z',
        endsAt: '2027-03-01T09:00:00.000Z',
        place: 'Hội trường;\nLOCATION:nơi khác',
        unitId: null,
        description: 'END:VEVENT\nEND:VCALENDAR',
        taskId: null,
        capacity: 4,
        articleIds: [],
        published: true,
      });
    });
    after(() => t.dispose());

    it("refuses a unit reporter's forged unit, and their withdrawal of another unit's name", async () => {
      const other = (await t.units.listTree()).find((x) => x.name === 'Chi bộ Sở Tư pháp')!.id;
      const forged = await postForm(t, `/quan-tri/su-kien/${eventId}/dang-ky`, reporter, {
        name: 'Người của đơn vị khác',
        unitId: String(other),
      });
      assert.equal(forged.status, 403);
      const theirs = await t.events.register(editorCtx, eventId, {
        name: 'Của Sở Tư pháp',
        positionTitle: '',
        unitId: other,
      });
      const withdraw = await postForm(t, `/quan-tri/su-kien/${eventId}/dang-ky/${theirs}/xoa`, reporter, {});
      assert.equal(withdraw.status, 403);
      // A registration id of another event through this event's address is not found.
      assert.equal(
        (await postForm(t, `/quan-tri/su-kien/1/dang-ky/${theirs}/xoa`, reporter, {})).status === 303,
        false,
      );
      const names = (await t.events.listRegistrations(editorCtx, eventId)).registrations.map((r) => r.name);
      assert.deepEqual(names, ['Của Sở Tư pháp']);
    });

    it('gives the last seats to as many browsers as there are seats, however many race', async () => {
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, n) =>
          postForm(t, `/quan-tri/su-kien/${eventId}/dang-ky`, reporter, { name: `Thí sinh ${n}` }),
        ),
      );
      assert.equal(answers.filter((r) => r.status === 303).length, 3);
      assert.ok(answers.every((r) => r.status === 303 || r.status === 409));
      const event = await t.events.loadEvent(eventId);
      assert.equal(event.registeredCount, 4);
      assert.equal((await t.events.listRegistrations(editorCtx, eventId)).registrations.length, 4);
    });

    it('refuses a registration without its CSRF token or from another site', async () => {
      const noToken = await postForm(
        t,
        `/quan-tri/su-kien/${eventId}/dang-ky`,
        { ...reporter, csrf: '' },
        { name: 'A' },
      );
      assert.equal(noToken.status, 403);
      const foreign = await postForm(
        t,
        `/quan-tri/su-kien/${eventId}/dang-ky`,
        reporter,
        { name: 'A' },
        { origin: 'https://evil.example' },
      );
      assert.equal(foreign.status, 403);
      assert.notEqual(ORIGIN, 'https://evil.example');
    });

    it('keeps line breaks in a title from injecting properties or events into the calendar feed', async () => {
      const ics = await (await t.request('/su-kien/lich.ics')).text();
      const calendar = new ICAL.Component(ICAL.parse(ics));
      const vevents = calendar.getAllSubcomponents('vevent');
      assert.ok(!vevents.some((v) => v.getFirstPropertyValue('summary') === 'Sự kiện giả'));
      const ours = vevents.find((v) => String(v.getFirstPropertyValue('summary')).startsWith('Hội thi có 4 suất'))!;
      assert.equal(ours.getAllProperties('attendee').length, 0);
      assert.match(String(ours.getFirstPropertyValue('location')), /^Hội trường;\nLOCATION:nơi khác$/);
      assert.equal(calendar.getAllSubcomponents('vevent').length, vevents.length);
      assert.equal((ics.match(/^BEGIN:VEVENT/gm) ?? []).length, vevents.length);
      assert.equal((ics.match(/^END:VCALENDAR/gm) ?? []).length, 1);
    });

    it('answers hostile slugs with a 404, never a 500', async () => {
      for (const slug of [
        '..%2F..%2Fetc%2Fpasswd',
        '%3Cscript%3E-1',
        '1%20OR%201%3D1',
        '-'.repeat(500),
        '99999999999999999999',
      ]) {
        const res = await t.request(`/su-kien/${slug}`);
        assert.ok([301, 404].includes(res.status), `${slug}: ${res.status}`);
      }
    });
  });
}

// The events' staff routes (/quan-tri/su-kien): the list and the registrations need
// events.register (unit reporters too: the registration rows' records are in the reporter's own
// unit), everything else events.manage. The form posts send empty fields, so an allowed role gets
// the form back (400) and nothing is written; the delete rows have records of their own.
import type { EventContext } from '../../../src/modules/events/index.js';
import type { PermissionRouteTable } from '../../support/permission-route.js';

const path = '/quan-tri/su-kien';
const id = `${path}/:id{[0-9]+}`;
const emptyEvent = { title: '', kind: 'class', startsAt: '', endsAt: '' };

export const table: PermissionRouteTable = {
  routes: [
    { method: 'GET', pattern: path, path: () => path, permission: 'events.register' },
    { method: 'GET', pattern: `${path}/moi`, path: () => `${path}/moi`, permission: 'events.manage' },
    {
      method: 'POST',
      pattern: `${path}/moi`,
      path: () => `${path}/moi`,
      permission: 'events.manage',
      fields: emptyEvent,
    },
    { method: 'GET', pattern: id, path: (ids) => `${path}/${ids.event}`, permission: 'events.manage' },
    {
      method: 'POST',
      pattern: id,
      path: (ids) => `${path}/${ids.event}`,
      permission: 'events.manage',
      fields: emptyEvent,
    },
    {
      method: 'POST',
      pattern: `${id}/xoa`,
      path: (ids) => `${path}/${ids.doomedEvent}/xoa`,
      permission: 'events.manage',
    },
    {
      method: 'GET',
      pattern: `${id}/dang-ky`,
      path: (ids) => `${path}/${ids.event}/dang-ky`,
      permission: 'events.register',
    },
    {
      method: 'POST',
      pattern: `${id}/dang-ky`,
      path: (ids) => `${path}/${ids.event}/dang-ky`,
      permission: 'events.register',
      fields: { name: '' },
    },
    {
      method: 'POST',
      pattern: `${id}/dang-ky/:rid{[0-9]+}/xoa`,
      path: (ids) => `${path}/${ids.event}/dang-ky/${ids.registration}/xoa`,
      permission: 'events.register',
    },
    {
      method: 'POST',
      pattern: `${id}/ket-qua`,
      path: (ids) => `${path}/${ids.event}/ket-qua`,
      permission: 'events.manage',
    },
    { method: 'GET', pattern: `${path}/ngay-ky-niem`, path: () => `${path}/ngay-ky-niem`, permission: 'events.manage' },
    {
      method: 'POST',
      pattern: `${path}/ngay-ky-niem`,
      path: () => `${path}/ngay-ky-niem`,
      permission: 'events.manage',
      fields: { name: '', date: '' },
    },
    {
      method: 'POST',
      pattern: `${path}/ngay-ky-niem/:id{[0-9]+}/xoa`,
      path: (ids) => `${path}/ngay-ky-niem/${ids.commemoration}/xoa`,
      permission: 'events.manage',
    },
    {
      method: 'POST',
      pattern: `${path}/tu-ngay-ky-niem`,
      path: () => `${path}/tu-ngay-ky-niem`,
      permission: 'events.manage',
      fields: { key: 'x', years: '0' },
    },
  ],
  async fixtures(t) {
    const users = await t.accounts.service.listUsers();
    const ctxOf = (email: string): EventContext => {
      const u = users.find((x) => x.email === email)!;
      return { actor: { id: u.id, name: u.name, email: u.email, roles: u.roles, unitId: u.unitId }, requestId: 'test' };
    };
    const editor = ctxOf('bientap@congtin.demo');
    const reporter = ctxOf('donvi@congtin.demo');
    const base = {
      kind: 'class' as const,
      startsAt: '2027-03-01T01:00:00.000Z',
      endsAt: '2027-03-01T09:00:00.000Z',
      place: '',
      unitId: null,
      description: '',
      taskId: null,
      capacity: 30,
      articleIds: [],
      published: true,
    };
    const event = await t.events.createEvent(editor, { ...base, title: 'Lớp để thử quyền' });
    const doomedEvent = await t.events.createEvent(editor, { ...base, title: 'Lớp sẽ bị xóa' });
    // Several allowed roles withdraw it in turn: the first succeeds, the others find it gone (404).
    const registration = await t.events.register(reporter, event, {
      name: 'Người thử',
      positionTitle: '',
      unitId: null,
    });
    const commemoration = await t.events.addCommemoration(editor, { name: 'Ngày để thử quyền', date: '01/01/2000' });
    return { event, doomedEvent, registration, commemoration };
  },
};

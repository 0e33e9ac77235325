// The contact form's staff routes: the inbox and each message need contact.handle, the departments
// contact.manage. The posts send a status nobody knows or an empty department, so an allowed role
// gets the form back (400) and nothing changes.
import type { PermissionRouteTable } from '../../support/permission-route.js';

const inbox = '/quan-tri/lien-he';
const departments = '/quan-tri/lien-he/bo-phan';

export const table: PermissionRouteTable = {
  routes: [
    { method: 'GET', pattern: inbox, path: () => inbox, permission: 'contact.handle' },
    {
      method: 'GET',
      pattern: `${inbox}/:id`,
      path: ({ message }) => `${inbox}/${message}`,
      permission: 'contact.handle',
    },
    {
      method: 'POST',
      pattern: `${inbox}/:id`,
      path: ({ message }) => `${inbox}/${message}`,
      permission: 'contact.handle',
      fields: { status: 'khong-ro', assigneeId: '', note: '' },
    },
    { method: 'GET', pattern: departments, path: () => departments, permission: 'contact.manage' },
    {
      method: 'POST',
      pattern: departments,
      path: () => departments,
      permission: 'contact.manage',
      fields: { name: '', email: '', position: '' },
    },
    { method: 'GET', pattern: `${departments}/moi`, path: () => `${departments}/moi`, permission: 'contact.manage' },
    {
      method: 'GET',
      pattern: `${departments}/:id`,
      path: ({ department }) => `${departments}/${department}`,
      permission: 'contact.manage',
    },
    {
      method: 'POST',
      pattern: `${departments}/:id`,
      path: ({ department }) => `${departments}/${department}`,
      permission: 'contact.manage',
      fields: { name: '', email: '', position: '' },
    },
  ],
  // The demo's departments and messages are there from the first start.
  async fixtures(t) {
    const department = (await t.contact.listDepartments({ activeOnly: false }))[0]!.id;
    const message = (await t.contact.listMessages({}, { limit: 1, offset: 0 })).rows[0]!.id;
    return { department, message };
  },
};

// The documents register's staff routes (/quan-tri/van-ban): all need documents.manage. The form
// posts send an empty number, so an allowed role gets the form back (400) and nothing is written;
// the delete row removes the fixture for the first allowed role, then answers 404.
import type { PermissionRouteTable } from '../../support/permission-route.js';

const path = '/quan-tri/van-ban';

export const table: PermissionRouteTable = {
  routes: [
    { method: 'GET', pattern: path, path: () => path, permission: 'documents.manage' },
    { method: 'GET', pattern: `${path}/moi`, path: () => `${path}/moi`, permission: 'documents.manage' },
    { method: 'POST', pattern: path, path: () => path, permission: 'documents.manage', fields: { number: '' } },
    {
      method: 'GET',
      pattern: `${path}/:id`,
      path: ({ document }) => `${path}/${document}`,
      permission: 'documents.manage',
    },
    {
      method: 'POST',
      pattern: `${path}/:id`,
      path: ({ document }) => `${path}/${document}`,
      permission: 'documents.manage',
      fields: { number: '' },
    },
    {
      method: 'POST',
      pattern: `${path}/:id/xoa`,
      path: ({ document }) => `${path}/${document}/xoa`,
      permission: 'documents.manage',
    },
  ],
  async fixtures(t) {
    const doc = await t.documents.create(
      {
        number: '9/KH-KT',
        kind: 'ke-hoach',
        issuer: 'Đảng ủy Khối',
        issuedOn: '2024-03-01',
        title: 'Văn bản để thử quyền',
        summary: '',
      },
      undefined,
      null,
    );
    return { document: doc.id };
  },
};

// The party history workspace's staff routes (/quan-tri/lich-su-dang-bo). The table names the
// permission; the service narrows each book to editors, leaders (reading) and its appointed
// writer (here the contributor): recordRoles say who gets through for this fixture's book. Forms
// are sent empty (an allowed role gets the form back, 400) or move the fixture along (submit,
// approve, return, delete: the first allowed role does it, the others get 409 or 404).
import type { Role } from '../../../src/modules/accounts/index.js';
import type { PermissionRouteTable } from '../../support/permission-route.js';
import { historyFixtures } from '../../support/history.js';

const base = '/quan-tri/lich-su-dang-bo';
const READERS: Role[] = ['admin', 'editor', 'leader', 'contributor'];
const WRITERS: Role[] = ['admin', 'editor', 'contributor'];
type Ids = Record<string, number>;
const book = (ids: Ids) => `${base}/${ids.historyBook}`;
const muc = (ids: Ids) => `${base}/muc/${ids.historySection}`;

export const table: PermissionRouteTable = {
  routes: [
    { method: 'GET', pattern: base, path: () => base, permission: 'history.read' },
    { method: 'GET', pattern: `${base}/moi`, path: () => `${base}/moi`, permission: 'history.manage' },
    { method: 'POST', pattern: base, path: () => base, permission: 'history.manage', fields: { title: '' } },
    { method: 'GET', pattern: `${base}/:id`, path: book, permission: 'history.read', recordRoles: READERS },
    { method: 'POST', pattern: `${base}/:id`, path: book, permission: 'history.manage', fields: { title: '' } },
    {
      method: 'POST',
      pattern: `${base}/:id/nguoi-viet`,
      path: (ids) => `${book(ids)}/nguoi-viet`,
      permission: 'history.manage',
      fields: { userId: '' },
    },
    {
      method: 'POST',
      pattern: `${base}/:id/nguoi-viet/:userId/xoa`,
      path: (ids) => `${book(ids)}/nguoi-viet/999999/xoa`,
      permission: 'history.manage',
    },
    {
      method: 'POST',
      pattern: `${base}/:id/muc`,
      path: (ids) => `${book(ids)}/muc`,
      permission: 'history.read',
      recordRoles: WRITERS,
      fields: { title: '' },
    },
    {
      method: 'GET',
      pattern: `${base}/:id/bien-nien`,
      path: (ids) => `${book(ids)}/bien-nien`,
      permission: 'history.read',
      recordRoles: READERS,
    },
    {
      method: 'GET',
      pattern: `${base}/:id/xuat.docx`,
      path: (ids) => `${book(ids)}/xuat.docx`,
      permission: 'history.read',
      recordRoles: READERS,
    },
    { method: 'GET', pattern: `${base}/muc/:id`, path: muc, permission: 'history.read', recordRoles: READERS },
    {
      method: 'POST',
      pattern: `${base}/muc/:id`,
      path: muc,
      permission: 'history.read',
      recordRoles: WRITERS,
      fields: { title: '' },
    },
    {
      method: 'GET',
      pattern: `${base}/muc/:id/phien-ban/:version`,
      path: (ids) => `${muc(ids)}/phien-ban/1`,
      permission: 'history.read',
      recordRoles: READERS,
    },
    {
      method: 'POST',
      pattern: `${base}/muc/:id/di-chuyen`,
      path: (ids) => `${muc(ids)}/di-chuyen`,
      permission: 'history.read',
      recordRoles: WRITERS,
      fields: { direction: '' },
    },
    {
      method: 'POST',
      pattern: `${base}/muc/:id/nguon`,
      path: (ids) => `${muc(ids)}/nguon`,
      permission: 'history.read',
      recordRoles: WRITERS,
      fields: { title: '' },
    },
    {
      method: 'POST',
      pattern: `${base}/muc/:id/nguon/:sourceId/xoa`,
      path: (ids) => `${muc(ids)}/nguon/${ids.historySource}/xoa`,
      permission: 'history.read',
      recordRoles: WRITERS,
    },
    {
      method: 'POST',
      pattern: `${base}/muc/:id/y-kien`,
      path: (ids) => `${muc(ids)}/y-kien`,
      permission: 'history.read',
      recordRoles: READERS,
      fields: { body: '' },
    },
    {
      method: 'POST',
      pattern: `${base}/muc/:id/gui-duyet`,
      path: (ids) => `${muc(ids)}/gui-duyet`,
      permission: 'history.read',
      recordRoles: WRITERS,
    },
    {
      method: 'POST',
      pattern: `${base}/muc/:id/duyet`,
      path: (ids) => `${muc(ids)}/duyet`,
      permission: 'history.manage',
    },
    {
      method: 'POST',
      pattern: `${base}/muc/:id/tra-lai`,
      path: (ids) => `${muc(ids)}/tra-lai`,
      permission: 'history.manage',
      fields: { reason: '' },
    },
    {
      method: 'POST',
      pattern: `${base}/muc/:id/dang-bai`,
      path: (ids) => `${muc(ids)}/dang-bai`,
      permission: 'history.manage',
      fields: { categoryId: '' },
    },
    {
      method: 'POST',
      pattern: `${base}/muc/:id/xoa`,
      path: (ids) => `${base}/muc/${ids.historyToDelete}/xoa`,
      permission: 'history.manage',
    },
  ],
  async fixtures(t) {
    const f = await historyFixtures(t);
    const toDelete = await t.history.addSection(f.editor, f.book, { title: 'Mục để xóa', parentId: null });
    return { historyBook: f.book, historySection: f.section, historySource: f.source, historyToDelete: toDelete };
  },
};

// The morning brief's staff routes (/quan-tri/diem-tin): all need briefs.write. The form posts send
// an empty date and intro, so an allowed role gets the form back (400) and nothing is written; the
// publish row names a draft without items, which is refused (400) and stays a draft.
import type { PermissionRouteTable } from '../../support/permission-route.js';

const path = '/quan-tri/diem-tin';
const emptyForm = { date: '', intro: '', itemCount: '0', op: 'save' };

export const table: PermissionRouteTable = {
  routes: [
    { method: 'GET', pattern: path, path: () => path, permission: 'briefs.write' },
    {
      method: 'POST',
      pattern: `${path}/nhiem-vu`,
      path: () => `${path}/nhiem-vu`,
      permission: 'briefs.write',
      fields: { taskId: 'x' },
    },
    { method: 'GET', pattern: `${path}/moi`, path: () => `${path}/moi`, permission: 'briefs.write' },
    {
      method: 'POST',
      pattern: `${path}/moi`,
      path: () => `${path}/moi`,
      permission: 'briefs.write',
      fields: emptyForm,
    },
    { method: 'GET', pattern: `${path}/:id`, path: ({ brief }) => `${path}/${brief}`, permission: 'briefs.write' },
    {
      method: 'POST',
      pattern: `${path}/:id`,
      path: ({ brief }) => `${path}/${brief}`,
      permission: 'briefs.write',
      fields: emptyForm,
    },
    {
      method: 'GET',
      pattern: `${path}/:id/xem-truoc`,
      path: ({ brief }) => `${path}/${brief}/xem-truoc`,
      permission: 'briefs.write',
    },
    {
      method: 'POST',
      pattern: `${path}/:id/xuat-ban`,
      path: ({ brief }) => `${path}/${brief}/xuat-ban`,
      permission: 'briefs.write',
    },
  ],
  async fixtures(t) {
    const editor = (await t.accounts.service.listUsers()).find((u) => u.email === 'bientap@congtin.demo')!;
    const ctx = {
      actor: { id: editor.id, name: editor.name, email: editor.email, roles: editor.roles, unitId: null },
      requestId: 'test',
    };
    const brief = await t.briefs.create(ctx, { date: '2025-01-02', intro: 'Bản tin để thử quyền.', items: [] });
    return { brief: brief.id };
  },
};

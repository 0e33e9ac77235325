// Two-factor login's staff routes: every signed-in person's own page (staff.enter), the admin's
// choice of roles (settings.manage) and the reset on a user's page (users.manage). The posts send
// an empty code or an unknown role, so an allowed role gets the form back (400) and nothing
// changes; the reset is tried on an account made for it (it has no second factor to lose).
import type { PermissionRouteTable } from '../../support/permission-route.js';

const own = '/quan-tri/tai-khoan/xac-thuc-hai-yeu-to';
const policy = '/quan-tri/xac-thuc-hai-yeu-to';

export const table: PermissionRouteTable = {
  routes: [
    { method: 'GET', pattern: own, path: () => own, permission: 'staff.enter' },
    {
      method: 'POST',
      pattern: `${own}/bat`,
      path: () => `${own}/bat`,
      permission: 'staff.enter',
      fields: { code: '' },
    },
    {
      method: 'POST',
      pattern: `${own}/tat`,
      path: () => `${own}/tat`,
      permission: 'staff.enter',
      fields: { code: '' },
    },
    {
      method: 'POST',
      pattern: `${own}/ma-du-phong`,
      path: () => `${own}/ma-du-phong`,
      permission: 'staff.enter',
      fields: { renewCode: '' },
    },
    { method: 'GET', pattern: policy, path: () => policy, permission: 'settings.manage' },
    { method: 'POST', pattern: policy, path: () => policy, permission: 'settings.manage', fields: { roles: 'boss' } },
    {
      method: 'POST',
      pattern: '/quan-tri/nguoi-dung/:id/xac-thuc-hai-yeu-to/dat-lai',
      path: ({ twoFactorUser }) => `/quan-tri/nguoi-dung/${twoFactorUser}/xac-thuc-hai-yeu-to/dat-lai`,
      permission: 'users.manage',
    },
  ],
  async fixtures(t) {
    const twoFactorUser = await t.accounts.service.createUser({
      email: 'hai-yeu-to@congtin.test',
      name: 'Người thử xác thực',
      password: 'Thu-xac-thuc-2026!',
      roles: ['contributor'],
    });
    return { twoFactorUser };
  },
};

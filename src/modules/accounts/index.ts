// Accounts ("Đăng nhập"): users with roles, sessions, login throttling, the audit log, and the
// staff area's frame. Rules: passwords argon2id (NFC, 8–128, common ones refused); session tokens
// stored hashed and replaced at every login; personal API tokens (`Authorization: Bearer`) work
// under /api only and are stored hashed too; every staff route checks the permission table on
// the server; every cookie POST passes the CSRF check; denials, logins and account changes are audited.
import type { Context, Hono } from 'hono';
import type { ApiDocs } from '../../platform/http/api-docs.js';
import { bodyCap } from '../../platform/http/body.js';
import {
  createAccountParts,
  createInitialUsers,
  isStaffRequest,
  mountAccountRoutes,
  type AccountsDeps,
  type InitialUser,
} from './accounts-wiring.js';

export { ROLES, roleLabels, type Role } from './roles.js';
export { permissions, can, type Permission } from './permissions.js';
export { requestIdOf, staffContextOf, type StaffEnv, type StaffGuard } from './staff-guard.js';
export type { HomePanel, HomePanelContent, StaffFrame, StaffSection } from './staff-frame.js';
export type { AuditLog } from './audit.js';
export type { SessionUser } from './sessions.js';
export type { UnitOption } from './views/users-pages.js';
export { loadOrCreateKeyFile } from './two-factor-secrets.js';
export { joinUserName, leftJoinUserName, listUserNamesAmong } from './user-names.js';

export async function createAccounts(deps: AccountsDeps) {
  const parts = await createAccountParts(deps);
  return {
    service: parts.service,
    sessions: parts.sessions,
    apiTokens: parts.apiTokens,
    audit: parts.audit,
    /** Two-factor login: the roles that must use it, the reset, re-encrypting after a key rotation. */
    twoFactor: parts.twoFactor,
    /** For other modules' staff pages: the guard (session, CSRF, permission) and the frame. */
    guard: parts.guard,
    frame: parts.frame,
    mount(app: Hono, docs: ApiDocs) {
      mountAccountRoutes(app, docs, parts, deps);
    },
    /** Login and logout carry an e-mail and a password, or nothing: a few KB is plenty. */
    capBodies(app: Hono) {
      for (const path of ['/dang-nhap', '/dang-nhap/ma-xac-thuc', '/dang-xuat', '/api/v1/auth/*'])
        app.use(path, bodyCap(4 * 1024));
    },
    /** True when the request carries a live staff session or API token (their page views are not counted). */
    isStaffRequest(c: Context): Promise<boolean> {
      return isStaffRequest(c, parts);
    },
    /** Creates these accounts when there is no user yet (first start); returns whether it did. */
    createInitialUsers(users: InitialUser[]): Promise<boolean> {
      return createInitialUsers(parts.service, users);
    },
  };
}

export type Accounts = Awaited<ReturnType<typeof createAccounts>>;

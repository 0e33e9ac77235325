// Accounts ("Đăng nhập"): users with roles, sessions, login throttling, the audit log, and the
// staff area's frame. Rules: passwords argon2id (NFC, 8–128, common ones refused); session tokens
// stored hashed and replaced at every login; personal API tokens (`Authorization: Bearer`) work
// under /api only and are stored hashed too; every staff route checks the permission table on
// the server; every cookie POST passes the CSRF check; denials, logins and account changes are audited.
import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { BlockList } from 'node:net';
import type { Clock, RandomSource } from '../../platform/clock.js';
import type { StaffPageRenderer } from '../../platform/views/staff-layout.js';
import type { Db } from '../../database.js';
import { findOrCreateSecret } from './accounts.queries.js';
import { mountStaffPages } from './accounts.admin.js';
import { mountApiTokenPages } from './api-tokens.admin.js';
import { createApiTokenStore, readBearerToken } from './api-tokens.js';
import { mountLoginPages } from './accounts.public.js';
import { mountAuthApi } from './accounts.api.js';
import type { ApiDocs } from '../../platform/http/api-docs.js';
import { createAccountsService } from './accounts.service.js';
import { createAuditLog } from './audit.js';
import { createLoginThrottle } from './login-throttle.js';
import type { Role } from './roles.js';
import { createSessionStore } from './sessions.js';
import { createWorkLimiter } from '../../platform/concurrency/work-limiter.js';
import { bodyCap } from '../../platform/http/body.js';
import { createStaffGuard, SESSION_COOKIE } from './staff-guard.js';
import { createStaffFrame } from './staff-frame.js';
import type { UnitOption } from './views/users-pages.js';

export { ROLES, roleLabels, type Role } from './roles.js';
export { permissions, can, type Permission } from './permissions.js';
export { requestIdOf, staffContextOf, type StaffEnv, type StaffGuard } from './staff-guard.js';
export type { StaffFrame, StaffSection } from './staff-frame.js';
export type { AuditLog } from './audit.js';
export type { SessionUser } from './sessions.js';
export type { UnitOption } from './views/users-pages.js';

export async function createAccounts(deps: {
  db: Db;
  clock: Clock;
  random: RandomSource;
  siteUrl: string;
  sessionIdleMs: number;
  sessionMaxMs: number;
  trustedProxies: BlockList;
  renderStaffPage: StaffPageRenderer;
  /** Where multipart uploads stream to (temp files, gone when the request is done). */
  uploadTmpDir: string;
  /**
   * Argon2 runs at most this many at once (one core stays free for readers) with a short queue
   * behind; a burst beyond it is answered 503 + Retry-After at once.
   */
  passwordWork: { maxActive: number; maxQueued: number };
  /** The units a user may belong to, for the user form (given by the units module: accounts does not import it). */
  listUnits: () => Promise<UnitOption[]>;
}) {
  const { db, clock } = deps;
  const audit = createAuditLog({ db, clock });
  const sessions = createSessionStore({
    db,
    clock,
    random: deps.random,
    idleMs: deps.sessionIdleMs,
    maxMs: deps.sessionMaxMs,
  });
  const addressSecret = await findOrCreateSecret(db, 'login-throttle', deps.random(32).toString('base64'));
  const throttle = createLoginThrottle({ db, clock, addressSecret });
  const apiTokens = createApiTokenStore({ db, clock, random: deps.random });
  const passwordWork = createWorkLimiter({ ...deps.passwordWork, retryAfterSeconds: 2 });
  const service = createAccountsService({ db, clock, sessions, apiTokens, throttle, audit, passwordWork });
  const guard = createStaffGuard({
    sessions,
    apiTokens,
    audit,
    siteOrigin: new URL(deps.siteUrl).origin,
    secureCookies: deps.siteUrl.startsWith('https://'),
    sessionMaxSeconds: Math.floor(deps.sessionMaxMs / 1000),
    uploadTmpDir: deps.uploadTmpDir,
    // Files are capped by their route's body cap; these bound the count of parts.
    multipartLimits: {
      maxFileBytes: Number.MAX_SAFE_INTEGER,
      maxFiles: 20,
      maxFieldBytes: 1024 * 1024,
      maxFields: 200,
    },
  });

  const frame = createStaffFrame(deps.renderStaffPage);

  return {
    service,
    sessions,
    apiTokens,
    audit,
    /** For other modules' staff pages: the guard (session, CSRF, permission) and the frame. */
    guard,
    frame,
    mount(app: Hono, docs: ApiDocs) {
      mountAuthApi(app, {
        accounts: service,
        sessions,
        guard,
        audit,
        trustedProxies: deps.trustedProxies,
        siteOrigin: new URL(deps.siteUrl).origin,
        docs,
      });
      mountLoginPages(app, {
        accounts: service,
        sessions,
        guard,
        audit,
        renderStaffPage: deps.renderStaffPage,
        trustedProxies: deps.trustedProxies,
      });
      mountStaffPages(app, { db, accounts: service, sessions, audit, guard, frame, listUnits: deps.listUnits });
      mountApiTokenPages(app, { apiTokens, audit, guard, frame });
    },
    /** Login and logout carry an e-mail and a password, or nothing: a few KB is plenty. */
    capBodies(app: Hono) {
      for (const path of ['/dang-nhap', '/dang-xuat', '/api/v1/auth/*']) app.use(path, bodyCap(4 * 1024));
    },
    /** True when the request carries a live staff session or API token (their page views are not counted). */
    async isStaffRequest(c: Context): Promise<boolean> {
      const bearer = readBearerToken(c.req.header('authorization'));
      if (bearer !== undefined && (await apiTokens.resolve(bearer))) return true;
      const token = getCookie(c, SESSION_COOKIE);
      return token ? (await sessions.resolve(token)) !== undefined : false;
    },
    /** Creates these accounts when there is no user yet (first start); returns whether it did. */
    async createInitialUsers(
      users: Array<{ email: string; name: string; password: string; roles: Role[]; unitId?: number | null }>,
    ): Promise<boolean> {
      if (users.length === 0 || (await service.countUsers()) > 0) return false;
      const seen = new Set<string>();
      for (const user of users) {
        if (seen.has(user.email)) continue;
        seen.add(user.email);
        await service.createUser(user);
      }
      return true;
    },
  };
}

export type Accounts = Awaited<ReturnType<typeof createAccounts>>;

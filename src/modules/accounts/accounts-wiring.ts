// What createAccounts (index.ts) is made of: the parts built from the app's dependencies, the
// routes mounted on the app, and the two questions the app asks of accounts.
import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { BlockList } from 'node:net';
import type { Clock, RandomSource } from '../../platform/clock.js';
import { createWorkLimiter } from '../../platform/concurrency/work-limiter.js';
import type { ApiDocs } from '../../platform/http/api-docs.js';
import type { StaffPageRenderer } from '../../platform/views/staff-layout.js';
import type { Db } from '../../database.js';
import { mountStaffPages } from './accounts.admin.js';
import { mountAuthApi } from './accounts.api.js';
import { mountLoginPages } from './accounts.public.js';
import { findOrCreateSecret } from './accounts.queries.js';
import { createAccountsService, type AccountsService } from './accounts.service.js';
import { mountApiTokenPages } from './api-tokens.admin.js';
import { createApiTokenStore, readBearerToken } from './api-tokens.js';
import { createAuditLog } from './audit.js';
import { createLoginThrottle } from './login-throttle.js';
import type { Role } from './roles.js';
import { createSessionStore } from './sessions.js';
import { createStaffFrame } from './staff-frame.js';
import { createStaffGuard, SESSION_COOKIE } from './staff-guard.js';
import { createPendingLogins } from './two-factor-login.js';
import { createSecretBox } from './two-factor-secrets.js';
import { createTwoFactor } from './two-factor.js';
import { mountTwoFactorPages } from './two-factor.admin.js';
import { refuseWeakPassword } from './user-commands.js';
import type { UnitOption } from './views/users-pages.js';

export interface AccountsDeps {
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
  /** TWO_FACTOR_KEYS (or the key kept in DATA_DIR): the first encrypts the TOTP secrets, all decrypt. */
  twoFactorKeys: Buffer[];
  /** The name authenticator apps show above the code. */
  siteName: string;
  /** The demo accounts: never made to turn two-factor login on (accounts does not know the demo). */
  isExemptFromTwoFactor: (email: string) => boolean;
}

export type InitialUser = { email: string; name: string; password: string; roles: Role[]; unitId?: number | null };

/** The stores, the service, the guard and the frame, each built once. */
export async function createAccountParts(deps: AccountsDeps) {
  const { db, clock } = deps;
  const audit = createAuditLog({ db, clock });
  const twoFactor = createTwoFactor({
    db,
    clock,
    random: deps.random,
    box: createSecretBox(deps.twoFactorKeys),
    issuer: deps.siteName,
    isExempt: deps.isExemptFromTwoFactor,
  });
  const sessions = createSessionStore({
    db,
    clock,
    random: deps.random,
    idleMs: deps.sessionIdleMs,
    maxMs: deps.sessionMaxMs,
    mustEnrol: (user) => twoFactor.mustEnrol(user),
  });
  const addressSecret = await findOrCreateSecret(db, 'login-throttle', deps.random(32).toString('base64'));
  const throttle = createLoginThrottle({ db, clock, addressSecret });
  const apiTokens = createApiTokenStore({ db, clock, random: deps.random });
  const passwordWork = createWorkLimiter({ ...deps.passwordWork, retryAfterSeconds: 2 });
  const pendingLogins = createPendingLogins({ db, clock, random: deps.random, throttle, sessions, twoFactor, audit });
  const service = createAccountsService({
    ...{ db, clock, sessions, apiTokens, throttle, audit, passwordWork },
    ...{ twoFactor, pendingLogins },
  });
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
  return { service, sessions, apiTokens, audit, guard, frame, twoFactor, pendingLogins };
}

export type AccountParts = Awaited<ReturnType<typeof createAccountParts>>;

/** The auth API, the login and logout pages, the admin's pages and the API token pages. */
export function mountAccountRoutes(app: Hono, docs: ApiDocs, parts: AccountParts, deps: AccountsDeps) {
  const { service: accounts, sessions, guard, audit, frame, apiTokens, pendingLogins, twoFactor } = parts;
  const { trustedProxies } = deps;
  mountAuthApi(app, {
    pendingLogins,
    accounts,
    sessions,
    guard,
    audit,
    trustedProxies,
    siteOrigin: new URL(deps.siteUrl).origin,
    docs,
  });
  mountLoginPages(app, {
    ...{ accounts, sessions, guard, audit, renderStaffPage: deps.renderStaffPage, trustedProxies },
    pendingLogins,
  });
  mountStaffPages(app, { accounts, sessions, audit, guard, frame, listUnits: deps.listUnits, twoFactor });
  mountApiTokenPages(app, { apiTokens, audit, guard, frame });
  mountTwoFactorPages(app, { twoFactor, accounts, sessions, audit, guard, frame });
}

/** True when the request carries a live staff session or API token. */
export async function isStaffRequest(c: Context, parts: Pick<AccountParts, 'sessions' | 'apiTokens'>) {
  const bearer = readBearerToken(c.req.header('authorization'));
  if (bearer !== undefined && (await parts.apiTokens.resolve(bearer))) return true;
  const token = getCookie(c, SESSION_COOKIE);
  return token ? (await parts.sessions.resolve(token)) !== undefined : false;
}

/** Creates these accounts when there is no user yet (first start); returns whether it did. */
export async function createInitialUsers(accounts: AccountsService, users: InitialUser[]): Promise<boolean> {
  if (users.length === 0 || (await accounts.countUsers()) > 0) return false;
  const seen = new Set<string>();
  for (const user of users) {
    if (seen.has(user.email)) continue;
    seen.add(user.email);
    refuseWeakPassword(user.email, user.password);
    await accounts.createUser(user);
  }
  return true;
}

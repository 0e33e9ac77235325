// Who is asking, and may they? Resolves the session cookie (or, under /api, a personal API token),
// checks CSRF on every cookie-authenticated state change, and enforces the permission table on
// each staff route (denials are audited).
import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { BlankEnv } from 'hono/types';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError, ForbiddenError } from '../../platform/http/errors.js';
import { CsrfError, isSameOrigin } from '../../platform/http/csrf.js';
import { readBearerToken, type ApiTokenStore } from './api-tokens.js';
import type { AuditLog } from './audit.js';
import { can, type Permission } from './permissions.js';
import type { ResolvedSession, SessionStore } from './sessions.js';
import type { MultipartLimits } from '../../platform/http/multipart.js';
import { createCsrfTokenCheck, runThenClean } from './csrf-token-check.js';
import { accountError } from './accounts.errors.js';
import { createPendingLoginCookie } from './pending-login-cookie.js';

export const SESSION_COOKIE = 'congtin_phien';
/** The one staff page a user who must turn two-factor login on may open (with the logout). */
export const TWO_FACTOR_ENROL_PATH = '/quan-tri/tai-khoan/xac-thuc-hai-yeu-to';

// The request variables the staff guard sets, typed for every handler through Hono's own
// ContextVariableMap (so no route needs a cast or a generic to read them).
declare module 'hono' {
  interface ContextVariableMap {
    staff: ResolvedSession | undefined;
    requestId: string;
    /** Set by csrf({ afterPermission }) when the token is in the body: require() checks it. */
    csrfPending: boolean | undefined;
  }
}

/** Kept as a name for the handlers' context type: the variables live in ContextVariableMap. */
export type StaffEnv = BlankEnv;

export class LoginRequiredError extends AppError {
  constructor(readonly returnTo: string) {
    super('LOGIN_REQUIRED', 401);
  }
}

export function requestIdOf(c: Context<StaffEnv>): string {
  let id = c.get('requestId');
  if (!id) {
    id = randomUUID();
    c.set('requestId', id);
  }
  return id;
}

/**
 * The bearer credential a request offers, if it may use one. Tokens are for /api/* only: on the
 * HTML staff pages the header is ignored, so a leaked token never opens the staff area.
 */
function offeredToken(c: Context): string | undefined {
  return c.req.path.startsWith('/api/') ? readBearerToken(c.req.header('authorization')) : undefined;
}

/**
 * RFC 6750: a presented token that does not work is a 401 with error="invalid_token". The answer
 * is built here, with its WWW-Authenticate header, rather than thrown to the error handler.
 */
function refuseToken(c: Context<StaffEnv>) {
  const requestId = requestIdOf(c);
  return c.json({ error: { ...accountError('INVALID_TOKEN'), requestId } }, 401, {
    'WWW-Authenticate': 'Bearer error="invalid_token"',
    'X-Request-Id': requestId,
    'Cache-Control': 'no-store',
  });
}

/** Who acts, and in which request: what other modules' services check their per-record rules with. */
export function staffContextOf(c: Context<StaffEnv>) {
  const { user } = c.get('staff')!;
  return {
    actor: { id: user.id, name: user.name, email: user.email, roles: user.roles, unitId: user.unitId ?? null },
    requestId: requestIdOf(c),
  };
}

/** The API token's person (under /api) or the session's, if any; a dead token is a 401 answer. */
async function resolveStaff(
  c: Context<StaffEnv>,
  deps: { sessions: SessionStore; apiTokens: ApiTokenStore },
): Promise<{ staff: ResolvedSession | undefined } | Response> {
  const bearer = offeredToken(c);
  if (bearer !== undefined) {
    const staff = await deps.apiTokens.resolve(bearer);
    return staff ? { staff } : refuseToken(c);
  }
  const token = getCookie(c, SESSION_COOKIE);
  const staff = token ? await deps.sessions.resolve(token) : undefined;
  if (token && !staff) deleteCookie(c, SESSION_COOKIE, { path: '/' });
  return { staff };
}

/**
 * Marks the token as still to check (require() does it, after the permission) and fails closed
 * meanwhile: a handler that reads the form without a require() in front gets a CSRF refusal, not
 * an unchecked body (the JSON and text readers derive from this cache too).
 */
function holdBodyUntilTokenChecked(c: Context<StaffEnv>) {
  c.set('csrfPending', true);
  const poisoned = Promise.reject(new CsrfError());
  poisoned.catch(() => undefined);
  (c.req.bodyCache as { formData?: unknown }).formData = poisoned;
}

function releaseBody(c: Context<StaffEnv>) {
  c.set('csrfPending', false);
  delete c.req.bodyCache.formData;
}

/** The signed-in person; anonymous is a login-required error (API clients told which credential to send). */
function signedIn(c: Context<StaffEnv>): ResolvedSession {
  const staff = c.get('staff');
  if (staff) return staff;
  // The HTML pages redirect to the login form instead.
  if (c.req.path.startsWith('/api/')) c.header('WWW-Authenticate', 'Bearer');
  throw new LoginRequiredError(c.req.path);
}

/**
 * A role of theirs requires two-factor login and they have none: the pages send them to turn it on
 * and the API refuses (403), until they do. Their session is otherwise a session.
 */
function enrolmentFirst(c: Context<StaffEnv>, staff: ResolvedSession): Response | undefined {
  if (!staff.mustEnrolTwoFactor || c.req.path.startsWith(TWO_FACTOR_ENROL_PATH)) return undefined;
  if (c.req.path.startsWith('/api/')) throw new AppError(accountError('TWO_FACTOR_ENROLMENT_REQUIRED'), 403);
  return c.redirect(TWO_FACTOR_ENROL_PATH, 303);
}

/** A 403, audited, when the person's roles lack `permission` (the permission table). */
async function refuseUnlessAllowed(
  c: Context<StaffEnv>,
  staff: ResolvedSession,
  permission: Permission,
  audit: AuditLog,
) {
  if (can(staff.user.roles, permission)) return;
  await audit.record({
    action: 'permission.denied',
    userId: staff.user.id,
    actor: staff.user.email,
    target: `${c.req.method} ${c.req.path}`,
    detail: permission,
    requestId: requestIdOf(c),
  });
  throw new ForbiddenError();
}

export interface StaffGuardDeps {
  sessions: SessionStore;
  apiTokens: ApiTokenStore;
  audit: AuditLog;
  siteOrigin: string | undefined;
  secureCookies: boolean;
  sessionMaxSeconds: number;
  /** Where multipart uploads stream to while the request runs (under DATA_DIR). */
  uploadTmpDir: string;
  /** Caps on a multipart form's parts; a file is also capped by the route's own body cap. */
  multipartLimits: MultipartLimits;
}

export function createStaffGuard(deps: StaffGuardDeps) {
  const checkToken = createCsrfTokenCheck(deps);
  const changesState = (c: Context) => c.req.method !== 'GET' && c.req.method !== 'HEAD';

  return {
    /**
     * Resolves the API token (under /api) or else the session, if any, and marks the response
     * private and uncacheable. A bearer header that does not resolve is refused even when a
     * cookie is present: a script must learn that its token is dead, not run as someone else.
     */
    loadStaff(): MiddlewareHandler<StaffEnv> {
      return async (c, next) => {
        const resolved = await resolveStaff(c, deps);
        if (resolved instanceof Response) return resolved;
        c.set('staff', resolved.staff);
        c.header('X-Request-Id', requestIdOf(c));
        await next();
        c.header('Cache-Control', 'no-store');
      };
    },

    /**
     * Every POST must come from this site (a header: checked at once), and, when signed in, carry
     * the session's token. With `afterPermission` (the staff pages and the API, whose every route
     * names its permission) a token in the body is checked by require() after the permission, so
     * nobody's body is read before we know they may send it. A token-authenticated request is
     * exempt: a browser never attaches an Authorization header on its own.
     */
    csrf(options: { afterPermission?: boolean } = {}): MiddlewareHandler<StaffEnv> {
      return async (c, next) => {
        const staff = c.get('staff');
        if (!changesState(c) || staff?.via === 'token') return next();
        if (!isSameOrigin(c, deps.siteOrigin)) throw new CsrfError();
        if (!staff) return next();
        if (options.afterPermission) {
          holdBodyUntilTokenChecked(c);
          return next();
        }
        await runThenClean(next, await checkToken(c, staff));
      };
    },

    /** Signed in, then the permission, then (a form's) CSRF token: only then is the body read. */
    require(permission: Permission): MiddlewareHandler<StaffEnv> {
      return async (c, next) => {
        const staff = signedIn(c);
        const enrol = enrolmentFirst(c, staff);
        if (enrol) return enrol;
        await refuseUnlessAllowed(c, staff, permission, deps.audit);
        if (!c.get('csrfPending')) return next();
        releaseBody(c);
        await runThenClean(next, await checkToken(c, staff));
      };
    },

    startSession(c: Context, token: string) {
      setCookie(c, SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'Lax',
        secure: deps.secureCookies,
        maxAge: deps.sessionMaxSeconds,
      });
    },

    endSession(c: Context) {
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: deps.secureCookies });
    },

    /** The cookie of a right password waiting for its second factor (pending-login-cookie.ts). */
    pendingLogin: createPendingLoginCookie(deps.secureCookies),
  };
}

export type StaffGuard = ReturnType<typeof createStaffGuard>;

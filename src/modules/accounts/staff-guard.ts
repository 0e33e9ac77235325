// Who is asking, and may they? Resolves the session cookie (or, under /api, a personal API token),
// checks CSRF on every cookie-authenticated state change, and enforces the permission table on
// each staff route (denials are audited).
import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError, BadRequestError } from '../../platform/http/errors.js';
import { CsrfError, isSameOrigin, tokensMatch } from '../../platform/http/csrf.js';
import { readBearerToken, type ApiTokenStore } from './api-tokens.js';
import type { AuditLog } from './audit.js';
import { can, type Permission } from './permissions.js';
import type { ResolvedSession, SessionStore } from './sessions.js';
import { formBytesAllowed } from '../../platform/http/body.js';

export const SESSION_COOKIE = 'congtin_phien';

// Not in the shared error catalogue: this answer is built here, with its WWW-Authenticate header.
const INVALID_TOKEN_MESSAGE = 'Mã API không hợp lệ, đã hết hạn hoặc đã bị thu hồi.';

export interface StaffEnv {
  Variables: {
    staff: ResolvedSession | undefined;
    requestId: string;
  };
}

export class LoginRequiredError extends AppError {
  constructor(readonly returnTo: string) {
    super('LOGIN_REQUIRED', 401);
  }
}

export class ForbiddenError extends AppError {
  constructor() {
    super('FORBIDDEN', 403);
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

/** RFC 6750: a presented token that does not work is a 401 with error="invalid_token". */
function refuseToken(c: Context<StaffEnv>) {
  const requestId = requestIdOf(c);
  return c.json({ error: { code: 'INVALID_TOKEN', message: INVALID_TOKEN_MESSAGE, requestId } }, 401, {
    'WWW-Authenticate': 'Bearer error="invalid_token"',
    'X-Request-Id': requestId,
    'Cache-Control': 'no-store',
  });
}

/** Who acts, and in which request: what other modules' services check their per-record rules with. */
export function staffContextOf(c: Context<StaffEnv>) {
  const { user } = c.get('staff')!;
  return { actor: { id: user.id, name: user.name, email: user.email, roles: user.roles, unitId: user.unitId ?? null }, requestId: requestIdOf(c) };
}

export function createStaffGuard(deps: {
  sessions: SessionStore;
  apiTokens: ApiTokenStore;
  audit: AuditLog;
  siteOrigin: string | undefined;
  secureCookies: boolean;
  sessionMaxSeconds: number;
  /** Largest form body a staff page accepts, unless its route allows more (allowFormBytes). */
  maxFormBytes: number;
}) {
  /** The form, read once and capped: the CSRF check needs its _csrf field before any handler runs. */
  async function readCappedForm(c: Context): Promise<Record<string, unknown>> {
    // Browsers declare a form's length, so the cap holds before anything is read. A body without
    // one (a chunked upload by a script) is read as it comes: only signed-in staff get this far.
    const declared = c.req.header('content-length');
    if (declared !== undefined && !(Number(declared) <= (formBytesAllowed(c) ?? deps.maxFormBytes))) throw new AppError('PAYLOAD_TOO_LARGE', 413);
    try {
      return await c.req.parseBody();
    } catch {
      throw new BadRequestError();
    }
  }

  return {
    /**
     * Resolves the API token (under /api) or else the session, if any, and marks the response
     * private and uncacheable. A bearer header that does not resolve is refused even when a
     * cookie is present: a script must learn that its token is dead, not run as someone else.
     */
    loadStaff(): MiddlewareHandler<StaffEnv> {
      return async (c, next) => {
        const bearer = offeredToken(c);
        let staff: ResolvedSession | undefined;
        if (bearer !== undefined) {
          staff = await deps.apiTokens.resolve(bearer);
          if (!staff) return refuseToken(c);
        } else {
          const token = getCookie(c, SESSION_COOKIE);
          staff = token ? await deps.sessions.resolve(token) : undefined;
          if (token && !staff) deleteCookie(c, SESSION_COOKIE, { path: '/' });
        }
        c.set('staff', staff);
        c.header('X-Request-Id', requestIdOf(c));
        await next();
        c.header('Cache-Control', 'no-store');
      };
    },

    /**
     * Every POST must come from this site, and, when signed in, carry the session's token. A
     * token-authenticated request is exempt: a browser never attaches an Authorization header
     * on its own, so a forged cross-site request cannot carry one.
     */
    csrf(): MiddlewareHandler<StaffEnv> {
      return async (c, next) => {
        const staff = c.get('staff');
        if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && staff?.via !== 'token') {
          if (!isSameOrigin(c, deps.siteOrigin)) throw new CsrfError();
          if (staff) {
            const form = (c.req.header('content-type') ?? '').includes('form') ? await readCappedForm(c) : {};
            const given = c.req.header('x-csrf-token') ?? form['_csrf'];
            if (staff.csrfToken === '' || !tokensMatch(staff.csrfToken, given)) throw new CsrfError();
          }
        }
        await next();
      };
    },

    require(permission: Permission): MiddlewareHandler<StaffEnv> {
      return async (c, next) => {
        const staff = c.get('staff');
        if (!staff) {
          // Tells API clients which credential to send; the HTML pages redirect to the login form.
          if (c.req.path.startsWith('/api/')) c.header('WWW-Authenticate', 'Bearer');
          throw new LoginRequiredError(c.req.path);
        }
        if (!can(staff.user.roles, permission)) {
          await deps.audit.record({ action: 'permission.denied', userId: staff.user.id, actor: staff.user.email, target: `${c.req.method} ${c.req.path}`, detail: permission, requestId: requestIdOf(c) });
          throw new ForbiddenError();
        }
        await next();
      };
    },

    startSession(c: Context, token: string) {
      setCookie(c, SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Lax', secure: deps.secureCookies, maxAge: deps.sessionMaxSeconds });
    },

    endSession(c: Context) {
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: deps.secureCookies });
    },
  };
}

export type StaffGuard = ReturnType<typeof createStaffGuard>;

// Who is asking, and may they? Resolves the session cookie, checks CSRF on every state change,
// and enforces the permission table on each staff route (denials are audited).
import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../../platform/http/errors.js';
import { CsrfError, isSameOrigin, tokensMatch } from '../../platform/http/csrf.js';
import type { AuditLog } from './audit.js';
import { can, type Permission } from './permissions.js';
import type { ResolvedSession, SessionStore } from './sessions.js';

export const SESSION_COOKIE = 'congtin_phien';

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

export function createStaffGuard(deps: { sessions: SessionStore; audit: AuditLog; siteOrigin: string | undefined; secureCookies: boolean; sessionMaxSeconds: number }) {
  return {
    /** Resolves the session (if any) and marks the response private and uncacheable. */
    loadStaff(): MiddlewareHandler<StaffEnv> {
      return async (c, next) => {
        const token = getCookie(c, SESSION_COOKIE);
        const staff = token ? await deps.sessions.resolve(token) : undefined;
        if (token && !staff) deleteCookie(c, SESSION_COOKIE, { path: '/' });
        c.set('staff', staff);
        c.header('X-Request-Id', requestIdOf(c));
        await next();
        c.header('Cache-Control', 'no-store');
      };
    },

    /** Every POST must come from this site, and, when signed in, carry the session's token. */
    csrf(): MiddlewareHandler<StaffEnv> {
      return async (c, next) => {
        if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
          if (!isSameOrigin(c, deps.siteOrigin)) throw new CsrfError();
          const staff = c.get('staff');
          if (staff) {
            const form = (c.req.header('content-type') ?? '').includes('form') ? await c.req.parseBody() : {};
            const given = c.req.header('x-csrf-token') ?? form['_csrf'];
            if (!tokensMatch(staff.csrfToken, given)) throw new CsrfError();
          }
        }
        await next();
      };
    },

    require(permission: Permission): MiddlewareHandler<StaffEnv> {
      return async (c, next) => {
        const staff = c.get('staff');
        if (!staff) throw new LoginRequiredError(c.req.path);
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

// The session API for scripts and the future admin front end: POST /api/v1/auth/login sets the
// same cookie as the form, GET /api/v1/auth/me tells who is logged in (and the CSRF token that
// cookie-authenticated calls send as X-CSRF-Token), POST /api/v1/auth/logout ends the session.
// Scripts may instead send a personal API token (Authorization: Bearer), made in /quan-tri/ma-api.
// Each endpoint is declared once (mountApiRoute): route, document and body schema together; the
// body is read under the cap capBodies declares for /api/v1/auth/* (index.ts).
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { BlockList } from 'node:net';
import { z } from 'zod';
import { errorResponseSchema, type ApiDocs } from '../../platform/http/api-docs.js';
import { mountApiRoute, type ApiRoute } from '../../platform/http/api-route.js';
import { CsrfError, isSameOrigin } from '../../platform/http/csrf.js';
import {
  AppError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthorizedError,
} from '../../platform/http/errors.js';
import { accountError } from './accounts.errors.js';
import type { AccountsService } from './accounts.service.js';
import { accountsText } from './accounts.vi.js';
import type { AuditLog } from './audit.js';
import { ROLES } from './roles.js';
import type { SessionStore } from './sessions.js';
import { signIn, signInSecondStep, signOut } from './sign-in-out.js';
import type { PendingLogins } from './two-factor-login.js';
import { apiLoginSchema } from './two-factor.schema.js';
import { requestIdOf, SESSION_COOKIE, type StaffEnv, type StaffGuard } from './staff-guard.js';

const t = accountsText.api;

const meSchema = z.object({
  user: z.object({
    id: z.number().int(),
    email: z.string(),
    name: z.string(),
    roles: z.array(z.enum(ROLES)),
    unitId: z.number().int().nullable().describe(t.unitId),
  }),
  csrfToken: z.string().describe(t.csrfToken),
});

const json = (description: string, schema: z.ZodType) => ({
  description,
  content: { 'application/json': { schema } },
});
const error = (description: string) => json(description, errorResponseSchema);
const security: Array<Record<string, string[]>> = [{ cookieAuth: [] }, { bearerAuth: [] }];

export interface AuthApiDeps {
  accounts: AccountsService;
  sessions: SessionStore;
  guard: StaffGuard;
  audit: AuditLog;
  trustedProxies: BlockList;
  siteOrigin: string;
  docs: ApiDocs;
  pendingLogins: PendingLogins;
}

/** A browser always says where it comes from: refuse another site. Scripts send no Origin. */
function refuseOtherSites(siteOrigin: string): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    if (c.req.header('origin') && !isSameOrigin(c, siteOrigin)) throw new CsrfError();
    await next();
  };
}

export function mountAuthApi(app: Hono<StaffEnv>, deps: AuthApiDeps) {
  deps.docs.registerSecurityScheme('cookieAuth', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: t.cookieAuth,
  });
  app.use('/api/v1/auth/*', deps.guard.loadStaff());
  mountLogin(app, deps);
  mountMe(app, deps);
  mountLogout(app, deps);
}

function mountLogin(app: Hono<StaffEnv>, deps: AuthApiDeps) {
  const route: ApiRoute<typeof apiLoginSchema> = {
    method: 'post',
    path: '/api/v1/auth/login',
    summary: t.login.summary,
    description: t.login.description,
    body: apiLoginSchema,
    before: [refuseOtherSites(deps.siteOrigin)],
    responses: {
      200: json(t.login.ok, meSchema),
      400: error(t.login.invalid),
      401: error(t.login.wrongOrCode),
      403: error(t.login.otherSite),
      429: error(t.login.throttled),
      503: error(t.login.unavailable),
    },
  };
  mountApiRoute(app, deps.docs, route, async (c, { body }) => {
    const result = await signIn(c, deps, { email: body.email, password: body.password });
    if (result.kind === 'throttled') throw new TooManyRequestsError(result.retryAfterSeconds, 'LOGIN_THROTTLED');
    if (result.kind === 'busy') throw new ServiceUnavailableError(result.retryAfterSeconds, 'LOGIN_BUSY');
    if (result.kind === 'invalid') throw new UnauthorizedError('LOGIN_INVALID');
    const token = result.kind === 'ok' ? result.token : await secondStep(c, deps, result.pendingToken, body.code);
    const session = await deps.sessions.resolve(token);
    return c.json({ user: session!.user, csrfToken: session!.csrfToken });
  });
}

/**
 * The code of an account with a second factor, in the same request: without one the answer says
 * it is needed (401 TWO_FACTOR_REQUIRED), never a session. Returns the new session's token.
 */
async function secondStep(c: Context<StaffEnv>, deps: AuthApiDeps, pendingToken: string, code: string | undefined) {
  if (code === undefined) {
    await deps.pendingLogins.drop(pendingToken);
    throw new AppError(accountError('TWO_FACTOR_REQUIRED'), 401);
  }
  const result = await signInSecondStep(c, deps, { pendingToken, code });
  if (result.kind === 'throttled') throw new TooManyRequestsError(result.retryAfterSeconds, 'LOGIN_THROTTLED');
  if (result.kind === 'key_missing') throw new AppError(accountError('TWO_FACTOR_KEY_MISSING'), 503);
  if (result.kind !== 'ok') throw new AppError(accountError('TWO_FACTOR_INVALID'), 401);
  return result.token;
}

function mountMe(app: Hono<StaffEnv>, deps: AuthApiDeps) {
  const route: ApiRoute<undefined> = {
    method: 'get',
    path: '/api/v1/auth/me',
    summary: t.me.summary,
    security,
    responses: { 200: json(t.me.ok, meSchema), 401: error(t.me.unauthorized) },
  };
  mountApiRoute(app, deps.docs, route, (c) => {
    const staff = c.get('staff');
    if (!staff) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedError();
    }
    return c.json({ user: staff.user, csrfToken: staff.csrfToken });
  });
}

function mountLogout(app: Hono<StaffEnv>, deps: AuthApiDeps) {
  const route: ApiRoute<undefined> = {
    method: 'post',
    path: '/api/v1/auth/logout',
    summary: t.logout.summary,
    description: t.logout.description,
    security,
    before: [deps.guard.csrf()],
    responses: {
      204: { description: t.logout.ok },
      400: error(t.logout.byToken),
      401: error(t.logout.badToken),
      403: error(t.logout.forged),
    },
  };
  mountApiRoute(app, deps.docs, route, async (c) => {
    // A token has no session to end, and revoking it here by surprise would break the script's
    // other copies: say where tokens are revoked instead.
    if (c.get('staff')?.via === 'token')
      return c.json({ error: { ...accountError('LOGOUT_NOT_FOR_TOKENS'), requestId: requestIdOf(c) } }, 400);
    await signOut(c, deps);
    return c.body(null, 204);
  });
}

// The session API for scripts and the future admin front end: POST /api/v1/auth/login sets the
// same cookie as the form, GET /api/v1/auth/me tells who is logged in (and the CSRF token that
// cookie-authenticated calls send as X-CSRF-Token), POST /api/v1/auth/logout ends the session.
// Scripts may instead send a personal API token (Authorization: Bearer), made in /quan-tri/ma-api.
import type { Hono } from 'hono';
import type { BlockList } from 'node:net';
import { z } from 'zod';
import { errorResponseSchema, type ApiDocs } from '../../platform/http/api-docs.js';
import { readJsonBody } from '../../platform/http/body.js';
import { CsrfError, isSameOrigin } from '../../platform/http/csrf.js';
import { ServiceUnavailableError, TooManyRequestsError, UnauthorizedError } from '../../platform/http/errors.js';
import type { AccountsService } from './accounts.service.js';
import { loginSchema } from './accounts.schema.js';
import type { AuditLog } from './audit.js';
import type { SessionStore } from './sessions.js';
import { ROLES } from './roles.js';
import { requestIdOf, SESSION_COOKIE, type StaffEnv, type StaffGuard } from './staff-guard.js';
import { accountError } from './accounts.errors.js';
import { signIn, signOut } from './sign-in-out.js';
import { accountsText } from './accounts.vi.js';

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

export function mountAuthApi(
  app: Hono<StaffEnv>,
  deps: {
    accounts: AccountsService;
    sessions: SessionStore;
    guard: StaffGuard;
    audit: AuditLog;
    trustedProxies: BlockList;
    siteOrigin: string;
    docs: ApiDocs;
  },
) {
  const { guard } = deps;
  documentAuthApi(deps.docs);
  app.use('/api/v1/auth/*', guard.loadStaff());

  app.post('/api/v1/auth/login', async (c) => {
    // A browser always says where it comes from: refuse another site. Scripts send no Origin.
    if (c.req.header('origin') && !isSameOrigin(c, deps.siteOrigin)) throw new CsrfError();
    const credentials = await readJsonBody(c, loginSchema, { maxBytes: 4096 });
    const result = await signIn(c, deps, credentials);
    if (result.kind === 'throttled') throw new TooManyRequestsError(result.retryAfterSeconds, 'LOGIN_THROTTLED');
    if (result.kind === 'busy') throw new ServiceUnavailableError(result.retryAfterSeconds, 'LOGIN_BUSY');
    if (result.kind === 'invalid') throw new UnauthorizedError('LOGIN_INVALID');
    const session = await deps.sessions.resolve(result.token);
    return c.json({ user: session!.user, csrfToken: session!.csrfToken });
  });

  app.get('/api/v1/auth/me', (c) => {
    const staff = c.get('staff');
    if (!staff) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedError();
    }
    return c.json({ user: staff.user, csrfToken: staff.csrfToken });
  });

  app.post('/api/v1/auth/logout', guard.csrf(), async (c) => {
    const staff = c.get('staff');
    // A token has no session to end, and revoking it here by surprise would break the script's
    // other copies: say where tokens are revoked instead.
    if (staff?.via === 'token') {
      return c.json({ error: { ...accountError('LOGOUT_NOT_FOR_TOKENS'), requestId: requestIdOf(c) } }, 400);
    }
    await signOut(c, deps);
    return c.body(null, 204);
  });
}

function documentAuthApi(docs: ApiDocs) {
  docs.registerSecurityScheme('cookieAuth', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: t.cookieAuth,
  });
  const error = (description: string) => ({
    description,
    content: { 'application/json': { schema: errorResponseSchema } },
  });
  docs.register({
    method: 'post',
    path: '/api/v1/auth/login',
    summary: t.login.summary,
    description: t.login.description,
    request: { body: { content: { 'application/json': { schema: loginSchema } } } },
    responses: {
      200: { description: t.login.ok, content: { 'application/json': { schema: meSchema } } },
      400: error(t.login.invalid),
      401: error(t.login.wrong),
      403: error(t.login.otherSite),
      429: error(t.login.throttled),
    },
  });
  docs.register({
    method: 'get',
    path: '/api/v1/auth/me',
    summary: t.me.summary,
    security: [{ cookieAuth: [] }, { bearerAuth: [] }],
    responses: {
      200: { description: t.me.ok, content: { 'application/json': { schema: meSchema } } },
      401: error(t.me.unauthorized),
    },
  });
  docs.register({
    method: 'post',
    path: '/api/v1/auth/logout',
    summary: t.logout.summary,
    description: t.logout.description,
    security: [{ cookieAuth: [] }, { bearerAuth: [] }],
    responses: {
      204: { description: t.logout.ok },
      400: error(t.logout.byToken),
      401: error(t.logout.badToken),
      403: error(t.logout.forged),
    },
  });
}

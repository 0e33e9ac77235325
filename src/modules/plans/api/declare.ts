// How each plans endpoint is declared once (platform/http/api-route.ts): signed in by session cookie
// or personal API token, the 401 and 403 every one may answer, and, before the body is read, the
// permission and then the path's id (a malformed id names nothing: 404, whatever the body).
import type { Hono, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { ApiDocs } from '../../../platform/http/api-docs.js';
import { type ApiHandler, type ApiRoute, mountApiRoute } from '../../../platform/http/api-route.js';
import { readIdParam } from '../../../platform/http/query.js';
import type { Permission, StaffGuard } from '../../accounts/index.js';
import type { Plans } from '../plans.service.js';
import { refusals, security } from './api-schemas.js';

export interface PlansApiDeps {
  plans: Plans;
  guard: StaffGuard;
  docs: ApiDocs;
}

const idFirst: MiddlewareHandler = async (c, next) => {
  readIdParam(c);
  await next();
};

type Declaration<Body extends z.ZodType | undefined> = Omit<ApiRoute<Body>, 'security' | 'before'> & {
  permission: Permission;
};

/** Declares (documents and mounts) one endpoint of the plans API on `app`. */
export function plansEndpoint(app: Hono, { guard, docs }: PlansApiDeps) {
  return <Body extends z.ZodType | undefined = undefined>(
    { permission, ...route }: Declaration<Body>,
    handler: ApiHandler<Body>,
  ) =>
    mountApiRoute<Body>(
      app,
      docs,
      {
        ...route,
        security,
        before: route.params ? [guard.require(permission), idFirst] : [guard.require(permission)],
        responses: { ...route.responses, ...refusals },
      },
      handler,
    );
}

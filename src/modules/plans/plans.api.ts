// The plan tracker's JSON API: the same service as the pages, so the same rules (a unit reporter
// sees and reports only on its own unit's tasks; leaders read everything; editors manage plans).
// The routes, by resource, are in api/, each endpoint declared once (api/declare.ts): its document,
// its body's schema (read under the cap declared here) and its handler together.
import type { Hono } from 'hono';
import { bodyCap } from '../../platform/http/body.js';
import { PLANS_API_BODY_BYTES } from './api/api-schemas.js';
import type { PlansApiDeps } from './api/declare.js';
import { mountPlanApiRoutes } from './api/plan-api-routes.js';
import { mountTaskApiRoutes } from './api/task-api-routes.js';

export function capPlansApiBodies(app: Hono) {
  for (const path of ['/api/v1/programmes', '/api/v1/plans', '/api/v1/plans/*', '/api/v1/tasks/*', '/api/v1/reports/*'])
    app.use(path, bodyCap(PLANS_API_BODY_BYTES));
}

export function mountPlansApi(app: Hono, deps: PlansApiDeps) {
  // '/x/*' also matches '/x' in Hono: listing both would run the guard twice.
  for (const path of [
    '/api/v1/programmes',
    '/api/v1/plans/*',
    '/api/v1/tasks/*',
    '/api/v1/reports/*',
    '/api/v1/units/:id/tasks',
  ]) {
    app.use(path, deps.guard.loadStaff(), deps.guard.csrf({ afterPermission: true }));
  }
  mountPlanApiRoutes(app, deps);
  mountTaskApiRoutes(app, deps);
}

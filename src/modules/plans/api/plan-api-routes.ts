// /api/v1/programmes, /api/v1/plans…: programmes, plans with their tasks and dashboard; editors
// create plans and add tasks. Each endpoint declared once: its document and its handler together.
import type { Hono } from 'hono';
import type { z } from 'zod';
import { readIdParam } from '../../../platform/http/query.js';
import { dashboardOf } from '../plan-dashboard.js';
import { planContextOf } from '../plan-context.js';
import { planInputSchema, taskInputSchema } from '../plans.schema.js';
import { planJson, planSummaryJson, programmeJson, taskJson } from './api-json.js';
import {
  createdSchema,
  dashboardSchema,
  idParams,
  invalid,
  json,
  planDetailSchema,
  planListSchema,
  programmeListSchema,
  refusal,
} from './api-schemas.js';
import { type PlansApiDeps, plansEndpoint } from './declare.js';
import { plansApiText as text } from './plans-api.vi.js';

export function mountPlanApiRoutes(app: Hono, deps: PlansApiDeps) {
  mountListRoutes(app, deps);
  mountPlanRoutes(app, deps);
  mountPlanWrites(app, deps);
}

/** GET /api/v1/programmes, GET /api/v1/plans */
function mountListRoutes(app: Hono, deps: PlansApiDeps) {
  const { plans } = deps;
  const endpoint = plansEndpoint(app, deps);
  endpoint(
    {
      method: 'get',
      path: '/api/v1/programmes',
      summary: text.listProgrammes.summary,
      permission: 'plans.read',
      responses: { 200: { description: text.listProgrammes.ok, ...json(programmeListSchema) } },
    },
    async (c) =>
      c.json({ items: (await plans.listProgrammes()).map(programmeJson) } satisfies z.infer<
        typeof programmeListSchema
      >),
  );
  endpoint(
    {
      method: 'get',
      path: '/api/v1/plans',
      summary: text.listPlans.summary,
      permission: 'plans.read',
      responses: { 200: { description: text.listPlans.ok, ...json(planListSchema) } },
    },
    async (c) =>
      c.json({
        items: (await plans.listPlans(planContextOf(c))).map(planSummaryJson),
      } satisfies z.infer<typeof planListSchema>),
  );
}

/** GET /api/v1/plans/{id}, GET /api/v1/plans/{id}/dashboard */
function mountPlanRoutes(app: Hono, deps: PlansApiDeps) {
  const { plans } = deps;
  const endpoint = plansEndpoint(app, deps);
  endpoint(
    {
      method: 'get',
      path: '/api/v1/plans/{id}',
      summary: text.getPlan.summary,
      permission: 'plans.read',
      params: idParams,
      responses: {
        200: { description: text.getPlan.ok, ...json(planDetailSchema) },
        404: refusal(text.getPlan.notFound),
      },
    },
    async (c) => {
      const { plan, tasks, summary } = await plans.getPlan(planContextOf(c), readIdParam(c));
      const body = { plan: planJson(plan), summary, tasks: tasks.map((t) => taskJson(t)) };
      return c.json(body satisfies z.infer<typeof planDetailSchema>);
    },
  );
  endpoint(
    {
      method: 'get',
      path: '/api/v1/plans/{id}/dashboard',
      summary: text.dashboard.summary,
      permission: 'plans.read',
      params: idParams,
      responses: {
        200: { description: text.dashboard.ok, ...json(dashboardSchema) },
        404: refusal(text.getPlan.notFound),
      },
    },
    async (c) => {
      const { tasks } = await plans.getPlan(planContextOf(c), readIdParam(c));
      return c.json(dashboardOf(tasks) satisfies z.infer<typeof dashboardSchema>);
    },
  );
}

/** POST /api/v1/plans, POST /api/v1/plans/{id}/tasks: editors create plans and add tasks. */
function mountPlanWrites(app: Hono, deps: PlansApiDeps) {
  const { plans } = deps;
  const endpoint = plansEndpoint(app, deps);
  endpoint(
    {
      method: 'post',
      path: '/api/v1/plans',
      summary: text.createPlan.summary,
      permission: 'plans.manage',
      body: planInputSchema,
      responses: { 201: { description: text.answers.created, ...json(createdSchema) }, 400: invalid },
    },
    async (c, { body }) => {
      const id = await plans.createPlan(planContextOf(c), body);
      return c.json({ id } satisfies z.infer<typeof createdSchema>, 201, { Location: `/api/v1/plans/${id}` });
    },
  );
  endpoint(
    {
      method: 'post',
      path: '/api/v1/plans/{id}/tasks',
      summary: text.createTask.summary,
      permission: 'plans.manage',
      params: idParams,
      body: taskInputSchema,
      responses: {
        201: { description: text.answers.created, ...json(createdSchema) },
        400: invalid,
        404: refusal(text.getPlan.notFound),
      },
    },
    async (c, { body }) => {
      const id = await plans.createTask(planContextOf(c), readIdParam(c), body);
      return c.json({ id } satisfies z.infer<typeof createdSchema>, 201, { Location: `/api/v1/tasks/${id}` });
    },
  );
}

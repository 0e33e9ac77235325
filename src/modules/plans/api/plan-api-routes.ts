// /api/v1/programmes, /api/v1/plans…: programmes, plans with their tasks and dashboard; editors
// create plans and add tasks.
import type { Hono } from 'hono';
import { readIdParam } from '../../../platform/http/query.js';
import type { StaffEnv, StaffGuard } from '../../accounts/index.js';
import { dashboardOf } from '../plan-dashboard.js';
import { planContextOf } from '../plan-context.js';
import type { Plans } from '../plans.service.js';
import { planJson, planSummaryJson, programmeJson, taskJson } from './api-json.js';
import { planInputSchema, taskInputSchema } from '../plans.schema.js';
import { readJson } from './api-schemas.js';

export function mountPlanApiRoutes(api: Hono<StaffEnv>, { plans, guard }: { plans: Plans; guard: StaffGuard }) {
  api.get('/api/v1/programmes', guard.require('plans.read'), async (c) =>
    c.json({ items: (await plans.listProgrammes()).map(programmeJson) }),
  );

  api.get('/api/v1/plans', guard.require('plans.read'), async (c) =>
    c.json({ items: (await plans.listPlans(planContextOf(c))).map(planSummaryJson) }),
  );

  api.post('/api/v1/plans', guard.require('plans.manage'), async (c) => {
    const id = await plans.createPlan(planContextOf(c), await readJson(c, planInputSchema));
    return c.json({ id }, 201, { Location: `/api/v1/plans/${id}` });
  });

  api.get('/api/v1/plans/:id', guard.require('plans.read'), async (c) => {
    const { plan, tasks, summary } = await plans.getPlan(planContextOf(c), readIdParam(c));
    return c.json({ plan: planJson(plan), summary, tasks: tasks.map((t) => taskJson(t)) });
  });

  api.get('/api/v1/plans/:id/dashboard', guard.require('plans.read'), async (c) => {
    const { tasks } = await plans.getPlan(planContextOf(c), readIdParam(c));
    return c.json(dashboardOf(tasks));
  });

  api.post('/api/v1/plans/:id/tasks', guard.require('plans.manage'), async (c) => {
    const planId = readIdParam(c);
    const id = await plans.createTask(planContextOf(c), planId, await readJson(c, taskInputSchema));
    return c.json({ id }, 201, { Location: `/api/v1/tasks/${id}` });
  });
}

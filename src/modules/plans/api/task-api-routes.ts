// /api/v1/tasks…, /api/v1/reports…, /api/v1/units/:id/tasks: a task with its reports and evidence;
// editors change tasks; units file and correct reports.
import type { Hono } from 'hono';
import { readIdParam } from '../../../platform/http/query.js';
import type { StaffEnv, StaffGuard } from '../../accounts/index.js';
import { planContextOf } from '../plan-context.js';
import type { Plans } from '../plans.service.js';
import { reportJson, taskJson } from './api-json.js';
import { correctionSchema, reportInputSchema, taskInputSchema } from '../plans.schema.js';
import { readJson } from './api-schemas.js';

export function mountTaskApiRoutes(api: Hono<StaffEnv>, { plans, guard }: { plans: Plans; guard: StaffGuard }) {
  api.get('/api/v1/tasks/:id', guard.require('plans.read'), async (c) => {
    const detail = await plans.getTask(planContextOf(c), readIdParam(c));
    return c.json({ task: taskJson(detail.task, true), reports: detail.reports.map(reportJson) });
  });

  api.put('/api/v1/tasks/:id', guard.require('plans.manage'), async (c) => {
    const id = readIdParam(c);
    await plans.updateTask(planContextOf(c), id, await readJson(c, taskInputSchema));
    return c.json(taskJson((await plans.getTask(planContextOf(c), id)).task));
  });

  api.post('/api/v1/tasks/:id/reports', guard.require('reports.file'), async (c) => {
    const taskId = readIdParam(c);
    const id = await plans.fileReport(planContextOf(c), taskId, await readJson(c, reportInputSchema));
    return c.json({ id }, 201, { Location: `/api/v1/reports/${id}` });
  });

  api.put('/api/v1/reports/:id', guard.require('reports.file'), async (c) => {
    const id = readIdParam(c);
    const { version, ...input } = await readJson(c, correctionSchema);
    await plans.correctReport(planContextOf(c), id, input, version);
    return c.json({ id, version: version + 1 });
  });

  api.get('/api/v1/units/:id/tasks', guard.require('plans.read'), async (c) => {
    const { tasks, summary } = await plans.listTasksOfUnit(planContextOf(c), readIdParam(c));
    return c.json({ summary, tasks: tasks.map((t) => taskJson(t)) });
  });
}

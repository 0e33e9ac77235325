// /api/v1/tasks…, /api/v1/reports…, /api/v1/units/{id}/tasks: a task with its reports and evidence;
// editors change tasks; units file and correct reports. Each endpoint declared once.
import type { Hono } from 'hono';
import type { z } from 'zod';
import { readIdParam } from '../../../platform/http/query.js';
import { planContextOf } from '../plan-context.js';
import { correctionSchema, reportInputSchema, taskInputSchema } from '../plans.schema.js';
import { reportJson, taskJson } from './api-json.js';
import {
  correctedSchema,
  createdSchema,
  idParams,
  invalid,
  json,
  refusal,
  taskDetailSchema,
  taskSchema,
  unitTasksSchema,
} from './api-schemas.js';
import { type PlansApiDeps, plansEndpoint } from './declare.js';
import { plansApiText as text } from './plans-api.vi.js';

export function mountTaskApiRoutes(app: Hono, deps: PlansApiDeps) {
  mountTaskRoutes(app, deps);
  mountReportRoutes(app, deps);
}

/** GET and PUT /api/v1/tasks/{id}, GET /api/v1/units/{id}/tasks */
function mountTaskRoutes(app: Hono, deps: PlansApiDeps) {
  const { plans } = deps;
  const endpoint = plansEndpoint(app, deps);
  const notFound = refusal(text.getTask.notFound);
  endpoint(
    {
      method: 'get',
      path: '/api/v1/tasks/{id}',
      summary: text.getTask.summary,
      permission: 'plans.read',
      params: idParams,
      responses: { 200: { description: text.getTask.ok, ...json(taskDetailSchema) }, 404: notFound },
    },
    async (c) => {
      const detail = await plans.getTask(planContextOf(c), readIdParam(c));
      const body = { task: taskJson(detail.task, true), reports: detail.reports.map(reportJson) };
      return c.json(body satisfies z.infer<typeof taskDetailSchema>);
    },
  );
  endpoint(
    {
      method: 'put',
      path: '/api/v1/tasks/{id}',
      summary: text.updateTask.summary,
      permission: 'plans.manage',
      params: idParams,
      body: taskInputSchema,
      responses: { 200: { description: text.answers.saved, ...json(taskSchema) }, 400: invalid, 404: notFound },
    },
    async (c, { body }) => {
      const id = readIdParam(c);
      await plans.updateTask(planContextOf(c), id, body);
      return c.json(taskJson((await plans.getTask(planContextOf(c), id)).task) satisfies z.infer<typeof taskSchema>);
    },
  );
  endpoint(
    {
      method: 'get',
      path: '/api/v1/units/{id}/tasks',
      summary: text.unitTasks.summary,
      permission: 'plans.read',
      params: idParams,
      responses: { 200: { description: text.unitTasks.ok, ...json(unitTasksSchema) } },
    },
    async (c) => {
      const { tasks, summary } = await plans.listTasksOfUnit(planContextOf(c), readIdParam(c));
      return c.json({ summary, tasks: tasks.map((t) => taskJson(t)) } satisfies z.infer<typeof unitTasksSchema>);
    },
  );
}

/** POST /api/v1/tasks/{id}/reports, PUT /api/v1/reports/{id}: units file reports; their authors correct them. */
function mountReportRoutes(app: Hono, deps: PlansApiDeps) {
  const { plans } = deps;
  const endpoint = plansEndpoint(app, deps);
  endpoint(
    {
      method: 'post',
      path: '/api/v1/tasks/{id}/reports',
      summary: text.fileReport.summary,
      permission: 'reports.file',
      params: idParams,
      body: reportInputSchema,
      responses: {
        201: { description: text.fileReport.created, ...json(createdSchema) },
        400: invalid,
        404: refusal(text.getTask.notFound),
        409: refusal(text.fileReport.closed),
      },
    },
    async (c, { body }) => {
      const id = await plans.fileReport(planContextOf(c), readIdParam(c), body);
      return c.json({ id } satisfies z.infer<typeof createdSchema>, 201, { Location: `/api/v1/reports/${id}` });
    },
  );
  endpoint(
    {
      method: 'put',
      path: '/api/v1/reports/{id}',
      summary: text.correctReport.summary,
      permission: 'reports.file',
      params: idParams,
      body: correctionSchema,
      responses: {
        200: { description: text.answers.saved, ...json(correctedSchema) },
        400: invalid,
        409: refusal(text.correctReport.conflict),
      },
    },
    async (c, { body }) => {
      const id = readIdParam(c);
      const { version, ...input } = body;
      await plans.correctReport(planContextOf(c), id, input, version);
      return c.json({ id, version: version + 1 } satisfies z.infer<typeof correctedSchema>);
    },
  );
}

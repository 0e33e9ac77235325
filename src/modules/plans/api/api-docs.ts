// The plans API in the OpenAPI document (/api/v1/openapi.json), with its Vietnamese summaries.
import { z } from 'zod';
import { errorResponseSchema, type ApiDocs } from '../../../platform/http/api-docs.js';
import { correctionSchema, planInputSchema, reportInputSchema, taskInputSchema } from '../plans.schema.js';
import { dashboardSchema, summarySchema, taskSchema } from './api-schemas.js';
import { plansApiText as text } from './plans-api.vi.js';

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...json(errorResponseSchema) });
const idParam = z.object({ id: z.string().regex(/^[1-9][0-9]*$/) });
const created = json(z.object({ id: z.number() }));
const invalid = error(text.answers.invalid);

type Register = (
  method: 'get' | 'post' | 'put',
  path: string,
  summary: string,
  extra?: Record<string, unknown>,
) => void;

/** Registers an endpoint with the answers every one of them may give (401, 403). */
function registrar(docs: ApiDocs): Register {
  const security: Array<Record<string, string[]>> = [{ cookieAuth: [] }, { bearerAuth: [] }];
  const common = {
    401: error(text.answers.unauthorized),
    403: error(text.answers.forbidden),
  };
  return (method, path, summary, extra = {}) =>
    docs.register({
      method,
      path,
      summary,
      security,
      ...extra,
      responses: { ...((extra.responses as object) ?? {}), ...common },
    } as never);
}

export function documentPlansApi(docs: ApiDocs) {
  const register = registrar(docs);
  documentPlanEndpoints(register);
  documentTaskEndpoints(register);
}

/** /api/v1/programmes, /api/v1/plans… */
function documentPlanEndpoints(register: Register) {
  register('get', '/api/v1/programmes', text.listProgrammes.summary, {
    responses: {
      200: {
        description: text.listProgrammes.ok,
        ...json(z.object({ items: z.array(z.object({ id: z.number(), number: z.string(), title: z.string() })) })),
      },
    },
  });
  register('get', '/api/v1/plans', text.listPlans.summary, {
    responses: {
      200: {
        description: text.listPlans.ok,
        ...json(z.object({ items: z.array(z.object({ id: z.number(), number: z.string(), summary: summarySchema })) })),
      },
    },
  });
  register('post', '/api/v1/plans', text.createPlan.summary, {
    request: { body: json(planInputSchema) },
    responses: { 201: { description: text.answers.created, ...created }, 400: invalid },
  });
  register('get', '/api/v1/plans/{id}', text.getPlan.summary, {
    request: { params: idParam },
    responses: {
      200: { description: text.getPlan.ok, ...json(z.object({ summary: summarySchema, tasks: z.array(taskSchema) })) },
      404: error(text.getPlan.notFound),
    },
  });
  register('get', '/api/v1/plans/{id}/dashboard', text.dashboard.summary, {
    request: { params: idParam },
    responses: { 200: { description: text.dashboard.ok, ...json(dashboardSchema) } },
  });
  register('post', '/api/v1/plans/{id}/tasks', text.createTask.summary, {
    request: { params: idParam, body: json(taskInputSchema) },
    responses: { 201: { description: text.answers.created, ...created }, 400: invalid },
  });
}

/** /api/v1/tasks…, /api/v1/reports…, /api/v1/units/{id}/tasks */
function documentTaskEndpoints(register: Register) {
  register('get', '/api/v1/tasks/{id}', text.getTask.summary, {
    request: { params: idParam },
    responses: {
      200: { description: text.getTask.ok, ...json(z.object({ task: taskSchema })) },
      404: error(text.getTask.notFound),
    },
  });
  register('put', '/api/v1/tasks/{id}', text.updateTask.summary, {
    request: { params: idParam, body: json(taskInputSchema) },
    responses: { 200: { description: text.answers.saved, ...json(taskSchema) }, 400: invalid },
  });
  register('post', '/api/v1/tasks/{id}/reports', text.fileReport.summary, {
    request: { params: idParam, body: json(reportInputSchema) },
    responses: {
      201: { description: text.fileReport.created, ...created },
      400: invalid,
      409: error(text.fileReport.closed),
    },
  });
  register('put', '/api/v1/reports/{id}', text.correctReport.summary, {
    request: { params: idParam, body: json(correctionSchema) },
    responses: {
      200: { description: text.answers.saved, ...json(z.object({ id: z.number(), version: z.number() })) },
      400: invalid,
      409: error(text.correctReport.conflict),
    },
  });
  register('get', '/api/v1/units/{id}/tasks', text.unitTasks.summary, {
    request: { params: idParam },
    responses: {
      200: {
        description: text.unitTasks.ok,
        ...json(z.object({ summary: summarySchema, tasks: z.array(taskSchema) })),
      },
    },
  });
}

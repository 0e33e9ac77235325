// The plans API's answers, as the OpenAPI document shows them and the handlers build them (what it
// takes is plans.schema.ts, the same schemas as the pages' forms), and the parts every endpoint's
// declaration shares: who may call, who is refused, the id in the path.
import { z } from 'zod';
import { errorResponseSchema } from '../../../platform/http/api-docs.js';
import { plansApiText } from './plans-api.vi.js';

const about = plansApiText.fields;

// A whole plan with its tasks fits; declared before anything else runs (platform/http/body.ts).
export const PLANS_API_BODY_BYTES = 256 * 1024;

export const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
export const refusal = (description: string) => ({ description, ...json(errorResponseSchema) });
/** Signed in by session cookie (with X-CSRF-Token for a change) or by personal API token. */
export const security: Array<Record<string, string[]>> = [{ cookieAuth: [] }, { bearerAuth: [] }];
export const refusals = {
  401: refusal(plansApiText.answers.unauthorized),
  403: refusal(plansApiText.answers.forbidden),
};
export const invalid = refusal(plansApiText.answers.invalid);
export const idParams = z.object({ id: z.string().regex(/^[1-9][0-9]*$/) });

const STATUS = z.enum(['not_due', 'in_progress', 'done_on_time', 'done_late', 'overdue']);
const unitRef = z.object({ id: z.number(), name: z.string() });

export const createdSchema = z.object({ id: z.number() });

export const summarySchema = z.object({
  total: z.number(),
  not_due: z.number(),
  in_progress: z.number(),
  done_on_time: z.number(),
  done_late: z.number(),
  overdue: z.number(),
});

export const programmeSchema = z.object({
  id: z.number(),
  number: z.string(),
  title: z.string(),
  issuer: z.string(),
  issuedOn: z.string().nullable(),
  startYear: z.number(),
  endYear: z.number(),
});

export const planSchema = z.object({
  id: z.number(),
  number: z.string(),
  title: z.string(),
  issuer: z.string(),
  issuedOn: z.string(),
  year: z.number(),
  programmeNumber: z.string().nullable(),
});

export const taskSchema = z.object({
  id: z.number(),
  planId: z.number(),
  parentId: z.number().nullable(),
  title: z.string(),
  groupName: z.string(),
  leadUnit: unitRef,
  coordinators: z.array(unitRef),
  recurrence: z.string(),
  deadline: z.string().describe(about.deadlineText),
  target: z.number().nullable(),
  targetUnit: z.string(),
  actual: z.number(),
  status: STATUS,
  statusLabel: z.string(),
  closed: z.boolean(),
  occurrences: z
    .array(
      z.object({
        key: z.string(),
        dueAt: z.string(),
        status: STATUS,
        actual: z.number(),
        doneAt: z.string().nullable(),
      }),
    )
    .optional(),
});

export const reportSchema = z.object({
  id: z.number(),
  unit: unitRef,
  occurrenceKey: z.string(),
  activityDate: z.string(),
  body: z.string(),
  quantity: z.number().nullable(),
  completed: z.boolean(),
  authorName: z.string(),
  filedAt: z.string(),
  version: z.number(),
  articles: z.array(z.object({ id: z.number(), title: z.string(), url: z.string() })),
});

export const programmeListSchema = z.object({ items: z.array(programmeSchema) });
export const planListSchema = z.object({ items: z.array(planSchema.extend({ summary: summarySchema })) });
export const planDetailSchema = z.object({ plan: planSchema, summary: summarySchema, tasks: z.array(taskSchema) });
export const taskDetailSchema = z.object({ task: taskSchema, reports: z.array(reportSchema) });
export const unitTasksSchema = z.object({ summary: summarySchema, tasks: z.array(taskSchema) });
export const correctedSchema = z.object({ id: z.number(), version: z.number() });

export const dashboardSchema = z.object({
  summary: summarySchema,
  byGroup: z.array(z.object({ group: z.string(), summary: summarySchema })),
  byLeadUnit: z.array(z.object({ unitId: z.number(), unitName: z.string(), summary: summarySchema })),
  overdue: z.array(z.object({ taskId: z.number(), title: z.string(), leadUnit: z.string(), deadline: z.string() })),
  targets: z.array(
    z.object({ taskId: z.number(), title: z.string(), target: z.number(), actual: z.number(), unit: z.string() }),
  ),
});

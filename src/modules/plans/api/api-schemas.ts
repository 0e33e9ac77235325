// The plans API's JSON: how bodies are read, and the answers' shapes for the OpenAPI document. What
// it takes is plans.schema.ts, the same schemas as the pages' forms.
import type { Context } from 'hono';
import { z } from 'zod';
import { readJsonBody } from '../../../platform/http/body.js';
import { plansApiText } from './plans-api.vi.js';

const about = plansApiText.fields;

const STATUS = z.enum(['not_due', 'in_progress', 'done_on_time', 'done_late', 'overdue']);

// A whole plan with its tasks fits; declared before anything else runs (platform/http/body.ts).
export const PLANS_API_BODY_BYTES = 256 * 1024;
export const readJson = <T extends z.ZodType>(c: Context, schema: T) =>
  readJsonBody(c, schema, { maxBytes: PLANS_API_BODY_BYTES });

export const summarySchema = z.object({
  total: z.number(),
  not_due: z.number(),
  in_progress: z.number(),
  done_on_time: z.number(),
  done_late: z.number(),
  overdue: z.number(),
});

export const taskSchema = z.object({
  id: z.number(),
  planId: z.number(),
  parentId: z.number().nullable(),
  title: z.string(),
  groupName: z.string(),
  leadUnit: z.object({ id: z.number(), name: z.string() }),
  coordinators: z.array(z.object({ id: z.number(), name: z.string() })),
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

export const dashboardSchema = z.object({
  summary: summarySchema,
  byGroup: z.array(z.object({ group: z.string(), summary: summarySchema })),
  byLeadUnit: z.array(z.object({ unitId: z.number(), unitName: z.string(), summary: summarySchema })),
  overdue: z.array(z.object({ taskId: z.number(), title: z.string(), leadUnit: z.string(), deadline: z.string() })),
  targets: z.array(
    z.object({ taskId: z.number(), title: z.string(), target: z.number(), actual: z.number(), unit: z.string() }),
  ),
});

// The plans API's JSON: the inputs (zod, Vietnamese messages) and how bodies are read, and the
// answers' shapes for the OpenAPI document.
import type { Context } from 'hono';
import { z } from 'zod';
import { readJsonBody } from '../../../platform/http/body.js';
import { planInputText as text } from '../plans-input.vi.js';
import { RECURRENCE_KINDS } from '../plans.tables.js';
import { plansApiText } from './plans-api.vi.js';

const about = plansApiText.fields;

const STATUS = z.enum(['not_due', 'in_progress', 'done_on_time', 'done_late', 'overdue']);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, text.any.date);
const positiveId = z.number({ error: text.any.positiveId }).int().positive(text.any.positiveId);

// A whole plan with its tasks fits; declared before anything else runs (platform/http/body.ts).
export const PLANS_API_BODY_BYTES = 256 * 1024;
export const readJson = <T extends z.ZodType>(c: Context, schema: T) =>
  readJsonBody(c, schema, { maxBytes: PLANS_API_BODY_BYTES });

export const planInputSchema = z
  .object({
    programmeId: positiveId.nullable().default(null),
    number: z.string({ error: text.plan.numberRequiredShort }).min(1, text.plan.numberRequiredShort).max(60),
    title: z.string({ error: text.plan.titleRequiredShort }).min(1, text.plan.titleRequiredShort).max(500),
    issuer: z.string().max(200).default(''),
    issuedOn: date,
    year: z.number().int().min(2000).max(2100),
  })
  .strict();

export const taskInputSchema = z
  .object({
    title: z.string({ error: text.task.titleRequired }).min(1, text.task.titleRequired).max(500),
    description: z.string().max(5000).default(''),
    groupName: z.string().max(200).default(''),
    leadUnitId: positiveId,
    coordinatorIds: z.array(positiveId).max(100).default([]),
    parentId: positiveId.nullable().default(null),
    recurrence: z.enum(RECURRENCE_KINDS).default('once'),
    deadline: date.nullable().default(null).describe(about.deadline),
    recurDay: z.number().int().min(1).max(31).nullable().default(null),
    recurMonth: z.number().int().min(1).max(12).nullable().default(null),
    recurFrom: date.nullable().default(null),
    recurTo: date.nullable().default(null),
    targetQuantity: z.number().int().positive().nullable().default(null),
    targetUnit: z.string().max(40).default(''),
  })
  .strict();

export const reportInputSchema = z
  .object({
    unitId: positiveId.describe(about.reportUnitId),
    activityDate: date.describe(about.activityDate),
    body: z.string({ error: text.report.bodyRequired }).min(1, text.report.bodyRequired).max(10_000),
    quantity: z.number().int().min(0).nullable().default(null),
    completed: z.boolean().default(false),
    articleIds: z.array(positiveId).max(20).default([]).describe(about.articleIds),
  })
  .strict();

export const correctionSchema = reportInputSchema.extend({ version: positiveId.describe(about.version) }).strict();

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

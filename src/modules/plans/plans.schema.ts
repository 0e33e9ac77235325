// What the plan tracker takes, one zod schema per input, for the pages' forms and the JSON API alike:
// a form turns its fields into this shape (admin/form-input.ts), the API reads its body with it
// (and documents it), and the service parses every input with it before the checks that need the
// database (service/validation.ts). Messages in plans-input.vi.ts, by field.
import { z } from 'zod';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { planInputText as text } from './plans-input.vi.js';
import { plansApiText } from './api/plans-api.vi.js';
import { RECURRENCE_KINDS } from './plans.tables.js';

const about = plansApiText.fields;
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A whole number (the error when it is not one, or out of `min`..`max`, is `message`). */
const int = (message: string, min: number, max: number) =>
  z.number({ error: message }).int(message).min(min, message).max(max, message);
const id = (message: string = text.any.positiveId) => z.number({ error: message }).int(message).positive(message);
const date = (message: string = text.any.date) => z.string({ error: message }).regex(DATE, message);
/** Text typed by a person: trimmed, required, at most `max` characters. */
const required = (empty: string, max: number, tooLong: string) =>
  z.string({ error: empty }).trim().min(1, empty).max(max, tooLong);
const optional = (max: number, tooLong: string) => z.string({ error: tooLong }).max(max, tooLong).default('');
/** A whole number, or undefined: the checks across fields see the values as sent, refused ones too. */
const intOf = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) ? value : undefined);
/** An object with these fields only: the JSON API refuses what it does not know, naming it. */
/** Checks across fields run even when a field is refused (a form shows every message at once), on an object. */
const evenWithRefusedFields = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};
const strict = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? text.unknownFields((issue.keys ?? []).join(', ')) : text.notAnObject,
};

export const programmeInputSchema = z
  .strictObject(
    {
      number: required(text.programme.numberRequired, 60, text.programme.numberTooLong),
      title: required(text.programme.titleRequired, 500, text.programme.titleTooLong),
      issuer: optional(200, text.programme.issuerTooLong),
      issuedOn: date(text.programme.issuedOnInvalid).nullable().default(null),
      startYear: int(text.programme.startYearInvalid, 2000, 2100),
      endYear: int(text.programme.endYearInvalid, 2000, 2100),
    },
    strict,
  )
  .superRefine((p, ctx) => {
    const [from, to] = [intOf(p.startYear), intOf(p.endYear)];
    if (from !== undefined && to !== undefined && to < from)
      ctx.addIssue({ code: 'custom', path: ['endYear'], message: text.programme.endYearInvalid });
  }, evenWithRefusedFields);

export const planInputSchema = z.strictObject(
  {
    programmeId: id().nullable().default(null),
    number: required(text.plan.numberRequired, 60, text.plan.numberTooLong),
    title: required(text.plan.titleRequired, 500, text.plan.titleTooLong),
    issuer: optional(200, text.plan.issuerTooLong),
    issuedOn: date(text.plan.issuedOnInvalid),
    year: int(text.plan.yearInvalid, 2000, 2100),
  },
  strict,
);

const taskFields = {
  title: required(text.task.titleRequired, 500, text.task.titleTooLong),
  description: optional(5000, text.task.descriptionTooLong),
  groupName: optional(200, text.task.groupTooLong),
  leadUnitId: id(text.task.leadUnitRequired),
  coordinatorIds: z.array(id(), { error: text.any.positiveId }).max(100, text.task.tooManyCoordinators).default([]),
  parentId: id().nullable().default(null),
  recurrence: z.enum(RECURRENCE_KINDS, { error: text.task.recurrenceUnknown }).default('once'),
  /** once: the deadline. */
  deadline: date().nullable().default(null).describe(about.deadline),
  /** monthly: the day of the month; yearly: the day, with recurMonth. Whether each is needed: below. */
  recurDay: int(text.task.monthDayInvalid, 1, 31).nullable().default(null),
  recurMonth: int(text.task.monthInvalid, 1, 12).nullable().default(null),
  /** daily, monthly, yearly: the span; left open, the plan's year. */
  recurFrom: date().nullable().default(null),
  recurTo: date().nullable().default(null),
  /** A number to reach (with its unit, "lớp"), or null: then a report saying "completed" is what counts. */
  targetQuantity: int(text.task.targetInvalid, 1, 1_000_000).nullable().default(null),
  targetUnit: optional(40, text.task.targetUnitTooLong),
};
type TaskFields = { [K in keyof typeof taskFields]?: unknown };

/**
 * The fields each kind of recurrence needs, and the lead unit not among the coordinators. Run even
 * when another field is refused, so a form shows every message at once. What needs the plan's year
 * (an open span, the engine's check of the whole) is the service's.
 */
function checkRecurrence(t: TaskFields, ctx: z.RefinementCtx) {
  const refuse = (path: keyof TaskFields, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  const [day, month] = [intOf(t.recurDay), intOf(t.recurMonth)];
  const inRange = (n: number | undefined, max: number) => n !== undefined && n >= 1 && n <= max;
  if (t.recurrence === 'once' && !(typeof t.deadline === 'string' && DATE.test(t.deadline)))
    refuse('deadline', text.task.deadlineRequired);
  if (t.recurrence === 'monthly' && !inRange(day, 31)) refuse('recurDay', text.task.monthDayInvalid);
  if (t.recurrence === 'yearly') {
    if (!inRange(month, 12)) refuse('recurMonth', text.task.monthInvalid);
    if (!inRange(day, 31)) refuse('recurDay', text.task.dayInvalid);
  }
  const { recurFrom: from, recurTo: to } = t;
  if (t.recurrence !== 'once' && typeof from === 'string' && typeof to === 'string' && from > to)
    refuse('recurFrom', text.task.spanInvalid);
  if (Array.isArray(t.coordinatorIds) && t.coordinatorIds.includes(t.leadUnitId))
    refuse('coordinatorIds', text.task.leadAlsoCoordinator);
}

export const taskInputSchema = z.strictObject(taskFields, strict).superRefine(checkRecurrence, evenWithRefusedFields);

export const reportInputSchema = z.strictObject(
  {
    unitId: id(text.report.unitRequired).describe(about.reportUnitId),
    activityDate: z
      .string({ error: text.report.activityDateInvalid })
      .min(1, text.report.activityDateInvalid)
      .regex(DATE, text.any.date)
      .describe(about.activityDate),
    body: required(text.report.bodyRequired, 10_000, text.report.bodyTooLong),
    quantity: int(text.report.quantityInvalid, 0, 1_000_000).nullable().default(null),
    completed: z.boolean({ error: text.report.completedInvalid }).default(false),
    articleIds: z
      .array(id(), { error: text.any.positiveId })
      .max(20, text.report.tooManyArticles)
      .default([])
      .describe(about.articleIds),
  },
  strict,
);

/** A correction: the report's fields and the version its author read (409 when someone saved since). */
export const correctionSchema = reportInputSchema.extend({
  version: id(text.report.versionInvalid).describe(about.version),
});

/** An editor's confirmation that an occurrence is done, with the reason. */
export const completionSchema = z.strictObject(
  {
    occurrenceKey: z.string({ error: text.completion.noSuchOccurrence }),
    reason: required(text.completion.reasonRequired, 1000, text.completion.reasonTooLong),
  },
  strict,
);

export type ProgrammeInput = z.output<typeof programmeInputSchema>;
export type PlanInput = z.output<typeof planInputSchema>;
export type TaskInput = z.output<typeof taskInputSchema>;
export type ReportInput = z.output<typeof reportInputSchema>;
export type CompletionInput = z.output<typeof completionSchema>;

/**
 * `input` parsed with `schema`: the value when it passes, and each refused field's message (the
 * service adds the database's to them, so a form shows every message at once).
 */
export function parseFields<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { value?: z.output<S>; fields: Record<string, string> } {
  const parsed = schema.safeParse(input);
  return parsed.success ? { value: parsed.data, fields: {} } : { fields: fieldErrors(parsed.error) };
}

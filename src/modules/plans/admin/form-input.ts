// The plan pages' forms as they arrive: read as typed strings (so a refused form comes back as it
// was sent), then turned into the very shape the JSON API sends (plans.schema.ts): numbers from
// digits, null for what is left empty. The service parses that shape with the API's schema, after
// its checks of who may write to which record; nothing here refuses.
import type { Context } from 'hono';
import { AppError } from '../../../platform/http/errors.js';
import { parseId } from '../../../platform/http/query.js';
import { readUploads, type Upload } from '../../attachments/index.js';
import { RECURRENCE_KINDS, type RecurrenceKind } from '../plans.tables.js';
import type { CompletionInput, PlanInput, ProgrammeInput, ReportInput, TaskInput, TaskView } from '../plans.types.js';
import type { PlanFormValues, ProgrammeFormValues, TaskFormValues } from '../views/plan-forms.js';
import type { ReportFormValues } from '../views/report-fields.js';
import { taskPagesText } from '../views/task-pages.vi.js';

export const optionalId = (raw: string) => parseId(raw) ?? null;
/** A whole number typed; null when there is none (the schema says which fields may be left empty). */
const optionalInt = (raw: string) => (/^-?\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : null);
/** A number that must be there: what is not one (NaN) is refused by the schema with the field's message. */
const requiredInt = (raw: string) => optionalInt(raw) ?? Number.NaN;
/** A number that may be left empty, but not typed wrong. */
const intOrNull = (raw: string) => (raw.trim() ? requiredInt(raw) : null);
const optionalDate = (raw: string) => (raw.trim() ? raw.trim() : null);
/** The ids among ticked values; anything else is dropped. */
export const idsOf = (raw: string[]) => raw.map(optionalId).filter((x): x is number => x !== null);

/** A refusal of the service with its fields' messages: the form is shown again with them. */
export const isValidation = (err: unknown): err is AppError & { fields: Record<string, string> } =>
  err instanceof AppError && err.code === 'VALIDATION_FAILED' && err.fields !== undefined;

/**
 * A refused form's messages, plus one on the file field when files were sent: a browser cannot be
 * handed its files back, so whoever sent them must know to choose them again.
 */
export const withFilesAgain = (errors: Record<string, string>, uploads: readonly unknown[]) =>
  uploads.length > 0 ? { ...errors, files: errors.files ?? taskPagesText.filesAgain } : errors;

export async function readForm(c: Context) {
  const form = await c.req.parseBody({ all: true });
  const uploads = (): Promise<Upload[]> => readUploads(form);
  const text = (k: string) => {
    const v = form[k];
    const first = Array.isArray(v) ? v[0] : v;
    return typeof first === 'string' ? first.normalize('NFC') : '';
  };
  const list = (k: string) => {
    const v = form[k];
    return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
  };
  return { text, list, uploads };
}

export async function readProgrammeForm(c: Context): Promise<ProgrammeFormValues> {
  const { text } = await readForm(c);
  return {
    number: text('number'),
    title: text('title'),
    issuer: text('issuer'),
    issuedOn: text('issuedOn'),
    startYear: text('startYear'),
    endYear: text('endYear'),
  };
}

export const programmeInput = (v: ProgrammeFormValues): ProgrammeInput => ({
  number: v.number,
  title: v.title,
  issuer: v.issuer,
  issuedOn: optionalDate(v.issuedOn),
  startYear: requiredInt(v.startYear),
  endYear: requiredInt(v.endYear),
});

export async function readPlanForm(c: Context): Promise<PlanFormValues & { uploads: Upload[] }> {
  const { text, uploads } = await readForm(c);
  return {
    programmeId: text('programmeId'),
    number: text('number'),
    title: text('title'),
    issuer: text('issuer'),
    issuedOn: text('issuedOn'),
    year: text('year'),
    uploads: await uploads(),
  };
}

export const planInput = (v: PlanFormValues): PlanInput => ({
  programmeId: optionalId(v.programmeId),
  number: v.number,
  title: v.title,
  issuer: v.issuer,
  issuedOn: v.issuedOn.trim(),
  year: requiredInt(v.year),
});

export async function readTaskForm(c: Context): Promise<TaskFormValues> {
  const { text, list } = await readForm(c);
  return {
    title: text('title'),
    description: text('description'),
    groupName: text('groupName'),
    leadUnitId: text('leadUnitId'),
    coordinatorIds: list('coordinatorIds'),
    parentId: text('parentId'),
    recurrence: text('recurrence') || 'once',
    deadline: text('deadline'),
    recurDay: text('recurDay'),
    recurMonth: text('recurMonth'),
    recurFrom: text('recurFrom'),
    recurTo: text('recurTo'),
    targetQuantity: text('targetQuantity'),
    targetUnit: text('targetUnit'),
  };
}

export const taskInput = (v: TaskFormValues): TaskInput => ({
  title: v.title,
  description: v.description,
  groupName: v.groupName,
  leadUnitId: optionalId(v.leadUnitId) ?? Number.NaN,
  coordinatorIds: idsOf(v.coordinatorIds),
  parentId: optionalId(v.parentId),
  recurrence: (RECURRENCE_KINDS as readonly string[]).includes(v.recurrence)
    ? (v.recurrence as RecurrenceKind)
    : 'once',
  deadline: optionalDate(v.deadline),
  recurDay: optionalInt(v.recurDay),
  recurMonth: optionalInt(v.recurMonth),
  recurFrom: optionalDate(v.recurFrom),
  recurTo: optionalDate(v.recurTo),
  targetQuantity: intOrNull(v.targetQuantity),
  targetUnit: v.targetUnit,
});

/** A saved task as its edit form shows it. */
export const taskValuesOf = (t: TaskView): TaskFormValues => ({
  title: t.title,
  description: t.description,
  groupName: t.groupName,
  leadUnitId: String(t.leadUnit.id),
  coordinatorIds: t.coordinators.map((x) => String(x.id)),
  parentId: t.parentId === null ? '' : String(t.parentId),
  recurrence: t.recurrenceKind,
  deadline: t.recurrence.kind === 'once' ? t.recurrence.deadline : '',
  recurDay: t.recurrence.kind === 'monthly' || t.recurrence.kind === 'yearly' ? String(t.recurrence.day) : '',
  recurMonth: t.recurrence.kind === 'yearly' ? String(t.recurrence.month) : '',
  recurFrom: t.recurrence.kind === 'once' ? '' : t.recurrence.from,
  recurTo: t.recurrence.kind === 'once' ? '' : t.recurrence.to,
  targetQuantity: t.targetQuantity === null ? '' : String(t.targetQuantity),
  targetUnit: t.targetUnit,
});

export async function readReportForm(
  c: Context,
): Promise<{ values: ReportFormValues; version: number; uploads: Upload[] }> {
  const { text, list, uploads } = await readForm(c);
  return {
    values: {
      unitId: text('unitId'),
      activityDate: text('activityDate'),
      body: text('body'),
      quantity: text('quantity'),
      completed: text('completed') === '1',
      articleIds: list('articleIds'),
    },
    version: optionalInt(text('version')) ?? 0,
    uploads: await uploads(),
  };
}

export const reportInput = (v: ReportFormValues): ReportInput => ({
  unitId: optionalId(v.unitId) ?? Number.NaN,
  activityDate: v.activityDate.trim(),
  body: v.body,
  quantity: intOrNull(v.quantity),
  completed: v.completed,
  articleIds: idsOf(v.articleIds),
});

/** An editor's confirmation: the occurrence and the reason. */
export async function readCompletionForm(c: Context): Promise<CompletionInput> {
  const { text } = await readForm(c);
  return { occurrenceKey: text('occurrenceKey'), reason: text('reason') };
}

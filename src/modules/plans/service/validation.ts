// The checks of what pages and the API send, before anything is written: the input's schema
// (plans.schema.ts, the same for forms and the API), then what only the database, the plan or the
// clock can tell (a number taken, a unit that exists, a day in the task's time). Each refuses with
// every field's Vietnamese message at once (VALIDATION_FAILED) and returns the input as parsed.
import { BadRequestError } from '../../../platform/http/errors.js';
import { normalizeText } from '../../../platform/text/fold.js';
import { vietnamDay } from '../../../platform/time/vietnam-time.js';
import type { Db } from '../../../database.js';
import * as q from '../plans.queries.js';
import {
  completionSchema,
  parseFields,
  planInputSchema,
  programmeInputSchema,
  reportInputSchema,
  taskInputSchema,
} from '../plans.schema.js';
import { listOccurrences, occurrenceFor, recurrenceProblem } from '../task-status.js';
import type {
  CompletionInput,
  Plan,
  PlanInput,
  ProgrammeInput,
  ReportInput,
  TaskInput,
  TaskView,
} from '../plans.types.js';
import { planInputText } from '../plans-input.vi.js';
import { recurrenceOf, taskColumns } from './row-mapping.js';

const { programme: programmeText, plan: planText, task: taskText, completion: completionText } = planInputText;
const reportText = planInputText.report;

/** Throws VALIDATION_FAILED with the fields' messages, or returns the parsed input. */
function refuseOr<T>(value: T | undefined, fields: Record<string, string>): T {
  if (Object.keys(fields).length > 0 || value === undefined) throw new BadRequestError('VALIDATION_FAILED', fields);
  return value;
}

export async function checkProgramme(db: Db, input: ProgrammeInput, exceptId?: number): Promise<ProgrammeInput> {
  const { value, fields } = parseFields(programmeInputSchema, input);
  if (!fields.number && (await q.isProgrammeNumberTaken(db, normalizeText(input.number).trim(), exceptId)))
    fields.number = programmeText.numberTaken;
  return refuseOr(value, fields);
}

export async function checkPlan(db: Db, input: PlanInput, exceptId?: number): Promise<PlanInput> {
  const { value, fields } = parseFields(planInputSchema, input);
  if (!fields.number && (await q.isPlanNumberTaken(db, normalizeText(input.number).trim(), exceptId)))
    fields.number = planText.numberTaken;
  if (!fields.programmeId && input.programmeId !== null && !(await q.findProgramme(db, input.programmeId)))
    fields.programmeId = planText.programmeMissing;
  return refuseOr(value, fields);
}

/**
 * What needs the plan's year: a span left open runs over the whole year, and the status engine's own
 * check of the whole (30/02, a span with no occurrence in it, more than ten years).
 */
function checkRecurrence(input: TaskInput, planYear: number, fields: Record<string, string>) {
  if (input.recurrence !== 'once' && (input.recurFrom ?? `${planYear}-01-01`) > (input.recurTo ?? `${planYear}-12-31`))
    fields.recurFrom = taskText.spanInvalid;
  if (Object.keys(fields).length > 0) return; // the engine's check is of a task otherwise right
  const problem = recurrenceProblem(recurrenceOf({ ...taskColumns(input), deadline: input.deadline }, planYear));
  if (problem) fields[input.recurrence === 'once' ? 'deadline' : 'recurFrom'] = problem;
}

export async function checkTask(
  db: Db,
  unitExists: (id: number) => Promise<boolean>,
  input: TaskInput,
  plan: { id: number; year: number },
  selfId?: number,
): Promise<TaskInput> {
  const { value, fields } = parseFields(taskInputSchema, input);
  if (!fields.leadUnitId && !(await unitExists(input.leadUnitId))) fields.leadUnitId = taskText.leadUnitRequired;
  if (!fields.coordinatorIds)
    for (const id of input.coordinatorIds)
      if (!(await unitExists(id))) fields.coordinatorIds = taskText.coordinatorMissing;
  if (!fields.parentId && input.parentId !== null) {
    const parent = await q.findTask(db, input.parentId);
    if (!parent || parent.plan_id !== plan.id || parent.id === selfId) fields.parentId = taskText.parentElsewhere;
  }
  if (value) checkRecurrence(value, plan.year, fields);
  return refuseOr(value, fields);
}

/** An editor's confirmation: a reason, and an occurrence the task has. The reason comes back as kept. */
export function checkCompletion(task: TaskView, input: CompletionInput): CompletionInput {
  const { value, fields } = parseFields(completionSchema, input);
  if (!fields.occurrenceKey && !listOccurrences(task.recurrence).some((o) => o.key === input.occurrenceKey))
    fields.occurrenceKey = completionText.noSuchOccurrence;
  const checked = refuseOr(value, fields);
  return { ...checked, reason: normalizeText(checked.reason).trim() };
}

/** The day's occurrence of the task, or the reason there is none. */
function checkActivityDate(
  task: TaskView,
  plan: Plan,
  activityDate: string,
  today: string,
): { occurrenceKey: string } | { problem: string } {
  if (activityDate > today) return { problem: reportText.activityDateInFuture };
  if (activityDate < `${plan.year}-01-01`) return { problem: reportText.activityDateBeforePlan(plan.year) };
  const occurrence = occurrenceFor(task.recurrence, activityDate);
  return occurrence ? { occurrenceKey: occurrence.key } : { problem: reportText.activityDateOutside };
}

/** A report: its day (which picks the occurrence) in the task's time, and published evidence. */
export async function checkReport(
  deps: { now: Date; publishedIds: (ids: number[]) => Promise<number[]> },
  task: TaskView,
  plan: Plan,
  input: ReportInput,
): Promise<{ report: ReportInput; occurrenceKey: string; articleIds: number[] }> {
  const { value, fields } = parseFields(reportInputSchema, input);
  let occurrenceKey = '';
  if (!fields.activityDate) {
    const day = checkActivityDate(task, plan, input.activityDate, vietnamDay(deps.now));
    if ('problem' in day) fields.activityDate = day.problem;
    else occurrenceKey = day.occurrenceKey;
  }
  const wanted = fields.articleIds ? [] : [...new Set(input.articleIds)];
  const published = new Set(await deps.publishedIds(wanted));
  if (wanted.some((id) => !published.has(id))) fields.articleIds = reportText.articlesUnpublished;
  return { report: refuseOr(value, fields), occurrenceKey, articleIds: wanted };
}

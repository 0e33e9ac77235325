// The checks of what pages and the API send, before anything is written: each refuses with every
// field's Vietnamese message at once (VALIDATION_FAILED).
import { BadRequestError } from '../../../platform/http/errors.js';
import { normalizeText } from '../../../platform/text/fold.js';
import { vietnamDay } from '../../../platform/time/vietnam-time.js';
import type { Db } from '../../../database.js';
import * as q from '../plans.queries.js';
import { listOccurrences, occurrenceFor, recurrenceProblem } from '../task-status.js';
import type { Plan, PlanInput, ProgrammeInput, ReportInput, TaskInput, TaskView } from '../plans.types.js';
import { planInputText } from '../plans-input.vi.js';
import { recurrenceOf, taskColumns } from './row-mapping.js';

const { programme: programmeText, plan: planText, task: taskText, completion: completionText } = planInputText;
const reportText = planInputText.report;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function refuseIfAny(fields: Record<string, string>) {
  if (Object.keys(fields).length > 0) throw new BadRequestError('VALIDATION_FAILED', fields);
}

export async function validateProgramme(db: Db, input: ProgrammeInput, exceptId?: number) {
  const fields: Record<string, string> = {};
  if (!input.number.trim()) fields.number = programmeText.numberRequired;
  else if (await q.isProgrammeNumberTaken(db, normalizeText(input.number).trim(), exceptId))
    fields.number = programmeText.numberTaken;
  if (!input.title.trim()) fields.title = programmeText.titleRequired;
  if (input.issuedOn !== null && !DATE.test(input.issuedOn)) fields.issuedOn = programmeText.issuedOnInvalid;
  if (!(input.startYear >= 2000 && input.startYear <= 2100)) fields.startYear = programmeText.startYearInvalid;
  if (!(input.endYear >= input.startYear && input.endYear <= 2100)) fields.endYear = programmeText.endYearInvalid;
  refuseIfAny(fields);
}

export async function validatePlan(db: Db, input: PlanInput, exceptId?: number) {
  const fields: Record<string, string> = {};
  if (!input.number.trim()) fields.number = planText.numberRequired;
  else if (await q.isPlanNumberTaken(db, normalizeText(input.number).trim(), exceptId))
    fields.number = planText.numberTaken;
  if (!input.title.trim()) fields.title = planText.titleRequired;
  if (!DATE.test(input.issuedOn)) fields.issuedOn = planText.issuedOnInvalid;
  if (!(input.year >= 2000 && input.year <= 2100)) fields.year = planText.yearInvalid;
  if (input.programmeId !== null && !(await q.findProgramme(db, input.programmeId)))
    fields.programmeId = planText.programmeMissing;
  refuseIfAny(fields);
}

/** The recurrence fields of a task: each kind's own, then the engine's check of the whole. */
function checkRecurrence(input: TaskInput, planYear: number, fields: Record<string, string>) {
  if (input.recurrence === 'once' && !(input.deadline !== null && DATE.test(input.deadline)))
    fields.deadline = taskText.deadlineRequired;
  if (input.recurrence === 'monthly' && !(input.recurDay !== null && input.recurDay >= 1 && input.recurDay <= 31))
    fields.recurDay = taskText.monthDayInvalid;
  if (input.recurrence === 'yearly') {
    if (!(input.recurMonth !== null && input.recurMonth >= 1 && input.recurMonth <= 12))
      fields.recurMonth = taskText.monthInvalid;
    if (!(input.recurDay !== null && input.recurDay >= 1 && input.recurDay <= 31))
      fields.recurDay = taskText.dayInvalid;
  }
  if (input.recurrence !== 'once') {
    const from = input.recurFrom ?? `${planYear}-01-01`;
    const to = input.recurTo ?? `${planYear}-12-31`;
    if (!DATE.test(from) || !DATE.test(to) || from > to) fields.recurFrom = taskText.spanInvalid;
  }
  if (Object.keys(fields).length === 0) {
    // The engine's own check: 30/02, a span with no occurrence in it, more than ten years.
    const problem = recurrenceProblem(recurrenceOf({ ...taskColumns(input), deadline: input.deadline }, planYear));
    if (problem) fields[input.recurrence === 'once' ? 'deadline' : 'recurFrom'] = problem;
  }
}

export async function validateTask(
  db: Db,
  unitExists: (id: number) => Promise<boolean>,
  input: TaskInput,
  plan: { id: number; year: number },
  selfId?: number,
) {
  const fields: Record<string, string> = {};
  if (!input.title.trim()) fields.title = taskText.titleRequired;
  else if (input.title.length > 500) fields.title = taskText.titleTooLong;
  if (!(await unitExists(input.leadUnitId))) fields.leadUnitId = taskText.leadUnitRequired;
  for (const id of input.coordinatorIds)
    if (!(await unitExists(id))) fields.coordinatorIds = taskText.coordinatorMissing;
  if (input.coordinatorIds.includes(input.leadUnitId)) fields.coordinatorIds = taskText.leadAlsoCoordinator;
  if (input.parentId !== null) {
    const parent = await q.findTask(db, input.parentId);
    if (!parent || parent.plan_id !== plan.id || parent.id === selfId) fields.parentId = taskText.parentElsewhere;
  }
  checkRecurrence(input, plan.year, fields);
  if (
    input.targetQuantity !== null &&
    !(Number.isInteger(input.targetQuantity) && input.targetQuantity > 0 && input.targetQuantity <= 1_000_000)
  )
    fields.targetQuantity = taskText.targetInvalid;
  if (input.targetUnit.length > 40) fields.targetUnit = taskText.targetUnitTooLong;
  refuseIfAny(fields);
}

/** An editor's confirmation: a reason, and an occurrence the task has. Returns the reason as kept. */
export function validateCompletion(task: TaskView, occurrenceKey: string, reason: string): string {
  const text = normalizeText(reason).trim();
  const fields: Record<string, string> = {};
  if (!text) fields.reason = completionText.reasonRequired;
  else if (text.length > 1000) fields.reason = completionText.reasonTooLong;
  if (!listOccurrences(task.recurrence).some((o) => o.key === occurrenceKey))
    fields.occurrenceKey = completionText.noSuchOccurrence;
  refuseIfAny(fields);
  return text;
}

/** The day's occurrence of the task, or the reason there is none. */
function checkActivityDate(
  task: TaskView,
  plan: Plan,
  activityDate: string,
  today: string,
): { occurrenceKey: string } | { problem: string } {
  if (!DATE.test(activityDate)) return { problem: reportText.activityDateInvalid };
  if (activityDate > today) return { problem: reportText.activityDateInFuture };
  if (activityDate < `${plan.year}-01-01`) return { problem: reportText.activityDateBeforePlan(plan.year) };
  const occurrence = occurrenceFor(task.recurrence, activityDate);
  return occurrence ? { occurrenceKey: occurrence.key } : { problem: reportText.activityDateOutside };
}

/** A report: its text, its day (which picks the occurrence), its quantity, and published evidence. */
export async function validateReport(
  deps: { now: Date; publishedIds: (ids: number[]) => Promise<number[]> },
  task: TaskView,
  plan: Plan,
  input: ReportInput,
) {
  const fields: Record<string, string> = {};
  const body = normalizeText(input.body).trim();
  if (!body) fields.body = reportText.bodyRequired;
  else if (body.length > 10_000) fields.body = reportText.bodyTooLong;
  const day = checkActivityDate(task, plan, input.activityDate, vietnamDay(deps.now));
  if ('problem' in day) fields.activityDate = day.problem;
  if (
    input.quantity !== null &&
    !(Number.isInteger(input.quantity) && input.quantity >= 0 && input.quantity <= 1_000_000)
  )
    fields.quantity = reportText.quantityInvalid;
  const wanted = [...new Set(input.articleIds)].slice(0, 20);
  const published = new Set(await deps.publishedIds(wanted));
  if (wanted.some((id) => !published.has(id))) fields.articleIds = reportText.articlesUnpublished;
  refuseIfAny(fields);
  return { occurrenceKey: 'occurrenceKey' in day ? day.occurrenceKey : '', articleIds: wanted };
}

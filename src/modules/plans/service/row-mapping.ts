// Rows become domain objects here before they leave the service, and inputs become columns.
import type { Selectable } from 'kysely';
import { normalizeText } from '../../../platform/text/fold.js';
import type {
  PlansTable,
  ProgrammesTable,
  ProgressReportRevisionsTable,
  ProgressReportsTable,
  TaskCompletionsTable,
  TasksTable,
} from '../plans.tables.js';
import type { Recurrence } from '../task-status.js';
import type {
  Completion,
  Plan,
  PlanInput,
  Programme,
  ProgrammeInput,
  ProgressReport,
  ReportInput,
  ReportRevision,
  TaskInput,
} from '../plans.types.js';

type RecurrenceColumns = Pick<
  Selectable<TasksTable>,
  'recurrence' | 'deadline' | 'recur_day' | 'recur_month' | 'recur_from' | 'recur_to'
>;
type PlanRow = Pick<
  Selectable<PlansTable>,
  'id' | 'programme_id' | 'number' | 'title' | 'issuer' | 'issued_on' | 'year'
> & { programme_number: string | null; programme_title: string | null };

/** A task's recurrence; an open span means the plan's whole year. */
export function recurrenceOf(row: RecurrenceColumns, year: number): Recurrence {
  const from = row.recur_from ?? `${year}-01-01`;
  const to = row.recur_to ?? `${year}-12-31`;
  switch (row.recurrence) {
    case 'daily':
      return { kind: 'daily', from, to };
    case 'monthly':
      return { kind: 'monthly', day: row.recur_day ?? 1, from, to };
    case 'yearly':
      return { kind: 'yearly', month: row.recur_month ?? 1, day: row.recur_day ?? 1, from, to };
    default:
      return { kind: 'once', deadline: row.deadline ?? `${year}-12-31` };
  }
}

export const programmeOf = (r: Selectable<ProgrammesTable>): Programme => ({
  id: r.id,
  number: r.number,
  title: r.title,
  issuer: r.issuer,
  issuedOn: r.issued_on,
  startYear: r.start_year,
  endYear: r.end_year,
});

export const planOf = (r: PlanRow): Plan => ({
  id: r.id,
  programmeId: r.programme_id,
  number: r.number,
  title: r.title,
  issuer: r.issuer,
  issuedOn: r.issued_on,
  year: r.year,
  programmeNumber: r.programme_number,
  programmeTitle: r.programme_title,
});

export const completionOf = (r: Selectable<TaskCompletionsTable>): Completion => ({
  occurrenceKey: r.occurrence_key,
  at: r.at,
  reason: r.reason,
  byName: r.by_name,
});

export const reportOf = (r: Selectable<ProgressReportsTable> & { unit_name: string }): ProgressReport => ({
  id: r.id,
  taskId: r.task_id,
  unit: { id: r.unit_id, name: r.unit_name },
  occurrenceKey: r.occurrence_key,
  activityDate: r.activity_date,
  body: r.body,
  quantity: r.quantity,
  completed: r.completed === 1,
  authorId: r.author_id,
  authorName: r.author_name,
  filedAt: r.filed_at,
  updatedAt: r.updated_at,
  version: Number(r.version),
});

export const revisionOf = (r: Selectable<ProgressReportRevisionsTable>): ReportRevision => ({
  version: r.version,
  activityDate: r.activity_date,
  body: r.body,
  quantity: r.quantity,
  completed: r.completed === 1,
  articleIds: r.article_ids ? r.article_ids.split(',').map(Number) : [],
  savedByName: r.saved_by_name,
  savedAt: r.saved_at,
});

export const programmeColumns = (input: ProgrammeInput) => ({
  number: normalizeText(input.number).trim(),
  title: normalizeText(input.title).trim(),
  issuer: normalizeText(input.issuer).trim(),
  issued_on: input.issuedOn,
  start_year: input.startYear,
  end_year: input.endYear,
});

export const planColumns = (input: PlanInput) => ({
  programme_id: input.programmeId,
  number: normalizeText(input.number).trim(),
  title: normalizeText(input.title).trim(),
  issuer: normalizeText(input.issuer).trim(),
  issued_on: input.issuedOn,
  year: input.year,
});

/** Only the columns of the task's kind of recurrence are kept: a once-task has no span. */
export const taskColumns = (input: TaskInput) => ({
  title: normalizeText(input.title).trim(),
  description: normalizeText(input.description).trim(),
  group_name: normalizeText(input.groupName).trim(),
  lead_unit_id: input.leadUnitId,
  parent_id: input.parentId,
  recurrence: input.recurrence,
  deadline: input.recurrence === 'once' ? input.deadline : null,
  recur_day: input.recurrence === 'monthly' || input.recurrence === 'yearly' ? input.recurDay : null,
  recur_month: input.recurrence === 'yearly' ? input.recurMonth : null,
  recur_from: input.recurrence === 'once' ? null : input.recurFrom,
  recur_to: input.recurrence === 'once' ? null : input.recurTo,
  target_quantity: input.targetQuantity,
  target_unit: normalizeText(input.targetUnit).trim(),
});

/** What a report says, as its columns and as each kept version's. */
export const reportTextColumns = (input: ReportInput) => ({
  activity_date: input.activityDate,
  body: normalizeText(input.body).trim(),
  quantity: input.quantity,
  completed: input.completed ? 1 : 0,
});

export function revisionRow(
  reportId: number,
  version: number,
  input: ReportInput,
  articleIds: number[],
  savedBy: string,
  at: string,
) {
  return {
    report_id: reportId,
    version,
    ...reportTextColumns(input),
    article_ids: articleIds.join(','),
    saved_by_name: savedBy,
    saved_at: at,
  };
}

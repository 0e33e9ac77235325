// Queries of the plan tracker; `db` first so transactions pass through.
import type { Insertable, Transaction, Updateable } from 'kysely';
import type { Database, Db } from '../../database.js';
import { joinUnitName } from '../units/index.js';
import type { PlansTable, ProgrammesTable, ProgressReportsTable, TasksTable } from './plans.tables.js';

type Executor = Db | Transaction<Database>;

export function listProgrammes(db: Executor) {
  return db.selectFrom('programmes').selectAll().orderBy('start_year', 'desc').orderBy('id', 'desc').execute();
}

export function findProgramme(db: Executor, id: number) {
  return db.selectFrom('programmes').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertProgramme(db: Executor, row: Insertable<ProgrammesTable>): Promise<number> {
  return (await db.insertInto('programmes').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateProgramme(db: Executor, id: number, changes: Updateable<ProgrammesTable>) {
  await db.updateTable('programmes').set(changes).where('id', '=', id).execute();
}

export function listPlans(db: Executor) {
  return db
    .selectFrom('plans')
    .leftJoin('programmes', 'programmes.id', 'plans.programme_id')
    .select([
      'plans.id',
      'plans.number',
      'plans.title',
      'plans.issuer',
      'plans.issued_on',
      'plans.year',
      'plans.programme_id',
      'programmes.number as programme_number',
      'programmes.title as programme_title',
    ])
    .orderBy('plans.year', 'desc')
    .orderBy('plans.id', 'desc')
    .execute();
}

export function findPlan(db: Executor, id: number) {
  return db
    .selectFrom('plans')
    .leftJoin('programmes', 'programmes.id', 'plans.programme_id')
    .selectAll('plans')
    .select([
      'programmes.number as programme_number',
      'programmes.title as programme_title',
      'programmes.start_year',
      'programmes.end_year',
    ])
    .where('plans.id', '=', id)
    .executeTakeFirst();
}

export async function isPlanNumberTaken(db: Executor, number: string, exceptId?: number): Promise<boolean> {
  let q = db.selectFrom('plans').select('id').where('number', '=', number);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function isProgrammeNumberTaken(db: Executor, number: string, exceptId?: number): Promise<boolean> {
  let q = db.selectFrom('programmes').select('id').where('number', '=', number);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertPlan(db: Executor, row: Insertable<PlansTable>): Promise<number> {
  return (await db.insertInto('plans').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updatePlan(db: Executor, id: number, changes: Updateable<PlansTable>) {
  await db.updateTable('plans').set(changes).where('id', '=', id).execute();
}

const taskColumns = [
  'tasks.id',
  'tasks.plan_id',
  'tasks.parent_id',
  'tasks.position',
  'tasks.title',
  'tasks.description',
  'tasks.group_name',
  'tasks.lead_unit_id',
  'tasks.recurrence',
  'tasks.deadline',
  'tasks.recur_day',
  'tasks.recur_month',
  'tasks.recur_from',
  'tasks.recur_to',
  'tasks.target_quantity',
  'tasks.target_unit',
  'tasks.closed_at',
  'tasks.created_at',
  'tasks.updated_at',
] as const;

// The lead unit's name comes from the units module (its join): 5,000 tasks are still one query.
function tasks(db: Executor) {
  return joinUnitName(db.selectFrom('tasks'), 'tasks.lead_unit_id', 'lead_unit_name').select(taskColumns);
}

export function listTasksOfPlan(db: Executor, planId: number) {
  return tasks(db).where('tasks.plan_id', '=', planId).orderBy('tasks.position').orderBy('tasks.id').execute();
}

/** Tasks a unit leads or coordinates, across plans. */
export function listTasksOfUnit(db: Executor, unitId: number) {
  return tasks(db)
    .select(['tasks.plan_id'])
    .where((eb) =>
      eb.or([
        eb('tasks.lead_unit_id', '=', unitId),
        eb('tasks.id', 'in', eb.selectFrom('task_coordinators').select('task_id').where('unit_id', '=', unitId)),
      ]),
    )
    .orderBy('tasks.plan_id')
    .orderBy('tasks.position')
    .execute();
}

/** How much of the plans a unit is part of: a unit with any of this cannot be deleted. */
export async function countUnitUse(db: Executor, unitId: number) {
  const count = async (query: Promise<{ n: number | string | bigint } | undefined>) => Number((await query)?.n ?? 0);
  const [lead, coordinating, reports] = await Promise.all([
    count(
      db
        .selectFrom('tasks')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('lead_unit_id', '=', unitId)
        .executeTakeFirst(),
    ),
    count(
      db
        .selectFrom('task_coordinators')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('unit_id', '=', unitId)
        .executeTakeFirst(),
    ),
    count(
      db
        .selectFrom('progress_reports')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('unit_id', '=', unitId)
        .executeTakeFirst(),
    ),
  ]);
  return { lead, coordinating, reports };
}

export function listAllTasks(db: Executor) {
  return tasks(db).orderBy('tasks.plan_id').orderBy('tasks.position').execute();
}

export function findTask(db: Executor, id: number) {
  return tasks(db).where('tasks.id', '=', id).executeTakeFirst();
}

export async function insertTask(db: Executor, row: Insertable<TasksTable>): Promise<number> {
  return (await db.insertInto('tasks').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateTask(db: Executor, id: number, changes: Updateable<TasksTable>) {
  await db.updateTable('tasks').set(changes).where('id', '=', id).execute();
}

export async function nextTaskPosition(db: Executor, planId: number): Promise<number> {
  const row = await db
    .selectFrom('tasks')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return Number(row?.p ?? 0) + 10;
}

/** Which tasks a bulk read is about: one plan (a join, not 5,000 ids in an IN list), some tasks, or all. */
export type TaskScope = { planId: number } | { taskIds: number[] } | 'all';

const isEmpty = (scope: TaskScope) => typeof scope === 'object' && 'taskIds' in scope && scope.taskIds.length === 0;

/** Coordinating units of the tasks in scope, with names. */
export async function listCoordinators(db: Executor, scope: TaskScope) {
  if (isEmpty(scope)) return [];
  let query = joinUnitName(db.selectFrom('task_coordinators'), 'task_coordinators.unit_id', 'unit_name').select([
    'task_coordinators.task_id',
    'task_coordinators.unit_id',
  ]);
  if (scope !== 'all') {
    query =
      'planId' in scope
        ? query.innerJoin('tasks', 'tasks.id', 'task_coordinators.task_id').where('tasks.plan_id', '=', scope.planId)
        : query.where('task_coordinators.task_id', 'in', scope.taskIds);
  }
  return query.orderBy('unit_name').execute();
}

export async function replaceCoordinators(db: Executor, taskId: number, unitIds: number[]) {
  await db.deleteFrom('task_coordinators').where('task_id', '=', taskId).execute();
  if (unitIds.length > 0)
    await db
      .insertInto('task_coordinators')
      .values(unitIds.map((unit_id) => ({ task_id: taskId, unit_id })))
      .execute();
}

/** What the status engine needs of the reports of the tasks in scope, oldest first. */
export async function listReportFacts(db: Executor, scope: TaskScope) {
  if (isEmpty(scope)) return [];
  let query = db
    .selectFrom('progress_reports')
    .select([
      'progress_reports.task_id',
      'progress_reports.occurrence_key',
      'progress_reports.filed_at',
      'progress_reports.quantity',
      'progress_reports.completed',
    ]);
  if (scope !== 'all') {
    query =
      'planId' in scope
        ? query.innerJoin('tasks', 'tasks.id', 'progress_reports.task_id').where('tasks.plan_id', '=', scope.planId)
        : query.where('progress_reports.task_id', 'in', scope.taskIds);
  }
  // In index order (task, filing time) rather than sorted as a whole: the engine needs each task's
  // reports in filing order, and sorting 30,000 rows for every dashboard costs more than the read.
  return query.orderBy('progress_reports.task_id').orderBy('progress_reports.filed_at').execute();
}

export async function listCompletions(db: Executor, scope: TaskScope) {
  if (isEmpty(scope)) return [];
  let query = db.selectFrom('task_completions').selectAll('task_completions');
  if (scope !== 'all') {
    query =
      'planId' in scope
        ? query.innerJoin('tasks', 'tasks.id', 'task_completions.task_id').where('tasks.plan_id', '=', scope.planId)
        : query.where('task_completions.task_id', 'in', scope.taskIds);
  }
  return query.execute();
}

export async function insertCompletion(
  db: Executor,
  row: { task_id: number; occurrence_key: string; at: string; reason: string; by_user_id: number; by_name: string },
) {
  await db.insertInto('task_completions').values(row).execute();
}

export async function hasCompletion(db: Executor, taskId: number, occurrenceKey: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('task_completions')
      .select('id')
      .where('task_id', '=', taskId)
      .where('occurrence_key', '=', occurrenceKey)
      .executeTakeFirst()) !== undefined
  );
}

export function listReportsOfTask(db: Executor, taskId: number) {
  return joinUnitName(db.selectFrom('progress_reports'), 'progress_reports.unit_id', 'unit_name')
    .selectAll('progress_reports')
    .where('progress_reports.task_id', '=', taskId)
    .orderBy('progress_reports.filed_at', 'desc')
    .execute();
}

/** One page of a task's reports, newest first (id breaks a tie in filing time, so pages never overlap). */
export function listReportsOfTaskPage(db: Executor, taskId: number, page: { limit: number; offset: number }) {
  return joinUnitName(db.selectFrom('progress_reports'), 'progress_reports.unit_id', 'unit_name')
    .selectAll('progress_reports')
    .where('progress_reports.task_id', '=', taskId)
    .orderBy('progress_reports.filed_at', 'desc')
    .orderBy('progress_reports.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countReportsOfTask(db: Executor, taskId: number): Promise<number> {
  const row = await db
    .selectFrom('progress_reports')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('task_id', '=', taskId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findReport(db: Executor, id: number) {
  return joinUnitName(db.selectFrom('progress_reports'), 'progress_reports.unit_id', 'unit_name')
    .selectAll('progress_reports')
    .where('progress_reports.id', '=', id)
    .executeTakeFirst();
}

export async function insertReport(db: Executor, row: Insertable<ProgressReportsTable>): Promise<number> {
  return (await db.insertInto('progress_reports').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** Reports filed in the past, many at once (a plan imported with its history). */
export async function insertReports(db: Executor, rows: Insertable<ProgressReportsTable>[]) {
  if (rows.length > 0) await db.insertInto('progress_reports').values(rows).execute();
}

/** Saves a correction only if nobody saved since `expected`; false means someone did. */
export async function updateReport(
  db: Executor,
  id: number,
  expected: number,
  changes: Updateable<ProgressReportsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('progress_reports')
    .set({ ...changes, version: expected + 1 })
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertReportRevision(
  db: Executor,
  row: {
    report_id: number;
    version: number;
    activity_date: string;
    body: string;
    quantity: number | null;
    completed: number;
    article_ids: string;
    saved_by_name: string;
    saved_at: string;
  },
) {
  await db.insertInto('progress_report_revisions').values(row).execute();
}

export function listReportRevisions(db: Executor, reportId: number) {
  return db
    .selectFrom('progress_report_revisions')
    .selectAll()
    .where('report_id', '=', reportId)
    .orderBy('version', 'desc')
    .execute();
}

export async function replaceReportArticles(db: Executor, reportId: number, articleIds: number[]) {
  await db.deleteFrom('report_articles').where('report_id', '=', reportId).execute();
  if (articleIds.length > 0)
    await db
      .insertInto('report_articles')
      .values(articleIds.map((article_id) => ({ report_id: reportId, article_id })))
      .execute();
}

/**
 * The article ids each report cites. Whether an article still proves anything (published, public,
 * not expired) is the articles module's to say: the service asks it.
 */
export async function listReportArticleIds(db: Executor, reportIds: number[]) {
  if (reportIds.length === 0) return [];
  return db
    .selectFrom('report_articles')
    .select(['report_id', 'article_id'])
    .where('report_id', 'in', reportIds)
    .orderBy('report_id')
    .orderBy('article_id')
    .execute();
}

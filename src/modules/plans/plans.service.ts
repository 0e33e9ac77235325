// The plan tracker as the rest of the app sees it: programmes, plans, tasks with their computed
// status, and the units' progress reports. Every call takes the acting person and checks the
// per-record rules (plans-policy.ts) itself, so pages and the API cannot differ.
import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import { BadRequestError, ConflictError, NotFoundError } from '../../platform/http/errors.js';
import { normalizeText } from '../../platform/text/fold.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import { formatDate } from '../../platform/i18n/format.js';
import type { Database, Db } from '../../database.js';
import type { AuditLog } from '../accounts/index.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { managesPlans, mayCorrectReport, mayOpenReportFiles, maySeeTask, mayReportFor, reportableUnits, seesAllUnits, type PlanActor, type TaskUnits } from './plans-policy.js';
import * as q from './plans.queries.js';
import type { RecurrenceKind } from './plans.tables.js';
import { createPlanFactsCache } from './plan-facts-cache.js';
import { computeTaskStatus, listOccurrences, occurrenceFor, recurrenceProblem, summarise, type ManualCompletion, type Recurrence, type ReportForStatus, type TaskStatus, type TaskStatusResult } from './task-status.js';

export interface PlanContext {
  actor: PlanActor;
  requestId: string;
}

export interface ProgrammeInput {
  number: string;
  title: string;
  issuer: string;
  issuedOn: string | null;
  startYear: number;
  endYear: number;
}

export interface PlanInput {
  programmeId: number | null;
  number: string;
  title: string;
  issuer: string;
  issuedOn: string;
  year: number;
}

export interface TaskInput {
  title: string;
  description: string;
  groupName: string;
  leadUnitId: number;
  coordinatorIds: number[];
  parentId: number | null;
  recurrence: RecurrenceKind;
  /** once: the deadline date. */
  deadline: string | null;
  /** monthly: day of month; yearly: day (with recurMonth). */
  recurDay: number | null;
  recurMonth: number | null;
  /** daily/monthly/yearly: the span (defaults to the plan's year). */
  recurFrom: string | null;
  recurTo: string | null;
  targetQuantity: number | null;
  targetUnit: string;
}

export interface ReportInput {
  unitId: number;
  /** The day the work was done (Vietnam date): it picks the occurrence. */
  activityDate: string;
  body: string;
  quantity: number | null;
  completed: boolean;
  articleIds: number[];
}

type TaskRow = NonNullable<Awaited<ReturnType<typeof q.findTask>>>;

export interface TaskView {
  id: number;
  planId: number;
  parentId: number | null;
  position: number;
  title: string;
  description: string;
  groupName: string;
  leadUnit: { id: number; name: string };
  coordinators: Array<{ id: number; name: string }>;
  recurrence: Recurrence;
  recurrenceKind: RecurrenceKind;
  /** "05/03/2023", "Hằng ngày", "Hằng tháng (ngày 25)", "Hằng năm (05/03)". */
  deadlineText: string;
  targetQuantity: number | null;
  targetUnit: string;
  closedAt: string | null;
  status: TaskStatusResult;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const invalid = (fields: Record<string, string>) => new BadRequestError('VALIDATION_FAILED', fields);
const pad2 = (n: number) => String(n).padStart(2, '0');

/** "03 lớp": quantities are written with two digits in Vietnamese plans. */
export function quantityText(n: number | null, unit: string): string {
  if (n === null) return '';
  return `${pad2(n)}${unit ? ` ${unit}` : ''}`;
}

function recurrenceOf(row: Pick<TaskRow, 'recurrence' | 'deadline' | 'recur_day' | 'recur_month' | 'recur_from' | 'recur_to'>, year: number): Recurrence {
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

function deadlineTextOf(r: Recurrence): string {
  switch (r.kind) {
    case 'once':
      return formatDate(r.deadline);
    case 'daily':
      return 'Hằng ngày';
    case 'monthly':
      return `Hằng tháng (ngày ${r.day})`;
    case 'yearly':
      return `Hằng năm (${pad2(r.day)}/${pad2(r.month)})`;
  }
}

/** Worst first: what needs urging comes to the top of a unit's list. */
export const statusOrder: Record<TaskStatus, number> = { overdue: 0, in_progress: 1, not_due: 2, done_late: 3, done_on_time: 4 };

export function createPlans(deps: {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  /** Whether a unit id names a unit (the units module's table). */
  unitExists: (id: number) => Promise<boolean>;
  /** Published articles by id (evidence must be public). */
  publishedArticleIds: (ids: number[]) => Promise<number[]>;
  /** How many plans' rows a node keeps in memory (the largest plans are the ones worth it). */
  cachedPlans?: number;
}) {
  const { db, clock, audit } = deps;
  const nowIso = () => clock.now().toISOString();

  function record(ctx: PlanContext, trx: Db | Transaction<Database>, action: Parameters<AuditLog['record']>[0]['action'], target: string, detail?: string) {
    return audit.record({ action, userId: ctx.actor.id, actor: ctx.actor.email, target, detail, requestId: ctx.requestId }, trx);
  }

  function requireManager(ctx: PlanContext) {
    if (!managesPlans(ctx.actor)) throw new ForbiddenError();
  }

  /** A task's rows gathered for the status engine: everything but "now". */
  interface PreparedTask {
    row: TaskRow;
    recurrence: Recurrence;
    deadlineText: string;
    coordinators: Array<{ id: number; name: string }>;
    reports: ReportForStatus[];
    completions: ManualCompletion[];
  }

  /** Reads the tasks' coordinators, reports and confirmations in three queries and groups them. */
  async function prepare(rows: TaskRow[], yearOf: (planId: number) => number, scope: q.TaskScope = { taskIds: rows.map((r) => r.id) }): Promise<PreparedTask[]> {
    const [coordinators, facts, completions] = await Promise.all([q.listCoordinators(db, scope), q.listReportFacts(db, scope), q.listCompletions(db, scope)]);
    const coordinatorsOf = new Map<number, Array<{ id: number; name: string }>>();
    for (const c of coordinators) (coordinatorsOf.get(c.task_id) ?? coordinatorsOf.set(c.task_id, []).get(c.task_id)!).push({ id: c.unit_id, name: c.name });
    const reportsOf = new Map<number, ReportForStatus[]>();
    for (const f of facts) {
      (reportsOf.get(f.task_id) ?? reportsOf.set(f.task_id, []).get(f.task_id)!).push({ occurrenceKey: f.occurrence_key, filedAt: f.filed_at, quantity: f.quantity, completed: f.completed === 1 });
    }
    const completionsOf = new Map<number, ManualCompletion[]>();
    for (const m of completions) (completionsOf.get(m.task_id) ?? completionsOf.set(m.task_id, []).get(m.task_id)!).push({ occurrenceKey: m.occurrence_key, at: m.at, reason: m.reason });
    return rows.map((row) => {
      const recurrence = recurrenceOf(row, yearOf(row.plan_id));
      return { row, recurrence, deadlineText: deadlineTextOf(recurrence), coordinators: coordinatorsOf.get(row.id) ?? [], reports: reportsOf.get(row.id) ?? [], completions: completionsOf.get(row.id) ?? [] };
    });
  }

  /** The statuses as of now: the only part that changes with the clock. */
  function viewsFrom(prepared: readonly PreparedTask[], now: Date): TaskView[] {
    return prepared.map(({ row: r, recurrence, deadlineText, coordinators, reports, completions }) => ({
      id: r.id,
      planId: r.plan_id,
      parentId: r.parent_id,
      position: r.position,
      title: r.title,
      description: r.description,
      groupName: r.group_name,
      leadUnit: { id: r.lead_unit_id, name: r.lead_unit_name },
      coordinators,
      recurrence,
      recurrenceKind: r.recurrence,
      deadlineText,
      targetQuantity: r.target_quantity,
      targetUnit: r.target_unit,
      closedAt: r.closed_at,
      status: computeTaskStatus({ recurrence, target: r.target_quantity }, reports, completions, now),
    }));
  }

  async function viewsOf(rows: TaskRow[], yearOf: (planId: number) => number, scope?: q.TaskScope): Promise<TaskView[]> {
    return viewsFrom(await prepare(rows, yearOf, scope), clock.now());
  }

  // A plan's rows change only when someone writes to it, and every write bumps the plan's version:
  // a dashboard checks the version (one indexed read) and recomputes only the statuses.
  const preparedPlans = createPlanFactsCache<PreparedTask[]>(deps.cachedPlans ?? 16);

  /**
   * After this node's write to one task committed as the plan's version `version`: if the kept rows
   * were exactly one version behind (nobody else wrote in between), re-read that one task and keep
   * the rows current; otherwise forget them. The next dashboard then needs no full read.
   */
  async function refreshKeptTask(planId: number, taskId: number, version: number) {
    const entry = preparedPlans.peek(planId);
    if (!entry) return;
    const slash = entry.stamp.indexOf('/');
    if (Number(entry.stamp.slice(0, slash)) !== version - 1) {
      preparedPlans.delete(planId);
      return;
    }
    const row = await q.findTask(db, taskId);
    const plan = await q.findPlan(db, planId);
    if (!row || !plan) {
      preparedPlans.delete(planId);
      return;
    }
    const [fresh] = await prepare([row], () => plan.year);
    // A new array: a dashboard being computed from the old one keeps a consistent picture.
    const next = entry.value.some((p) => p.row.id === taskId) ? entry.value.map((p) => (p.row.id === taskId ? fresh! : p)) : [...entry.value, fresh!];
    if (preparedPlans.peek(planId) === entry) preparedPlans.set(planId, `${version}${entry.stamp.slice(slash)}`, next);
  }

  async function planViews(planId: number): Promise<TaskView[]> {
    const stamp = await q.readPlanStamp(db, planId);
    if (stamp === undefined) throw new NotFoundError('NOT_FOUND');
    let prepared = preparedPlans.get(planId, stamp);
    if (!prepared) {
      const plan = await loadPlan(planId);
      prepared = await prepare(await q.listTasksOfPlan(db, planId), () => plan.year, { planId });
      preparedPlans.set(planId, stamp, prepared);
    }
    return viewsFrom(prepared, clock.now());
  }

  const unitsOfTask = (t: TaskView): TaskUnits => ({ leadUnitId: t.leadUnit.id, coordinatorIds: t.coordinators.map((c) => c.id), closedAt: t.closedAt });

  async function loadPlan(id: number) {
    const plan = Number.isSafeInteger(id) && id > 0 ? await q.findPlan(db, id) : undefined;
    if (!plan) throw new NotFoundError('NOT_FOUND');
    return plan;
  }

  async function loadTask(ctx: PlanContext, id: number): Promise<TaskView> {
    const row = Number.isSafeInteger(id) && id > 0 ? await q.findTask(db, id) : undefined;
    if (!row) throw new NotFoundError('NOT_FOUND');
    const plan = await loadPlan(row.plan_id);
    const [task] = await viewsOf([row], () => plan.year);
    if (!maySeeTask(ctx.actor, unitsOfTask(task!))) throw new ForbiddenError();
    return task!;
  }

  async function validateProgramme(input: ProgrammeInput, exceptId?: number) {
    const fields: Record<string, string> = {};
    if (!input.number.trim()) fields.number = 'Hãy nhập số hiệu đề án, ví dụ 17-ĐA/TU.';
    else if (await q.isProgrammeNumberTaken(db, normalizeText(input.number).trim(), exceptId)) fields.number = 'Đã có đề án mang số hiệu này.';
    if (!input.title.trim()) fields.title = 'Hãy nhập tên đề án.';
    if (input.issuedOn !== null && !DATE.test(input.issuedOn)) fields.issuedOn = 'Ngày ban hành không hợp lệ.';
    if (!(input.startYear >= 2000 && input.startYear <= 2100)) fields.startYear = 'Năm bắt đầu không hợp lệ.';
    if (!(input.endYear >= input.startYear && input.endYear <= 2100)) fields.endYear = 'Năm kết thúc phải từ năm bắt đầu trở đi.';
    if (Object.keys(fields).length > 0) throw invalid(fields);
  }

  async function validatePlan(input: PlanInput, exceptId?: number) {
    const fields: Record<string, string> = {};
    if (!input.number.trim()) fields.number = 'Hãy nhập số kế hoạch, ví dụ 132/KH-ĐUK.';
    else if (await q.isPlanNumberTaken(db, normalizeText(input.number).trim(), exceptId)) fields.number = 'Đã có kế hoạch mang số này.';
    if (!input.title.trim()) fields.title = 'Hãy nhập trích yếu kế hoạch.';
    if (!DATE.test(input.issuedOn)) fields.issuedOn = 'Ngày ban hành không hợp lệ.';
    if (!(input.year >= 2000 && input.year <= 2100)) fields.year = 'Năm kế hoạch không hợp lệ.';
    if (input.programmeId !== null && !(await q.findProgramme(db, input.programmeId))) fields.programmeId = 'Không có đề án này.';
    if (Object.keys(fields).length > 0) throw invalid(fields);
  }

  async function validateTask(input: TaskInput, planId: number, planYear: number, selfId?: number) {
    const fields: Record<string, string> = {};
    if (!input.title.trim()) fields.title = 'Hãy nhập tên nhiệm vụ.';
    else if (input.title.length > 500) fields.title = 'Tên nhiệm vụ quá dài (tối đa 500 ký tự).';
    if (!(await deps.unitExists(input.leadUnitId))) fields.leadUnitId = 'Hãy chọn đơn vị chủ trì.';
    for (const id of input.coordinatorIds) if (!(await deps.unitExists(id))) fields.coordinatorIds = 'Có đơn vị phối hợp không tồn tại.';
    if (input.coordinatorIds.includes(input.leadUnitId)) fields.coordinatorIds = 'Đơn vị chủ trì không đồng thời là đơn vị phối hợp.';
    if (input.parentId !== null) {
      const parent = await q.findTask(db, input.parentId);
      if (!parent || parent.plan_id !== planId || parent.id === selfId) fields.parentId = 'Nhiệm vụ cha phải thuộc cùng kế hoạch.';
    }
    const inYear = (d: string | null) => d !== null && DATE.test(d);
    if (input.recurrence === 'once' && !inYear(input.deadline)) fields.deadline = 'Hãy chọn thời hạn hoàn thành.';
    if (input.recurrence === 'monthly' && !(input.recurDay !== null && input.recurDay >= 1 && input.recurDay <= 31)) fields.recurDay = 'Ngày trong tháng phải từ 1 đến 31.';
    if (input.recurrence === 'yearly') {
      if (!(input.recurMonth !== null && input.recurMonth >= 1 && input.recurMonth <= 12)) fields.recurMonth = 'Tháng phải từ 1 đến 12.';
      if (!(input.recurDay !== null && input.recurDay >= 1 && input.recurDay <= 31)) fields.recurDay = 'Ngày phải từ 1 đến 31.';
    }
    if (input.recurrence !== 'once') {
      const from = input.recurFrom ?? `${planYear}-01-01`;
      const to = input.recurTo ?? `${planYear}-12-31`;
      if (!DATE.test(from) || !DATE.test(to) || from > to) fields.recurFrom = 'Khoảng thời gian lặp lại không hợp lệ.';
    }
    if (Object.keys(fields).length === 0) {
      // The engine's own check: 30/02, a span with no occurrence in it, more than ten years.
      const problem = recurrenceProblem(recurrenceOf({ ...taskColumns(input), deadline: input.deadline }, planYear));
      if (problem) fields[input.recurrence === 'once' ? 'deadline' : 'recurFrom'] = problem;
    }
    if (input.targetQuantity !== null && !(Number.isInteger(input.targetQuantity) && input.targetQuantity > 0 && input.targetQuantity <= 1_000_000)) fields.targetQuantity = 'Chỉ tiêu là một số nguyên dương.';
    if (input.targetUnit.length > 40) fields.targetUnit = 'Đơn vị tính quá dài.';
    if (Object.keys(fields).length > 0) throw invalid(fields);
  }

  const programmeColumns = (input: ProgrammeInput) => ({
    number: normalizeText(input.number).trim(),
    title: normalizeText(input.title).trim(),
    issuer: normalizeText(input.issuer).trim(),
    issued_on: input.issuedOn,
    start_year: input.startYear,
    end_year: input.endYear,
  });

  const planColumns = (input: PlanInput) => ({
    programme_id: input.programmeId,
    number: normalizeText(input.number).trim(),
    title: normalizeText(input.title).trim(),
    issuer: normalizeText(input.issuer).trim(),
    issued_on: input.issuedOn,
    year: input.year,
  });

  const taskColumns = (input: TaskInput) => ({
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

  return {
    // ---- programmes and plans -------------------------------------------------------------
    listProgrammes: () => q.listProgrammes(db),

    async createProgramme(ctx: PlanContext, input: ProgrammeInput): Promise<number> {
      requireManager(ctx);
      await validateProgramme(input);
      const now = nowIso();
      return db.transaction().execute(async (trx) => {
        const id = await q.insertProgramme(trx, { ...programmeColumns(input), created_at: now, updated_at: now });
        await record(ctx, trx, 'programme.created', input.number);
        return id;
      });
    },

    async updateProgramme(ctx: PlanContext, id: number, input: ProgrammeInput) {
      requireManager(ctx);
      if (!(await q.findProgramme(db, id))) throw new NotFoundError('NOT_FOUND');
      await validateProgramme(input, id);
      await db.transaction().execute(async (trx) => {
        await q.updateProgramme(trx, id, { ...programmeColumns(input), updated_at: nowIso() });
        await record(ctx, trx, 'programme.updated', input.number);
      });
    },

    findProgramme: (id: number) => q.findProgramme(db, id),

    /** Plans with the status counts of the tasks this person may see. */
    async listPlans(ctx: PlanContext) {
      const plans = await q.listPlans(db);
      const summaries = [];
      for (const p of plans) {
        const views = (await planViews(p.id)).filter((t) => maySeeTask(ctx.actor, unitsOfTask(t)));
        summaries.push({ ...p, summary: summarise(views.map((t) => t.status.status)) });
      }
      return summaries;
    },

    /** Every task this person may see, across plans: the leaders' overview. */
    async listAllVisibleTasks(ctx: PlanContext): Promise<TaskView[]> {
      const all: TaskView[] = [];
      for (const p of await q.listPlans(db)) all.push(...(await planViews(p.id)).filter((t) => maySeeTask(ctx.actor, unitsOfTask(t))));
      return all;
    },

    async createPlan(ctx: PlanContext, input: PlanInput): Promise<number> {
      requireManager(ctx);
      await validatePlan(input);
      const now = nowIso();
      return db.transaction().execute(async (trx) => {
        const id = await q.insertPlan(trx, { ...planColumns(input), created_at: now, updated_at: now });
        await record(ctx, trx, 'plan.created', input.number);
        return id;
      });
    },

    async updatePlan(ctx: PlanContext, id: number, input: PlanInput) {
      requireManager(ctx);
      await loadPlan(id);
      await validatePlan(input, id);
      await db.transaction().execute(async (trx) => {
        await q.updatePlan(trx, id, { ...planColumns(input), updated_at: nowIso() });
        await q.bumpPlanVersion(trx, id);
        await record(ctx, trx, 'plan.updated', input.number);
      });
    },

    /** A plan with the tasks this person may see, each with its computed status. */
    async getPlan(ctx: PlanContext, id: number) {
      const plan = await loadPlan(id);
      const tasks = (await planViews(id)).filter((t) => maySeeTask(ctx.actor, unitsOfTask(t)));
      return { plan, tasks, summary: summarise(tasks.map((t) => t.status.status)), seesAllUnits: seesAllUnits(ctx.actor) };
    },

    // ---- tasks ------------------------------------------------------------------------------
    async createTask(ctx: PlanContext, planId: number, input: TaskInput): Promise<number> {
      requireManager(ctx);
      const plan = await loadPlan(planId);
      await validateTask(input, planId, plan.year);
      const now = nowIso();
      const { id, version } = await db.transaction().execute(async (trx) => {
        const id = await q.insertTask(trx, { plan_id: planId, position: await q.nextTaskPosition(trx, planId), ...taskColumns(input), created_at: now, updated_at: now });
        await q.replaceCoordinators(trx, id, [...new Set(input.coordinatorIds)]);
        const version = await q.bumpPlanVersion(trx, planId);
        await record(ctx, trx, 'task.created', `#${id} ${plan.number}`, input.title);
        return { id, version };
      });
      await refreshKeptTask(planId, id, version);
      return id;
    },

    async updateTask(ctx: PlanContext, id: number, input: TaskInput) {
      requireManager(ctx);
      const task = await loadTask(ctx, id);
      const plan = await loadPlan(task.planId);
      await validateTask(input, task.planId, plan.year, id);
      const version = await db.transaction().execute(async (trx) => {
        await q.updateTask(trx, id, { ...taskColumns(input), updated_at: nowIso() });
        await q.replaceCoordinators(trx, id, [...new Set(input.coordinatorIds)]);
        const version = await q.bumpPlanVersion(trx, task.planId);
        await record(ctx, trx, 'task.updated', `#${id} ${plan.number}`, input.title);
        return version;
      });
      await refreshKeptTask(task.planId, id, version);
    },

    async setClosed(ctx: PlanContext, id: number, closed: boolean) {
      requireManager(ctx);
      const task = await loadTask(ctx, id);
      if ((task.closedAt !== null) === closed) throw new ConflictError('CONFLICT');
      const version = await db.transaction().execute(async (trx) => {
        await q.updateTask(trx, id, { closed_at: closed ? nowIso() : null, updated_at: nowIso() });
        const version = await q.bumpPlanVersion(trx, task.planId);
        await record(ctx, trx, closed ? 'task.closed' : 'task.reopened', `#${id}`, task.title);
        return version;
      });
      await refreshKeptTask(task.planId, id, version);
    },

    /** An editor confirms an occurrence done (e.g. the evidence came on paper), with a reason. */
    async markDone(ctx: PlanContext, id: number, occurrenceKey: string, reason: string) {
      requireManager(ctx);
      const task = await loadTask(ctx, id);
      const text = normalizeText(reason).trim();
      const fields: Record<string, string> = {};
      if (!text) fields.reason = 'Hãy ghi lý do xác nhận hoàn thành.';
      else if (text.length > 1000) fields.reason = 'Lý do quá dài (tối đa 1.000 ký tự).';
      if (!listOccurrences(task.recurrence).some((o) => o.key === occurrenceKey)) fields.occurrenceKey = 'Không có kỳ thực hiện này.';
      if (Object.keys(fields).length > 0) throw invalid(fields);
      if (await q.hasCompletion(db, id, occurrenceKey)) throw new ConflictError('CONFLICT');
      const version = await db.transaction().execute(async (trx) => {
        await q.insertCompletion(trx, { task_id: id, occurrence_key: occurrenceKey, at: nowIso(), reason: text, by_user_id: ctx.actor.id, by_name: ctx.actor.name });
        const version = await q.bumpPlanVersion(trx, task.planId);
        await record(ctx, trx, 'task.marked_done', `#${id} ${occurrenceKey}`, text);
        return version;
      });
      await refreshKeptTask(task.planId, id, version);
    },

    /** A task with its status, occurrences, reports (with evidence) and what this person may do. */
    async getTask(ctx: PlanContext, id: number) {
      const task = await loadTask(ctx, id);
      const plan = await loadPlan(task.planId);
      const [reports, completions] = await Promise.all([q.listReportsOfTask(db, id), q.listCompletions(db, { taskIds: [id] })]);
      const evidence = await q.listReportArticles(db, reports.map((r) => r.id), nowIso());
      const units = unitsOfTask(task);
      return {
        plan,
        task,
        reports: reports.map((r) => ({
          id: r.id,
          unit: { id: r.unit_id, name: r.unit_name },
          occurrenceKey: r.occurrence_key,
          activityDate: r.activity_date,
          body: r.body,
          quantity: r.quantity,
          completed: r.completed === 1,
          authorName: r.author_name,
          filedAt: r.filed_at,
          updatedAt: r.updated_at,
          version: Number(r.version),
          articles: evidence.filter((e) => e.report_id === r.id),
          mayCorrect: mayCorrectReport(ctx.actor, { authorId: r.author_id }, units),
          mayOpenFiles: mayOpenReportFiles(ctx.actor, r.unit_id),
        })),
        completions,
        reportableUnitIds: reportableUnits(ctx.actor, units),
        manages: managesPlans(ctx.actor),
      };
    },

    /** Tasks a unit leads or coordinates, across plans, overdue first. */
    async listTasksOfUnit(ctx: PlanContext, unitId: number) {
      if (!seesAllUnits(ctx.actor) && ctx.actor.unitId !== unitId) throw new ForbiddenError();
      const rows = await q.listTasksOfUnit(db, unitId);
      const plans = new Map((await q.listPlans(db)).map((p) => [p.id, p]));
      const tasks = await viewsOf(rows, (planId) => plans.get(planId)?.year ?? clock.now().getUTCFullYear());
      tasks.sort((a, b) => statusOrder[a.status.status] - statusOrder[b.status.status] || a.planId - b.planId || a.position - b.position);
      return { tasks, plans, summary: summarise(tasks.map((t) => t.status.status)) };
    },

    /**
     * What the daily reminder ("đôn đốc") is about: every open occurrence of an open task that is
     * overdue, or due within `daysAhead` days, with the units responsible (lead and coordinators).
     * Done occurrences and closed tasks are never reminded.
     */
    async listReminders(daysAhead: number): Promise<Array<{ taskId: number; title: string; planId: number; planNumber: string; occurrenceKey: string; dueAt: string; kind: 'due_soon' | 'overdue'; unitIds: number[] }>> {
      const plansById = new Map((await q.listPlans(db)).map((p) => [p.id, p]));
      const rows = (await q.listAllTasks(db)).filter((r) => r.closed_at === null);
      const views = await viewsOf(rows, (planId) => plansById.get(planId)?.year ?? clock.now().getUTCFullYear(), 'all');
      const now = clock.now().toISOString();
      const horizon = new Date(clock.now().getTime() + daysAhead * 86_400_000).toISOString();
      return views.flatMap((t) =>
        t.status.occurrences
          .filter((o) => (o.status === 'overdue' || ((o.status === 'not_due' || o.status === 'in_progress') && o.dueAt >= now && o.dueAt <= horizon)))
          .map((o) => ({
            taskId: t.id,
            title: t.title,
            planId: t.planId,
            planNumber: plansById.get(t.planId)?.number ?? '',
            occurrenceKey: o.key,
            dueAt: o.dueAt,
            kind: o.status === 'overdue' ? ('overdue' as const) : ('due_soon' as const),
            unitIds: [t.leadUnit.id, ...t.coordinators.map((c) => c.id)],
          })),
      );
    },

    /** Why a unit cannot be deleted, if the plans use it (the units module asks). */
    async describeUnitUse(unitId: number): Promise<string | undefined> {
      const use = await q.countUnitUse(db, unitId);
      const parts = [
        use.lead > 0 ? `chủ trì ${use.lead} nhiệm vụ` : '',
        use.coordinating > 0 ? `phối hợp ${use.coordinating} nhiệm vụ` : '',
        use.reports > 0 ? `có ${use.reports} báo cáo tiến độ` : '',
      ].filter(Boolean);
      return parts.length > 0 ? `Đơn vị đang ${parts.join(', ')}` : undefined;
    },

    // ---- progress reports ---------------------------------------------------------------------
    async fileReport(ctx: PlanContext, taskId: number, input: ReportInput): Promise<number> {
      const task = await loadTask(ctx, taskId);
      if (!mayReportFor(ctx.actor, unitsOfTask(task), input.unitId)) {
        if (task.closedAt !== null) throw new ConflictError('CONFLICT');
        throw new ForbiddenError();
      }
      const { occurrenceKey, articleIds } = await validateReport(task, input);
      const now = nowIso();
      const { id, version } = await db.transaction().execute(async (trx) => {
        const id = await q.insertReport(trx, {
          task_id: taskId,
          unit_id: input.unitId,
          occurrence_key: occurrenceKey,
          activity_date: input.activityDate,
          body: normalizeText(input.body).trim(),
          quantity: input.quantity,
          completed: input.completed ? 1 : 0,
          author_id: ctx.actor.id,
          author_name: ctx.actor.name,
          filed_at: now,
          updated_at: now,
        });
        await q.replaceReportArticles(trx, id, articleIds);
        await q.insertReportRevision(trx, revisionRow(id, 1, input, articleIds, ctx.actor.name, now));
        const version = await q.bumpPlanVersion(trx, task.planId);
        await record(ctx, trx, 'report.filed', `#${id} nhiệm vụ #${taskId}`, occurrenceKey);
        return { id, version };
      });
      await refreshKeptTask(task.planId, taskId, version);
      return id;
    },

    /** The author corrects a report (until the task is closed); every version is kept. */
    async correctReport(ctx: PlanContext, reportId: number, input: ReportInput, expectedVersion: number) {
      const report = Number.isSafeInteger(reportId) && reportId > 0 ? await q.findReport(db, reportId) : undefined;
      if (!report) throw new NotFoundError('NOT_FOUND');
      const task = await loadTask(ctx, report.task_id);
      if (!mayCorrectReport(ctx.actor, { authorId: report.author_id }, unitsOfTask(task))) {
        if (task.closedAt !== null && report.author_id === ctx.actor.id) throw new ConflictError('CONFLICT');
        throw new ForbiddenError();
      }
      // The unit of a report is not the author's to change: a different one is a forbidden move.
      if (input.unitId !== report.unit_id) throw new ForbiddenError();
      const { occurrenceKey, articleIds } = await validateReport(task, input);
      const now = nowIso();
      const version = await db.transaction().execute(async (trx) => {
        const saved = await q.updateReport(trx, reportId, expectedVersion, {
          occurrence_key: occurrenceKey,
          activity_date: input.activityDate,
          body: normalizeText(input.body).trim(),
          quantity: input.quantity,
          completed: input.completed ? 1 : 0,
          updated_at: now,
        });
        if (!saved) throw new ConflictError('CONFLICT');
        await q.replaceReportArticles(trx, reportId, articleIds);
        await q.insertReportRevision(trx, revisionRow(reportId, expectedVersion + 1, input, articleIds, ctx.actor.name, now));
        const version = await q.bumpPlanVersion(trx, task.planId);
        await record(ctx, trx, 'report.corrected', `#${reportId} nhiệm vụ #${task.id}`, `phiên bản ${expectedVersion + 1}`);
        return version;
      });
      await refreshKeptTask(task.planId, task.id, version);
    },

    async getReport(ctx: PlanContext, reportId: number) {
      const report = Number.isSafeInteger(reportId) && reportId > 0 ? await q.findReport(db, reportId) : undefined;
      if (!report) throw new NotFoundError('NOT_FOUND');
      const task = await loadTask(ctx, report.task_id);
      const [revisions, articles] = await Promise.all([q.listReportRevisions(db, reportId), q.listReportArticles(db, [reportId], nowIso())]);
      return {
        task,
        report: { ...report, version: Number(report.version) },
        revisions,
        articles,
        mayCorrect: mayCorrectReport(ctx.actor, { authorId: report.author_id }, unitsOfTask(task)),
        mayOpenFiles: mayOpenReportFiles(ctx.actor, report.unit_id),
      };
    },
  };

  async function validateReport(task: TaskView, input: ReportInput) {
    const plan = await loadPlan(task.planId);
    const fields: Record<string, string> = {};
    const body = normalizeText(input.body).trim();
    if (!body) fields.body = 'Hãy ghi nội dung đã thực hiện.';
    else if (body.length > 10_000) fields.body = 'Nội dung quá dài (tối đa 10.000 ký tự).';
    let occurrenceKey = '';
    if (!DATE.test(input.activityDate)) fields.activityDate = 'Ngày thực hiện không hợp lệ.';
    else if (input.activityDate > vietnamDay(clock.now())) fields.activityDate = 'Ngày thực hiện không thể ở tương lai.';
    else if (input.activityDate < `${plan.year}-01-01`) fields.activityDate = `Ngày thực hiện nằm ngoài thời gian của nhiệm vụ (kế hoạch năm ${plan.year}).`;
    else {
      const occurrence = occurrenceFor(task.recurrence, input.activityDate);
      if (!occurrence) fields.activityDate = 'Ngày thực hiện nằm ngoài thời gian của nhiệm vụ.';
      else occurrenceKey = occurrence.key;
    }
    if (input.quantity !== null && !(Number.isInteger(input.quantity) && input.quantity >= 0 && input.quantity <= 1_000_000)) fields.quantity = 'Số lượng là một số nguyên không âm.';
    const wanted = [...new Set(input.articleIds)].slice(0, 20);
    const published = new Set(await deps.publishedArticleIds(wanted));
    if (wanted.some((id) => !published.has(id))) fields.articleIds = 'Chỉ dẫn được các bài đã xuất bản trên cổng thông tin.';
    if (Object.keys(fields).length > 0) throw invalid(fields);
    return { occurrenceKey, articleIds: wanted };
  }
}

function revisionRow(reportId: number, version: number, input: ReportInput, articleIds: number[], savedBy: string, at: string) {
  return {
    report_id: reportId,
    version,
    activity_date: input.activityDate,
    body: normalizeText(input.body).trim(),
    quantity: input.quantity,
    completed: input.completed ? 1 : 0,
    article_ids: articleIds.join(','),
    saved_by_name: savedBy,
    saved_at: at,
  };
}

export type Plans = ReturnType<typeof createPlans>;

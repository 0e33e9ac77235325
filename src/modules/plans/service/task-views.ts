// Tasks as the status engine sees them: their rows read in bulk and grouped once, then the
// statuses computed for "now". A plan's rows are kept per node while its version matches.
import type { Clock } from '../../../platform/clock.js';
import { NotFoundError } from '../../../platform/http/errors.js';
import type { Db } from '../../../database.js';
import * as q from '../plans.queries.js';
import * as versions from '../plan-versions.queries.js';
import { createPlanFactsCache } from '../plan-facts-cache.js';
import type { TaskUnits } from '../plans-policy.js';
import { computeTaskStatus, type ManualCompletion, type Recurrence, type ReportForStatus } from '../task-status.js';
import { deadlineTextOf } from '../task-text.js';
import type { Plan, TaskView } from '../plans.types.js';
import { planOf, recurrenceOf } from './row-mapping.js';

type TaskRow = NonNullable<Awaited<ReturnType<typeof q.findTask>>>;

/** A task's rows gathered for the status engine: everything but "now". */
interface PreparedTask {
  row: TaskRow;
  recurrence: Recurrence;
  deadlineText: string;
  coordinators: Array<{ id: number; name: string }>;
  reports: ReportForStatus[];
  completions: ManualCompletion[];
}

export const unitsOfTask = (t: TaskView): TaskUnits => ({
  leadUnitId: t.leadUnit.id,
  coordinatorIds: t.coordinators.map((c) => c.id),
  closedAt: t.closedAt,
});

function groupByTask<R extends { task_id: number }, V>(
  rows: readonly R[],
  valueOfRow: (row: R) => V,
): Map<number, V[]> {
  const byTask = new Map<number, V[]>();
  for (const r of rows) (byTask.get(r.task_id) ?? byTask.set(r.task_id, []).get(r.task_id)!).push(valueOfRow(r));
  return byTask;
}

/** Reads the tasks' coordinators, reports and confirmations in three queries and groups them. */
async function prepareTasks(
  db: Db,
  rows: TaskRow[],
  yearOf: (planId: number) => number,
  scope: q.TaskScope = { taskIds: rows.map((r) => r.id) },
): Promise<PreparedTask[]> {
  const [coordinators, facts, completions] = await Promise.all([
    q.listCoordinators(db, scope),
    q.listReportFacts(db, scope),
    q.listCompletions(db, scope),
  ]);
  const coordinatorsOf = groupByTask(coordinators, (c) => ({ id: c.unit_id, name: c.unit_name }));
  const reportsOf = groupByTask(
    facts,
    (f): ReportForStatus => ({
      occurrenceKey: f.occurrence_key,
      filedAt: f.filed_at,
      quantity: f.quantity,
      completed: f.completed === 1,
    }),
  );
  const completionsOf = groupByTask(
    completions,
    (m): ManualCompletion => ({ occurrenceKey: m.occurrence_key, at: m.at, reason: m.reason }),
  );
  return rows.map((row) => {
    const recurrence = recurrenceOf(row, yearOf(row.plan_id));
    return {
      row,
      recurrence,
      deadlineText: deadlineTextOf(recurrence),
      coordinators: coordinatorsOf.get(row.id) ?? [],
      reports: reportsOf.get(row.id) ?? [],
      completions: completionsOf.get(row.id) ?? [],
    };
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

/** A kept plan's stamp (plan-versions.queries.ts readPlanStamp) as its version and the rest. */
function partsOf(stamp: string): { version: number; rest: string } {
  const slash = stamp.indexOf('/');
  return { version: Number(stamp.slice(0, slash)), rest: stamp.slice(slash) };
}

type PreparedPlans = ReturnType<typeof createPlanFactsCache<PreparedTask[]>>;

/**
 * The kept `tasks` with these tasks read again: a changed one replaced, a new one added at the
 * end, a deleted one (or one moved to another plan) gone. A new array: a dashboard being computed
 * from the old one keeps a consistent picture.
 */
async function withTasksReread(db: Db, planId: number, tasks: PreparedTask[], taskIds: number[]) {
  const plan = await q.findPlan(db, planId);
  if (!plan) return undefined;
  const rows = (await Promise.all(taskIds.map((id) => q.findTask(db, id)))).filter(
    (row): row is TaskRow => row !== undefined && row.plan_id === planId,
  );
  const fresh = new Map((await prepareTasks(db, rows, () => plan.year)).map((p) => [p.row.id, p]));
  const changed = new Set(taskIds);
  const next = tasks.flatMap((p) => (changed.has(p.row.id) ? (fresh.get(p.row.id) ?? []) : [p]));
  const kept = new Set(tasks.map((p) => p.row.id));
  for (const p of fresh.values()) if (!kept.has(p.row.id)) next.push(p);
  return next;
}

/**
 * The kept rows brought up to `stamp` when every version since them changed one task (another
 * node's writes, recorded in plan_task_changes): just those tasks are read again. Undefined when
 * nothing is kept, a version changed the plan itself, or the units or the year changed.
 */
async function caughtUp(
  db: Db,
  preparedPlans: PreparedPlans,
  planId: number,
  stamp: string,
): Promise<PreparedTask[] | undefined> {
  const entry = preparedPlans.peek(planId);
  if (!entry) return undefined;
  const [kept, now] = [partsOf(entry.stamp), partsOf(stamp)];
  if (kept.rest !== now.rest || !(now.version > kept.version)) return undefined;
  const changes = await versions.listTaskChanges(db, planId, kept.version, now.version);
  if (changes.length !== now.version - kept.version) return undefined;
  const next = await withTasksReread(db, planId, entry.value, [...new Set(changes.map((c) => c.task_id))]);
  if (next && preparedPlans.peek(planId) === entry) preparedPlans.set(planId, stamp, next);
  return next;
}

export function createTaskViews(deps: { db: Db; clock: Clock; cachedPlans?: number }) {
  const { db, clock } = deps;
  // A plan's rows change only when someone writes to it, and every write bumps the plan's version:
  // a dashboard checks the version (one indexed read) and recomputes only the statuses.
  const preparedPlans = createPlanFactsCache<PreparedTask[]>(deps.cachedPlans ?? 16);

  async function loadPlan(id: number): Promise<Plan> {
    const plan = Number.isSafeInteger(id) && id > 0 ? await q.findPlan(db, id) : undefined;
    if (!plan) throw new NotFoundError('NOT_FOUND');
    return planOf(plan);
  }

  return {
    loadPlan,

    /** Tasks of any plans (the year of its plan fills an open recurrence span). */
    async viewsOf(rows: TaskRow[], yearOf: (planId: number) => number, scope?: q.TaskScope): Promise<TaskView[]> {
      return viewsFrom(await prepareTasks(db, rows, yearOf, scope), clock.now());
    },

    /** One task by id, or 404. */
    async findTaskView(id: number): Promise<TaskView> {
      const row = Number.isSafeInteger(id) && id > 0 ? await q.findTask(db, id) : undefined;
      if (!row) throw new NotFoundError('NOT_FOUND');
      const plan = await loadPlan(row.plan_id);
      return viewsFrom(await prepareTasks(db, [row], () => plan.year), clock.now())[0]!;
    },

    /** Every task of a plan, from the kept rows when the plan has not changed since (or caught up). */
    async planViews(planId: number): Promise<TaskView[]> {
      const stamp = await versions.readPlanStamp(db, planId);
      if (stamp === undefined) throw new NotFoundError('NOT_FOUND');
      let prepared = preparedPlans.get(planId, stamp) ?? (await caughtUp(db, preparedPlans, planId, stamp));
      if (!prepared) {
        const plan = await loadPlan(planId);
        prepared = await prepareTasks(db, await q.listTasksOfPlan(db, planId), () => plan.year, { planId });
        preparedPlans.set(planId, stamp, prepared);
      }
      return viewsFrom(prepared, clock.now());
    },

    /**
     * After this node's write to one task committed as the plan's version `version`: if the kept rows
     * were exactly one version behind (nobody else wrote in between), re-read that one task and keep
     * the rows current; otherwise forget them. The next dashboard then needs no full read.
     */
    async refreshKeptTask(planId: number, taskId: number, version: number) {
      const entry = preparedPlans.peek(planId);
      if (!entry) return;
      const kept = partsOf(entry.stamp);
      const next = kept.version === version - 1 ? await withTasksReread(db, planId, entry.value, [taskId]) : undefined;
      if (!next) {
        preparedPlans.delete(planId);
        return;
      }
      if (preparedPlans.peek(planId) === entry) preparedPlans.set(planId, `${version}${kept.rest}`, next);
    },
  };
}

export type TaskViews = ReturnType<typeof createTaskViews>;

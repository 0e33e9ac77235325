// What the staff home page (/quan-tri) shows of the plans: a unit's open occurrences that are
// overdue or fall due this week, and, for whoever sees every unit, the plans still in progress and
// the units furthest behind. Each is a fixed handful of queries, whatever the number of plans.
import { ForbiddenError } from '../../../platform/http/errors.js';
import { startOfVietnamWeek } from '../../../platform/time/vietnam-time.js';
import * as q from '../plans.queries.js';
import { seesAllUnits } from '../plans-policy.js';
import { awaitsReport, summarise } from '../task-status.js';
import type { Plan, PlanContext, StatusCounts, TaskView } from '../plans.types.js';
import { planOf } from './row-mapping.js';
import type { ServiceKit } from './service-kit.js';

const WEEK_MS = 7 * 86_400_000;

/** One deadline a unit has to report on. */
export interface UnitDeadline {
  taskId: number;
  title: string;
  planId: number;
  planNumber: string;
  /** The occurrence's deadline date, YYYY-MM-DD. */
  occurrenceKey: string;
  dueAt: string;
  overdue: boolean;
  /** How many of the task's occurrences are in the same list (a daily task due all week): 1 or more. */
  occurrences: number;
}

export interface PlanProgress {
  plan: Plan;
  summary: StatusCounts;
}

export interface UnitBehind {
  unitId: number;
  unitName: string;
  /** Tasks led or coordinated by the unit that are past their deadline and not done. */
  overdue: number;
  /** Tasks done, but after their deadline. */
  doneLate: number;
}

/**
 * Until when "due this week" looks: the end of this Vietnam week (Sunday night); on a Saturday or
 * a Sunday, the end of the next one too, so Monday's deadlines are not a surprise.
 */
export function deadlineWindow(now: Date): { end: Date; nextWeekToo: boolean } {
  const weekStart = startOfVietnamWeek(now).getTime();
  const nextWeekToo = now.getTime() - weekStart >= 5 * 86_400_000;
  return { end: new Date(weekStart + (nextWeekToo ? 2 : 1) * WEEK_MS), nextWeekToo };
}

/**
 * The open tasks' occurrences that are overdue (latest first) or due before the week ends (soonest
 * first), one line per task and list: a daily task due all week is one line saying how many.
 */
export function deadlinesOf(tasks: readonly TaskView[], plans: Map<number, Plan>, now: Date): UnitDeadline[] {
  const nowIso = now.toISOString();
  // The window ends at the next week's first instant, which belongs to that week.
  const lastInstant = new Date(deadlineWindow(now).end.getTime() - 1).toISOString();
  const all = tasks
    .filter((t) => t.closedAt === null)
    .flatMap((t) =>
      t.status.occurrences
        .filter((o) => awaitsReport(o, nowIso, lastInstant))
        .map((o) => ({
          taskId: t.id,
          title: t.title,
          planId: t.planId,
          planNumber: plans.get(t.planId)?.number ?? '',
          occurrenceKey: o.key,
          dueAt: o.dueAt,
          overdue: o.status === 'overdue',
          occurrences: 1,
        })),
    )
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        // The latest missed first: a deadline missed last week is more use to chase than last year's.
        (a.overdue ? b.dueAt.localeCompare(a.dueAt) : a.dueAt.localeCompare(b.dueAt)) ||
        a.taskId - b.taskId,
    );
  const lines = new Map<string, UnitDeadline>();
  for (const d of all) {
    const key = `${d.taskId}/${d.overdue}`;
    const first = lines.get(key);
    if (first) first.occurrences++;
    else lines.set(key, d);
  }
  return [...lines.values()];
}

/** Units ranked by overdue tasks, then by tasks done late; units with neither are left out. */
export function unitsBehindOf(tasks: readonly TaskView[]): UnitBehind[] {
  const byUnit = new Map<number, UnitBehind>();
  for (const t of tasks) {
    const late = t.status.status === 'overdue' ? 'overdue' : t.status.status === 'done_late' ? 'doneLate' : undefined;
    if (!late) continue;
    for (const unit of [t.leadUnit, ...t.coordinators]) {
      const entry = byUnit.get(unit.id) ?? { unitId: unit.id, unitName: unit.name, overdue: 0, doneLate: 0 };
      entry[late]++;
      byUnit.set(unit.id, entry);
    }
  }
  return [...byUnit.values()].sort(
    (a, b) => b.overdue - a.overdue || b.doneLate - a.doneLate || a.unitName.localeCompare(b.unitName, 'vi'),
  );
}

export function createHomeFacts(kit: ServiceKit) {
  const { db, clock, views } = kit;
  const plansById = async () => new Map((await q.listPlans(db)).map((p) => [p.id, planOf(p)]));
  const yearIn = (plans: Map<number, Plan>) => (planId: number) =>
    plans.get(planId)?.year ?? clock.now().getUTCFullYear();

  return {
    /** The person's unit's deadlines that need a report now: overdue, or due this week (Vietnam time). */
    async listUnitDeadlines(ctx: PlanContext): Promise<UnitDeadline[]> {
      const unitId = ctx.actor.unitId;
      if (unitId === null) return [];
      const [rows, plans] = await Promise.all([q.listTasksOfUnit(db, unitId), plansById()]);
      return deadlinesOf(await views.viewsOf(rows, yearIn(plans)), plans, clock.now());
    },

    /** The plans with work still open, newest first, and the units furthest behind across all plans. */
    async plansOverview(ctx: PlanContext): Promise<{ plans: PlanProgress[]; unitsBehind: UnitBehind[] }> {
      if (!seesAllUnits(ctx.actor)) throw new ForbiddenError();
      const [rows, plans] = await Promise.all([q.listAllTasks(db), plansById()]);
      const tasks = await views.viewsOf(rows, yearIn(plans), 'all');
      const byPlan = new Map<number, TaskView[]>();
      for (const t of tasks) (byPlan.get(t.planId) ?? byPlan.set(t.planId, []).get(t.planId)!).push(t);
      const progress = [...plans.values()]
        .map((plan) => ({ plan, summary: summarise((byPlan.get(plan.id) ?? []).map((t) => t.status.status)) }))
        .filter(({ summary: s }) => s.not_due + s.in_progress + s.overdue > 0)
        .sort((a, b) => b.plan.year - a.plan.year || b.plan.id - a.plan.id);
      return { plans: progress, unitsBehind: unitsBehindOf(tasks) };
    },
  };
}

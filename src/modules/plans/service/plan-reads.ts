// Programmes, plans and task lists as a person may see them: a unit reporter sees the tasks their
// unit leads or coordinates; whoever sees every unit sees them all.
import { ForbiddenError } from '../../../platform/http/errors.js';
import * as q from '../plans.queries.js';
import { maySeeTask, seesAllUnits } from '../plans-policy.js';
import { summarise, type TaskStatus } from '../task-status.js';
import type { Plan, PlanContext, Programme, StatusCounts, TaskView } from '../plans.types.js';
import { planOf, programmeOf } from './row-mapping.js';
import type { ServiceKit } from './service-kit.js';
import { unitsOfTask } from './task-views.js';

/** Worst first: what needs urging comes to the top of a unit's list. */
const statusOrder: Record<TaskStatus, number> = {
  overdue: 0,
  in_progress: 1,
  not_due: 2,
  done_late: 3,
  done_on_time: 4,
};

export interface PlanWithSummary extends Plan {
  summary: StatusCounts;
}

export function createPlanReads(kit: ServiceKit) {
  const { db, views } = kit;
  const visibleViews = async (ctx: PlanContext, planId: number) =>
    (await views.planViews(planId)).filter((t) => maySeeTask(ctx.actor, unitsOfTask(t)));
  const countStatuses = (tasks: readonly TaskView[]) => summarise(tasks.map((t) => t.status.status));

  /**
   * The plans with their counts and, from the same reading, every task this person may see
   * across them (the leaders' overview): each plan's statuses are worked out once per request,
   * not once for the counts and again for the overview (5,000 tasks: ~25 ms each time).
   */
  async function listPlansWithTasks(ctx: PlanContext): Promise<{ plans: PlanWithSummary[]; tasks: TaskView[] }> {
    const plans: PlanWithSummary[] = [];
    const tasks: TaskView[] = [];
    for (const row of await q.listPlans(db)) {
      const visible = await visibleViews(ctx, row.id);
      plans.push({ ...planOf(row), summary: countStatuses(visible) });
      for (const task of visible) tasks.push(task);
    }
    return { plans, tasks };
  }

  return {
    listProgrammes: async (): Promise<Programme[]> => (await q.listProgrammes(db)).map(programmeOf),

    findProgramme: async (id: number): Promise<Programme | undefined> => {
      const row = await q.findProgramme(db, id);
      return row && programmeOf(row);
    },

    /** Plans with the status counts of the tasks this person may see. */
    async listPlans(ctx: PlanContext): Promise<PlanWithSummary[]> {
      return (await listPlansWithTasks(ctx)).plans;
    },

    listPlansWithTasks,

    /** A plan with the tasks this person may see, each with its computed status. */
    async getPlan(ctx: PlanContext, id: number) {
      const plan = await views.loadPlan(id);
      const tasks = await visibleViews(ctx, id);
      return { plan, tasks, summary: countStatuses(tasks), seesAllUnits: seesAllUnits(ctx.actor) };
    },

    /** Tasks a unit leads or coordinates, across plans, overdue first. */
    async listTasksOfUnit(ctx: PlanContext, unitId: number) {
      if (!seesAllUnits(ctx.actor) && ctx.actor.unitId !== unitId) throw new ForbiddenError();
      const rows = await q.listTasksOfUnit(db, unitId);
      const plans = new Map((await q.listPlans(db)).map((p) => [p.id, planOf(p)]));
      const tasks = await views.viewsOf(rows, (planId) => plans.get(planId)?.year ?? kit.clock.now().getUTCFullYear());
      tasks.sort(
        (a, b) =>
          statusOrder[a.status.status] - statusOrder[b.status.status] || a.planId - b.planId || a.position - b.position,
      );
      return { tasks, plans, summary: countStatuses(tasks) };
    },
  };
}

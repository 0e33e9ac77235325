// Tasks written by editors: created, changed, closed or reopened, an occurrence confirmed done.
// Every write bumps the plan's version in its transaction (see ServiceKit.writeTask).
import { ConflictError } from '../../../platform/http/errors.js';
import * as q from '../plans.queries.js';
import type { CompletionInput, PlanContext, TaskInput } from '../plans.types.js';
import { taskColumns } from './row-mapping.js';
import type { ServiceKit } from './service-kit.js';
import { checkCompletion, checkTask } from './validation.js';

export function createTaskCommands(kit: ServiceKit) {
  const { db, nowIso, record, requireManager, loadTask, writeTask } = kit;
  return {
    async createTask(ctx: PlanContext, planId: number, sent: TaskInput): Promise<number> {
      requireManager(ctx);
      const plan = await kit.views.loadPlan(planId);
      const input = await checkTask(db, kit.unitExists, sent, plan);
      const now = nowIso();
      return writeTask(planId, async (trx) => {
        const id = await q.insertTask(trx, {
          plan_id: planId,
          position: await q.nextTaskPosition(trx, planId),
          ...taskColumns(input),
          created_at: now,
          updated_at: now,
        });
        await q.replaceCoordinators(trx, id, [...new Set(input.coordinatorIds)]);
        await record(ctx, trx, 'task.created', `#${id} ${plan.number}`, input.title);
        return { taskId: id, result: id };
      });
    },

    async updateTask(ctx: PlanContext, id: number, sent: TaskInput) {
      requireManager(ctx);
      const task = await loadTask(ctx, id);
      const plan = await kit.views.loadPlan(task.planId);
      const input = await checkTask(db, kit.unitExists, sent, plan, id);
      await writeTask(task.planId, async (trx) => {
        await q.updateTask(trx, id, { ...taskColumns(input), updated_at: nowIso() });
        await q.replaceCoordinators(trx, id, [...new Set(input.coordinatorIds)]);
        await record(ctx, trx, 'task.updated', `#${id} ${plan.number}`, input.title);
        return { taskId: id, result: undefined };
      });
    },

    async setClosed(ctx: PlanContext, id: number, closed: boolean) {
      requireManager(ctx);
      const task = await loadTask(ctx, id);
      if ((task.closedAt !== null) === closed) throw new ConflictError('CONFLICT');
      await writeTask(task.planId, async (trx) => {
        await q.updateTask(trx, id, { closed_at: closed ? nowIso() : null, updated_at: nowIso() });
        await record(ctx, trx, closed ? 'task.closed' : 'task.reopened', `#${id}`, task.title);
        return { taskId: id, result: undefined };
      });
    },

    /** An editor confirms an occurrence done (e.g. the evidence came on paper), with a reason. */
    async markDone(ctx: PlanContext, id: number, sent: CompletionInput) {
      requireManager(ctx);
      const task = await loadTask(ctx, id);
      const { occurrenceKey, reason: text } = checkCompletion(task, sent);
      if (await q.hasCompletion(db, id, occurrenceKey)) throw new ConflictError('CONFLICT');
      await writeTask(task.planId, async (trx) => {
        await q.insertCompletion(trx, {
          task_id: id,
          occurrence_key: occurrenceKey,
          at: nowIso(),
          reason: text,
          by_user_id: ctx.actor.id,
          by_name: ctx.actor.name,
        });
        await record(ctx, trx, 'task.marked_done', `#${id} ${occurrenceKey}`, text);
        return { taskId: id, result: undefined };
      });
    },
  };
}

// What the events module asks of the plans (through the composition root): the tasks an event may
// carry out, and, when a class or contest linked to a task is marked held, one progress report on
// that task, filed for its lead unit, whose quantity counts toward the target: 1 for a target
// counted in classes, contests, sessions ("03 lớp"), the attendance for one counted in people.
import { fold } from '../../../platform/text/fold.js';
import * as q from '../plans.queries.js';
import type { PlanContext, TaskView } from '../plans.types.js';
import { plansText } from '../plans.vi.js';
import { quantityText } from '../task-text.js';
import { occurrenceFor } from '../task-status.js';
import type { ServiceKit } from './service-kit.js';

/** Targets counted in people, folded: their quantity is the attendance, not one. */
const PEOPLE_UNITS = /\b(nguoi|hoc vien|dang vien|luot|thi sinh|dai bieu|can bo)\b/;

export interface EventTaskRef {
  id: number;
  title: string;
  planNumber: string;
  target: string;
  url: string;
}

export function quantityForEvent(
  task: Pick<TaskView, 'targetQuantity' | 'targetUnit'>,
  attended: number,
): number | null {
  if (task.targetQuantity === null) return null;
  return PEOPLE_UNITS.test(fold(task.targetUnit)) ? attended : 1;
}

export function createEventOutcomes(kit: ServiceKit) {
  const { db } = kit;
  const refOf = (
    row: { id: number; title: string; target_quantity: number | null; target_unit: string },
    planNumber: string,
  ): EventTaskRef => ({
    id: row.id,
    title: row.title,
    planNumber,
    target: quantityText(row.target_quantity, row.target_unit),
    url: `/quan-tri/nhiem-vu/${row.id}`,
  });

  return {
    /** Open tasks of every plan, newest plan first: the event form's choices. */
    async listTasksForEvents(): Promise<EventTaskRef[]> {
      const plans = await q.listPlans(db);
      const numbers = new Map(plans.map((p) => [p.id, p.number]));
      const years = new Map(plans.map((p) => [p.id, p.year]));
      const rows = (await q.listAllTasks(db)).filter((r) => r.closed_at === null);
      return rows
        .sort((a, b) => (years.get(b.plan_id) ?? 0) - (years.get(a.plan_id) ?? 0) || a.position - b.position)
        .map((r) => refOf(r, numbers.get(r.plan_id) ?? ''));
    },

    async findTaskForEvents(id: number): Promise<EventTaskRef | undefined> {
      const row = Number.isSafeInteger(id) && id > 0 ? await q.findTask(db, id) : undefined;
      if (!row) return undefined;
      return refOf(row, (await q.findPlan(db, row.plan_id))?.number ?? '');
    },

    /** The report of a held event; undefined when the task is closed or takes no report that day. */
    async fileEventReport(
      ctx: PlanContext,
      input: { taskId: number; activityDate: string; body: string; attended: number },
    ): Promise<number | undefined> {
      const task = await kit.views.findTaskView(input.taskId);
      const occurrence = occurrenceFor(task.recurrence, input.activityDate);
      if (task.closedAt !== null || !occurrence) return undefined;
      const now = kit.nowIso();
      const quantity = quantityForEvent(task, input.attended);
      return kit.writeTask(task.planId, async (trx) => {
        const id = await q.insertReport(trx, {
          task_id: task.id,
          unit_id: task.leadUnit.id,
          occurrence_key: occurrence.key,
          activity_date: input.activityDate,
          body: input.body,
          quantity,
          completed: 0,
          author_id: ctx.actor.id,
          author_name: ctx.actor.name,
          filed_at: now,
          updated_at: now,
        });
        await q.insertReportRevision(trx, {
          report_id: id,
          version: 1,
          activity_date: input.activityDate,
          body: input.body,
          quantity,
          completed: 0,
          article_ids: '',
          saved_by_name: ctx.actor.name,
          saved_at: now,
        });
        await kit.record(ctx, trx, 'report.filed', plansText.audit.report(id, task.id), occurrence.key);
        return { taskId: task.id, result: id };
      });
    },
  };
}

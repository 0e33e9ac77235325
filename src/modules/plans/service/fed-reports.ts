// Reports that another part of the portal files on a daily task's behalf: publishing the day's
// morning brief is the work the task "Phát hành Điểm tin sáng hằng ngày" asks for, so it files that
// day's progress report for the task's lead unit. Once per occurrence: when the day already has a
// report (the unit's own, or one filed by an earlier publication), nothing more is filed, so a
// corrected brief published again does not count twice.
import { NotFoundError } from '../../../platform/http/errors.js';
import { vietnamDay } from '../../../platform/time/vietnam-time.js';
import * as q from '../plans.queries.js';
import type { PlanContext } from '../plans.types.js';
import { plansText } from '../plans.vi.js';
import { occurrenceFor } from '../task-status.js';
import { revisionRow } from './row-mapping.js';
import type { ServiceKit } from './service-kit.js';

/** A recurring task another module may feed, as a chooser lists it. */
export interface FeedableTask {
  id: number;
  title: string;
  planId: number;
}

export type FedReportResult = 'filed' | 'already_reported' | 'no_occurrence' | 'closed';

export function createFedReports(kit: ServiceKit) {
  const { db, nowIso, record, writeTask } = kit;
  return {
    /** The open daily tasks still running, for a setting that says which one a daily publication feeds. */
    async listDailyTasks(): Promise<FeedableTask[]> {
      const rows = await q.listAllTasks(db);
      const today = vietnamDay(kit.clock.now());
      return rows
        .filter((r) => r.recurrence === 'daily' && r.closed_at === null && (r.recur_to ?? '') >= today)
        .map((r) => ({ id: r.id, title: r.title, planId: r.plan_id }));
    },

    /**
     * Files the day's report of a daily task for its lead unit, with `body` as the report text
     * (it names the evidence and links it), unless that occurrence already has one. The person
     * who published is its author and is audited; the unit's own reporting rules are not asked,
     * since the work was done by the portal's own desk. `filedAt` is when the work was published
     * (now, unless a publication is recorded after the fact).
     */
    async fileFedReport(
      ctx: PlanContext,
      taskId: number,
      day: string,
      body: string,
      filedAt?: string,
    ): Promise<FedReportResult> {
      const task = await kit.views.findTaskView(taskId).catch((err: unknown) => {
        if (err instanceof NotFoundError) return undefined;
        throw err;
      });
      if (!task) return 'no_occurrence';
      if (task.closedAt !== null) return 'closed';
      const occurrence = occurrenceFor(task.recurrence, day);
      if (!occurrence || occurrence.key !== day) return 'no_occurrence';
      const now = filedAt ?? nowIso();
      return writeTask(task.planId, async (trx) => {
        const existing = await q.listReportsOfTask(trx, taskId);
        if (existing.some((r) => r.occurrence_key === occurrence.key))
          return { taskId, result: 'already_reported' as const };
        const input = {
          unitId: task.leadUnit.id,
          activityDate: day,
          body,
          quantity: null,
          completed: true,
          articleIds: [],
        };
        const id = await q.insertReport(trx, {
          task_id: taskId,
          unit_id: task.leadUnit.id,
          occurrence_key: occurrence.key,
          activity_date: day,
          body,
          quantity: null,
          completed: 1,
          author_id: ctx.actor.id,
          author_name: ctx.actor.name,
          filed_at: now,
          updated_at: now,
        });
        await q.insertReportRevision(trx, revisionRow(id, 1, input, [], ctx.actor.name, now));
        await record(ctx, trx, 'report.filed', plansText.audit.report(id, taskId), occurrence.key);
        return { taskId, result: 'filed' as const };
      });
    },
  };
}

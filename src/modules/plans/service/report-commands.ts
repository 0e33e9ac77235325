// Progress reports: a unit files one for a task it leads or coordinates; its author corrects it
// until the task is closed, and every version is kept.
import { ConflictError, ForbiddenError, NotFoundError } from '../../../platform/http/errors.js';
import * as q from '../plans.queries.js';
import { mayCorrectReport, mayReportFor } from '../plans-policy.js';
import type { PlanContext, ReportInput, TaskView } from '../plans.types.js';
import { plansText } from '../plans.vi.js';
import { reportTextColumns, revisionRow } from './row-mapping.js';
import type { ServiceKit } from './service-kit.js';
import { unitsOfTask } from './task-views.js';
import { checkReport } from './validation.js';

export function createReportCommands(kit: ServiceKit) {
  const { db, nowIso, record, loadTask, writeTask } = kit;

  async function check(task: TaskView, input: ReportInput) {
    const publishedIds = async (ids: number[]) => (await kit.findPublishedArticles(ids)).map((a) => a.id);
    return checkReport({ now: kit.clock.now(), publishedIds }, task, await kit.views.loadPlan(task.planId), input);
  }

  return {
    async fileReport(ctx: PlanContext, taskId: number, sent: ReportInput): Promise<number> {
      const task = await loadTask(ctx, taskId);
      if (!mayReportFor(ctx.actor, unitsOfTask(task), sent.unitId)) {
        if (task.closedAt !== null) throw new ConflictError('CONFLICT');
        throw new ForbiddenError();
      }
      const { report: input, occurrenceKey, articleIds } = await check(task, sent);
      const now = nowIso();
      return writeTask(task.planId, async (trx) => {
        const id = await q.insertReport(trx, {
          task_id: taskId,
          unit_id: input.unitId,
          occurrence_key: occurrenceKey,
          ...reportTextColumns(input),
          author_id: ctx.actor.id,
          author_name: ctx.actor.name,
          filed_at: now,
          updated_at: now,
        });
        await q.replaceReportArticles(trx, id, articleIds);
        await q.insertReportRevision(trx, revisionRow(id, 1, input, articleIds, ctx.actor.name, now));
        await record(ctx, trx, 'report.filed', plansText.audit.report(id, taskId), occurrenceKey);
        return { taskId, result: id };
      });
    },

    /** The author corrects a report (until the task is closed); every version is kept. */
    async correctReport(ctx: PlanContext, reportId: number, sent: ReportInput, expectedVersion: number) {
      const report = Number.isSafeInteger(reportId) && reportId > 0 ? await q.findReport(db, reportId) : undefined;
      if (!report) throw new NotFoundError('NOT_FOUND');
      const task = await loadTask(ctx, report.task_id);
      if (!mayCorrectReport(ctx.actor, { authorId: report.author_id }, unitsOfTask(task))) {
        if (task.closedAt !== null && report.author_id === ctx.actor.id) throw new ConflictError('CONFLICT');
        throw new ForbiddenError();
      }
      // The unit of a report is not the author's to change: a different one is a forbidden move.
      if (sent.unitId !== report.unit_id) throw new ForbiddenError();
      const { report: input, occurrenceKey, articleIds } = await check(task, sent);
      const now = nowIso();
      await writeTask(task.planId, async (trx) => {
        const saved = await q.updateReport(trx, reportId, expectedVersion, {
          occurrence_key: occurrenceKey,
          ...reportTextColumns(input),
          updated_at: now,
        });
        if (!saved) throw new ConflictError('CONFLICT');
        await q.replaceReportArticles(trx, reportId, articleIds);
        await q.insertReportRevision(
          trx,
          revisionRow(reportId, expectedVersion + 1, input, articleIds, ctx.actor.name, now),
        );
        const { audit } = plansText;
        await record(ctx, trx, 'report.corrected', audit.report(reportId, task.id), audit.version(expectedVersion + 1));
        return { taskId: task.id, result: undefined };
      });
    },
  };
}

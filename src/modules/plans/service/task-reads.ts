// A task with its reports and evidence, and one report with its versions: what pages and the API
// read of a task.
import { NotFoundError } from '../../../platform/http/errors.js';
import * as q from '../plans.queries.js';
import { managesPlans, mayCorrectReport, mayOpenReportFiles, reportableUnits } from '../plans-policy.js';
import type { PlanContext, TaskView } from '../plans.types.js';
import { listEvidence } from './evidence.js';
import { completionOf, reportOf, revisionOf } from './row-mapping.js';
import type { ServiceKit } from './service-kit.js';
import { unitsOfTask } from './task-views.js';

export function createTaskReads(kit: ServiceKit) {
  const { db, loadTask } = kit;
  const evidenceOf = (reportIds: number[]) => listEvidence(db, kit.findPublishedArticles, reportIds);

  /** A task's reports with their evidence, and what this person may do with them and the task. */
  async function detailOf(
    ctx: PlanContext,
    task: TaskView,
    rows: Awaited<ReturnType<typeof q.listReportsOfTask>>,
    completions: Awaited<ReturnType<typeof q.listCompletions>>,
  ) {
    const evidence = await evidenceOf(rows.map((r) => r.id));
    const units = unitsOfTask(task);
    const reports = rows.map((r) => ({
      ...reportOf(r),
      articles: evidence.get(r.id) ?? [],
      mayCorrect: mayCorrectReport(ctx.actor, { authorId: r.author_id }, units),
      mayOpenFiles: mayOpenReportFiles(ctx.actor, r.unit_id),
    }));
    return {
      task,
      reports,
      completions: completions.map(completionOf),
      reportableUnitIds: reportableUnits(ctx.actor, units),
      manages: managesPlans(ctx.actor),
    };
  }

  return {
    /** A task with its status, occurrences, reports (with evidence) and what this person may do. */
    async getTask(ctx: PlanContext, id: number) {
      const task = await loadTask(ctx, id);
      const [plan, rows, completions] = await Promise.all([
        kit.views.loadPlan(task.planId),
        q.listReportsOfTask(db, id),
        q.listCompletions(db, { taskIds: [id] }),
      ]);
      return { ...(await detailOf(ctx, task, rows, completions)), plan };
    },

    /**
     * The same, with one page of its reports (newest first) read by the database: a daily task
     * gathers hundreds. `page` is 1-based; `reportTotal` says how many pages there are.
     */
    async getTaskPage(ctx: PlanContext, id: number, page: { page: number; perPage: number }) {
      const task = await loadTask(ctx, id);
      const window = { limit: page.perPage, offset: (page.page - 1) * page.perPage };
      const [plan, rows, reportTotal, completions] = await Promise.all([
        kit.views.loadPlan(task.planId),
        q.listReportsOfTaskPage(db, id, window),
        q.countReportsOfTask(db, id),
        q.listCompletions(db, { taskIds: [id] }),
      ]);
      return { ...(await detailOf(ctx, task, rows, completions)), plan, reportTotal };
    },

    async getReport(ctx: PlanContext, reportId: number) {
      const row = Number.isSafeInteger(reportId) && reportId > 0 ? await q.findReport(db, reportId) : undefined;
      if (!row) throw new NotFoundError('NOT_FOUND');
      const task = await loadTask(ctx, row.task_id);
      const [revisions, evidence] = await Promise.all([q.listReportRevisions(db, reportId), evidenceOf([reportId])]);
      return {
        task,
        report: reportOf(row),
        revisions: revisions.map(revisionOf),
        articles: evidence.get(reportId) ?? [],
        mayCorrect: mayCorrectReport(ctx.actor, { authorId: row.author_id }, unitsOfTask(task)),
        mayOpenFiles: mayOpenReportFiles(ctx.actor, row.unit_id),
      };
    },
  };
}

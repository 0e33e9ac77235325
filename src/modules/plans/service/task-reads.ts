// A task with its reports and evidence, one report with its versions, the day's reminders, and why a
// unit is in use: what pages, the API, the reminders and the units module read of the tasks.
import { NotFoundError } from '../../../platform/http/errors.js';
import * as q from '../plans.queries.js';
import { managesPlans, mayCorrectReport, mayOpenReportFiles, reportableUnits } from '../plans-policy.js';
import type { PlanContext } from '../plans.types.js';
import { plansText } from '../plans.vi.js';
import { listEvidence } from './evidence.js';
import { completionOf, planOf, reportOf, revisionOf } from './row-mapping.js';
import type { ServiceKit } from './service-kit.js';
import { unitsOfTask } from './task-views.js';

export interface Reminder {
  taskId: number;
  title: string;
  planId: number;
  planNumber: string;
  occurrenceKey: string;
  dueAt: string;
  kind: 'due_soon' | 'overdue';
  unitIds: number[];
}

export function createTaskReads(kit: ServiceKit) {
  const { db, clock, loadTask } = kit;
  const evidenceOf = (reportIds: number[]) => listEvidence(db, kit.findPublishedArticles, reportIds);

  return {
    /** A task with its status, occurrences, reports (with evidence) and what this person may do. */
    async getTask(ctx: PlanContext, id: number) {
      const task = await loadTask(ctx, id);
      const plan = await kit.views.loadPlan(task.planId);
      const [rows, completions] = await Promise.all([
        q.listReportsOfTask(db, id),
        q.listCompletions(db, { taskIds: [id] }),
      ]);
      const evidence = await evidenceOf(rows.map((r) => r.id));
      const units = unitsOfTask(task);
      const reports = rows.map((r) => ({
        ...reportOf(r),
        articles: evidence.get(r.id) ?? [],
        mayCorrect: mayCorrectReport(ctx.actor, { authorId: r.author_id }, units),
        mayOpenFiles: mayOpenReportFiles(ctx.actor, r.unit_id),
      }));
      return {
        plan,
        task,
        reports,
        completions: completions.map(completionOf),
        reportableUnitIds: reportableUnits(ctx.actor, units),
        manages: managesPlans(ctx.actor),
      };
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

    /**
     * What the daily reminder ("đôn đốc") is about: every open occurrence of an open task that is
     * overdue, or due within `daysAhead` days, with the units responsible (lead and coordinators).
     * Done occurrences and closed tasks are never reminded.
     */
    async listReminders(daysAhead: number): Promise<Reminder[]> {
      const plansById = new Map((await q.listPlans(db)).map((p) => [p.id, planOf(p)]));
      const rows = (await q.listAllTasks(db)).filter((r) => r.closed_at === null);
      const views = await kit.views.viewsOf(
        rows,
        (planId) => plansById.get(planId)?.year ?? clock.now().getUTCFullYear(),
        'all',
      );
      const now = clock.now().toISOString();
      const horizon = new Date(clock.now().getTime() + daysAhead * 86_400_000).toISOString();
      return views.flatMap((t) =>
        t.status.occurrences
          .filter(
            (o) =>
              o.status === 'overdue' ||
              ((o.status === 'not_due' || o.status === 'in_progress') && o.dueAt >= now && o.dueAt <= horizon),
          )
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
      const text = plansText.unitUse;
      const uses = [
        use.lead > 0 ? text.leads(use.lead) : '',
        use.coordinating > 0 ? text.coordinates(use.coordinating) : '',
        use.reports > 0 ? text.reports(use.reports) : '',
      ].filter(Boolean);
      return uses.length > 0 ? text.sentence(uses) : undefined;
    },
  };
}

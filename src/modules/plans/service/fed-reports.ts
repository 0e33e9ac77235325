// Reports that another part of the portal files on a daily task's behalf: publishing the day's
// morning brief is the work the task "Phát hành Điểm tin sáng hằng ngày" asks for, so it files that
// day's progress report for the task's lead unit. Once per occurrence: when the day already has a
// report (the unit's own, or one filed by an earlier publication), nothing more is filed, so a
// corrected brief published again does not count twice.
import type { Transaction } from 'kysely';
import type { Database } from '../../../database.js';
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

/** A day's work to report: its text, and when it was published (now when not given). */
export interface FedEntry {
  day: string;
  body: string;
  filedAt?: string;
}

export function createFedReports(kit: ServiceKit) {
  const { db, nowIso, writeTask } = kit;
  /**
   * Files the day's report of a daily task for its lead unit, with `body` as the report text
   * (it names the evidence and links it), unless that occurrence already has one. The person
   * who published is its author and is audited; the unit's own reporting rules are not asked,
   * since the work was done by the portal's own desk. `filedAt` is when the work was published.
   * Several days at once (a history brought in) are written in one transaction.
   */
  async function fileFedReports(
    ctx: PlanContext,
    taskId: number,
    entries: readonly FedEntry[],
  ): Promise<FedReportResult[]> {
    const task = await kit.views.findTaskView(taskId).catch((err: unknown) => {
      if (err instanceof NotFoundError) return undefined;
      throw err;
    });
    if (!task) return entries.map(() => 'no_occurrence');
    if (task.closedAt !== null) return entries.map(() => 'closed');
    const keys = entries.map((e) => occurrenceFor(task.recurrence, e.day)?.key);
    if (keys.every((key, n) => key !== entries[n]!.day)) return entries.map(() => 'no_occurrence');
    return writeTask(task.planId, async (trx) => {
      const taken = new Set((await q.listReportsOfTask(trx, taskId)).map((r) => r.occurrence_key));
      const results: FedReportResult[] = [];
      for (const [n, entry] of entries.entries()) {
        if (keys[n] !== entry.day) results.push('no_occurrence');
        else if (taken.has(entry.day)) results.push('already_reported');
        else {
          await insertFedReport(kit, trx, ctx, task.leadUnit.id, taskId, {
            ...entry,
            filedAt: entry.filedAt ?? nowIso(),
          });
          taken.add(entry.day);
          results.push('filed');
        }
      }
      return { taskId, result: results };
    });
  }

  return {
    /** The open daily tasks still running, for a setting that says which one a daily publication feeds. */
    async listDailyTasks(): Promise<FeedableTask[]> {
      const rows = await q.listAllTasks(db);
      const today = vietnamDay(kit.clock.now());
      return rows
        .filter((r) => r.recurrence === 'daily' && r.closed_at === null && (r.recur_to ?? '') >= today)
        .map((r) => ({ id: r.id, title: r.title, planId: r.plan_id }));
    },

    fileFedReports,

    /** One day's report (fileFedReports with one entry). */
    async fileFedReport(ctx: PlanContext, taskId: number, day: string, body: string, filedAt?: string) {
      const [result] = await fileFedReports(ctx, taskId, [{ day, body, filedAt }]);
      return result!;
    },
  };
}

async function insertFedReport(
  kit: ServiceKit,
  trx: Transaction<Database>,
  ctx: PlanContext,
  unitId: number,
  taskId: number,
  entry: Required<FedEntry>,
) {
  const { day, body, filedAt } = entry;
  const input = { unitId, activityDate: day, body, quantity: null, completed: true, articleIds: [] };
  const id = await q.insertReport(trx, {
    task_id: taskId,
    unit_id: unitId,
    occurrence_key: day,
    activity_date: day,
    body,
    quantity: null,
    completed: 1,
    author_id: ctx.actor.id,
    author_name: ctx.actor.name,
    filed_at: filedAt,
    updated_at: filedAt,
  });
  await q.insertReportRevision(trx, revisionRow(id, 1, input, [], ctx.actor.name, filedAt));
  await kit.record(ctx, trx, 'report.filed', plansText.audit.report(id, taskId), day);
}

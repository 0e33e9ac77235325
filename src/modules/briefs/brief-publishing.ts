// Publishing a brief, and the plan task it feeds: the day's report is filed once, whoever
// publishes or republishes (the claim on the brief's row decides), never for a day to come.
import { AppError, ConflictError } from '../../platform/http/errors.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import { type Brief, briefOf, briefPath } from './brief-items.js';
import { type BriefKit, refused } from './brief-kit.js';
import * as q from './briefs.queries.js';
import type { BriefContext } from './briefs.service.js';
import { briefError, briefsText } from './briefs.vi.js';

const text = briefsText.input;

/** Files the day's report of the chosen task, once: the claim on the row decides who files it. */
async function feedTracker(kit: BriefKit, ctx: BriefContext, brief: Brief): Promise<void> {
  const { db, deps } = kit;
  const taskId = await q.readSettingsTask(db);
  if (!deps.tracker || taskId === null) return;
  if (!(await q.claimReport(db, brief.id, kit.nowIso()))) return;
  try {
    const body = briefsText.report(brief.date, deps.siteUrl + brief.url);
    const filedAt = brief.publishedAt ?? kit.nowIso();
    const [result] = await deps.tracker.fileReports(ctx, taskId, [{ day: brief.date, body, filedAt }]);
    // Nothing was filed for a day the task does not have: a later publication may try again.
    if (result === 'no_occurrence' || result === 'closed') await q.releaseReport(db, brief.id);
  } catch (err) {
    await q.releaseReport(db, brief.id);
    deps.logError?.(err, 'brief: the plan task report could not be filed');
  }
}

export async function publishBrief(kit: BriefKit, ctx: BriefContext, id: number): Promise<Brief> {
  const row = await kit.loadRow(kit.db, id);
  if (briefOf(row, '').items.length === 0) refused({ items: text.itemsRequired });
  if (row.day > vietnamDay(kit.clock.now()))
    throw new AppError({ code: 'BRIEF_FUTURE', message: text.dateFuture }, 409);
  if (row.status === 'draft') {
    const now = kit.nowIso();
    await kit.db.transaction().execute(async (trx) => {
      const changes = { status: 'published' as const, published_at: now, updated_at: now };
      if (!(await q.updateBrief(trx, id, row.version, changes))) throw new ConflictError(briefError('BRIEF_CHANGED'));
      await q.insertRevision(trx, {
        brief_id: id,
        version: row.version + 1,
        intro: row.intro,
        items: row.items,
        status: 'published',
        saved_by_name: ctx.actor.name,
        saved_at: now,
      });
      await kit.record(ctx, trx, 'brief.published', briefPath(row.day));
    });
    kit.deps.onContentChanged();
  }
  const published = await kit.reads.get(id);
  await feedTracker(kit, ctx, published);
  return published;
}

export async function readTaskSetting(
  kit: BriefKit,
): Promise<{ taskId: number | null; tasks: Array<{ id: number; title: string }> }> {
  const [taskId, tasks] = await Promise.all([q.readSettingsTask(kit.db), kit.deps.tracker?.listDailyTasks() ?? []]);
  return { taskId, tasks };
}

export async function setTask(kit: BriefKit, ctx: BriefContext, taskId: number | null): Promise<void> {
  if (taskId !== null) {
    const tasks = (await kit.deps.tracker?.listDailyTasks()) ?? [];
    if (!tasks.some((t) => t.id === taskId)) refused({ taskId: text.taskUnknown });
  }
  await kit.db.transaction().execute(async (trx) => {
    await q.writeSettingsTask(trx, taskId, kit.nowIso());
    await kit.record(ctx, trx, 'brief.settings_updated', '/quan-tri/diem-tin', taskId === null ? '' : `#${taskId}`);
  });
}

// The workflow steps on their own: submit, publish or schedule, reject with a reason, unpublish,
// delete and restore; and the scheduler's side of it, publishing and taking down what fell due.
import type { Transaction } from 'kysely';
import { htmlToText } from '../../platform/text/html-text.js';
import type { Database } from '../../database.js';
import type { AuditAction, NewsroomCore } from './newsroom-core.js';
import type { DeskArticle, RequestContext, StepOptions, WorkflowStep } from './newsroom-types.js';
import { requireReadable, storedRejectionReason } from './newsroom-validation.js';
import * as nq from './newsroom.queries.js';
import { transition } from './workflow-steps.js';
import { articlesText } from './articles.vi.js';

const SYSTEM_ACTOR = articlesText.audit.systemActor;

type DueArticles = (trx: Transaction<Database>, nowIso: string) => Promise<Array<{ id: number; slug: string }>>;

export function createWorkflowCommands(core: NewsroomCore) {
  const { db } = core;

  /** Applies a due change to every article it finds in one transaction; safe on several nodes at once. */
  async function applyDue(findAndChange: DueArticles, action: AuditAction, detail?: string): Promise<number> {
    const changed = await db.transaction().execute(async (trx) => {
      const rows = await findAndChange(trx, core.nowIso());
      for (const row of rows) {
        await core.audit.record({ action, actor: SYSTEM_ACTOR, target: `#${row.id} ${row.slug}`, detail }, trx);
      }
      return rows.length;
    });
    if (changed > 0) core.onContentChanged();
    return changed;
  }

  return {
    /** A workflow step without a content change (the buttons beside the form, the API actions). */
    async act(ctx: RequestContext, id: number, step: WorkflowStep, options: StepOptions = {}): Promise<DeskArticle> {
      const article = await core.load(id);
      core.check(ctx, step, article);
      if (step === 'submit' || step === 'publish')
        requireReadable({ title: article.title, body_text: htmlToText(article.bodyHtml) });
      if (step === 'reject') options = { ...options, reason: storedRejectionReason(options.reason) };
      const t = transition(article, step, options, core.nowIso());
      await db.transaction().execute(async (trx) => {
        await core.claimVersion(trx, id, article.version);
        await nq.updateArticle(trx, id, { ...t.changes, updated_at: core.nowIso() });
        await core.record(ctx, trx, t.action, article, 'detail' in t ? t.detail : undefined);
      });
      core.onContentChanged();
      return core.load(id);
    },

    /** Publishes the scheduled articles whose time has come. */
    publishDue: (): Promise<number> =>
      applyDue(nq.publishDueArticles, 'article.published', articlesText.audit.scheduledTimeCame),

    /** Takes down the published articles whose expiry has come. */
    expireDue: (): Promise<number> => applyDue(nq.expireDueArticles, 'article.expired'),

    nextScheduledAt: () => nq.nextScheduledAt(db),
  };
}

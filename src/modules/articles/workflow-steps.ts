// What each workflow step writes: the status change, the columns that go with it and the audit
// action. Pure (the time comes in); the caller has checked who may take the step.
import { ConflictError } from '../../platform/http/errors.js';
import type { ArticleStatus, Classification } from './articles.tables.js';
import { invalid } from './newsroom-validation.js';
import type { Intent, StepOptions, WorkflowStep } from './newsroom-types.js';
import { articleError } from './articles.errors.js';
import { articleInputText } from './articles-input.vi.js';

export interface StepSubject {
  status: ArticleStatus;
  publishedAt: string | null;
  classification: Classification;
  expiresAt: string | null;
}

function publishing(article: StepSubject, publishAt: Date | undefined, now: string) {
  if (article.classification !== 'public') throw new ConflictError(articleError('ARTICLE_CLASSIFIED'));
  // Republishing keeps the first publication date; a date in the future schedules it.
  const keep = article.publishedAt && article.publishedAt <= now ? article.publishedAt : now;
  const at = publishAt ? publishAt.toISOString() : keep;
  if (article.expiresAt && article.expiresAt <= (at > now ? at : now)) {
    throw invalid({ expiresAt: articleInputText.article.expiryBeforePublishing });
  }
  const scheduled = at > now;
  return {
    changes: {
      status: scheduled ? ('scheduled' as const) : ('published' as const),
      published_at: at,
      rejection_reason: '',
    },
    action: scheduled ? ('article.scheduled' as const) : ('article.published' as const),
    detail: at,
  };
}

/** The column changes and audit action of a workflow step at `now` (ISO time). */
export function transition(article: StepSubject, step: WorkflowStep, options: StepOptions, now: string) {
  switch (step) {
    case 'submit':
      return { changes: { status: 'submitted' as const, rejection_reason: '' }, action: 'article.submitted' as const };
    case 'publish':
      return publishing(article, options.publishAt, now);
    case 'reject':
      return {
        changes: { status: 'draft' as const, rejection_reason: options.reason ?? '' },
        action: 'article.rejected' as const,
        detail: options.reason,
      };
    case 'unpublish':
      return { changes: { status: 'draft' as const }, action: 'article.unpublished' as const };
    case 'delete':
      return { changes: { status: 'trashed' as const, deleted_at: now }, action: 'article.deleted' as const };
    case 'restore':
      // Back as a draft, as WordPress does: something taken down is reviewed before it returns.
      return { changes: { status: 'draft' as const, deleted_at: null }, action: 'article.restored' as const };
  }
}

/** The step a save asks for (submit or publish with it), or undefined for a plain save. */
export function transitionOfIntent(article: StepSubject, intent: Intent, now: string) {
  if (intent.action === 'save') return undefined;
  return transition(article, intent.action, intent.action === 'publish' ? { publishAt: intent.publishAt } : {}, now);
}

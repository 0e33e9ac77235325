// The newsroom's checks on what a writer sends that need the database or the article as stored
// (the input's own shape is checked before, by article-input.ts's schema, on the form and the API
// alike): fields against the database (category, image, owner), the editors-only fields, expiry
// against the stored one, and "is there anything to read" in the sanitised text before a submit or
// publish. Every refusal is a field's message, as on the form.
import { BadRequestError } from '../../platform/http/errors.js';
import { normalizeText } from '../../platform/text/fold.js';
import { RichTextTooComplexError } from '../../platform/text/rich-text.js';
import type { WorkPool } from '../../platform/workers/work-pool.js';
import { isEditor } from './article-policy.js';
import * as q from './articles.queries.js';
import { prepareArticleText } from './articles.service.js';
import type { NewsroomDeps } from './newsroom-core.js';
import type { ArticleInput, DeskArticle, Intent, RequestContext } from './newsroom-types.js';
import { articleInputText } from './articles-input.vi.js';

const t = articleInputText.article;

export const invalid = (fields: Record<string, string>) => new BadRequestError('VALIDATION_FAILED', fields);

/** The stored text columns; a body too complex to sanitise is the body field's error, as on the form. */
export async function prepareCheckedText(input: { title: string; lead: string; bodyHtml: string }, work: WorkPool) {
  try {
    return await prepareArticleText(input, work);
  } catch (error) {
    if (error instanceof RichTextTooComplexError) throw invalid({ bodyHtml: error.message });
    throw error;
  }
}

/** Submitting or publishing needs something to read. */
export function requireReadable(text: { title: string; body_text: string }) {
  if (!text.body_text.trim()) throw invalid({ bodyHtml: t.bodyEmpty });
}

/** The reason an editor gives for sending an article back (checked by rejectionSchema), as stored. */
export const storedRejectionReason = (reason: string | undefined): string => normalizeText(reason ?? '').trim();

type InputDeps = Pick<NewsroomDeps, 'db' | 'clock' | 'imageExists' | 'isWriter'>;

/** The expiry an editor asked for, or the field's message when it cannot be. */
function resolveExpiry(
  deps: InputDeps,
  requested: Date | null | undefined,
  current: string | null,
): { expiresAt: string | null; error?: string } {
  if (requested === undefined) return { expiresAt: current };
  // Saving the form again with the expiry it already had is no change, even once it passed.
  if ((requested?.toISOString() ?? null) === current) return { expiresAt: current };
  if (requested && requested.getTime() <= deps.clock.now().getTime())
    return { expiresAt: current, error: t.expiryNotFuture };
  return { expiresAt: requested ? requested.toISOString() : null };
}

/** Validates the fields against the database and applies the editors-only rules. */
export async function resolveArticleInput(
  deps: InputDeps,
  ctx: RequestContext,
  input: ArticleInput,
  current?: DeskArticle,
) {
  const editor = isEditor(ctx.actor);
  const fields: Record<string, string> = {};
  if (!(await q.findCategoryById(deps.db, input.categoryId))) fields.categoryId = t.categoryMissing;
  if (input.featuredImageId != null && !(await deps.imageExists(input.featuredImageId)))
    fields.featuredImageId = t.featuredImageMissing;
  let authorId = current?.authorId ?? ctx.actor.id;
  let byline = current?.byline ?? ctx.actor.name;
  let featured = current?.featured ?? false;
  const classification = input.classification ?? current?.classification ?? 'public';
  if (classification !== 'public' && (current?.status === 'published' || current?.status === 'scheduled')) {
    fields.classification = t.classifiedWhileOut;
  }
  const expiry = editor
    ? resolveExpiry(deps, input.expiresAt, current?.expiresAt ?? null)
    : { expiresAt: current?.expiresAt ?? null };
  if (expiry.error) fields.expiresAt = expiry.error;
  if (editor) {
    if (input.authorId !== undefined && input.authorId !== authorId) {
      if (await deps.isWriter(input.authorId)) authorId = input.authorId;
      else fields.authorId = t.authorNotWriter;
    }
    // A blank byline keeps the one there is: the field is a correction, not a reset.
    if (input.byline !== undefined) byline = normalizeText(input.byline).trim() || byline;
    if (input.featured !== undefined) featured = input.featured;
  }
  if (Object.keys(fields).length > 0) throw invalid(fields);
  return {
    authorId,
    byline,
    featured,
    featuredImageId: input.featuredImageId ?? null,
    classification,
    expiresAt: expiry.expiresAt,
  };
}

export type ResolvedInput = Awaited<ReturnType<typeof resolveArticleInput>>;

/** The resolved fields and the stored text of a save, or the fields' messages; the step's needs too. */
export async function validateArticle(
  deps: InputDeps & Pick<NewsroomDeps, 'work'>,
  ctx: RequestContext,
  input: ArticleInput,
  intent: Intent,
  current?: DeskArticle,
) {
  const resolved = await resolveArticleInput(deps, ctx, input, current);
  const text = await prepareCheckedText(input, deps.work);
  if (intent.action !== 'save') requireReadable(text);
  return { resolved, text };
}

/** The resolved fields as the articles table stores them. */
export const articleColumns = (r: ResolvedInput) => ({
  author: r.byline,
  author_id: r.authorId,
  featured: r.featured ? 1 : 0,
  featured_image_id: r.featuredImageId,
  classification: r.classification,
  expires_at: r.expiresAt,
});

// Writing: creating an article and saving changes to it, each save a new version (a stale one is
// refused whole), optionally with a submit or publish step; and who else has the form open.
import type { Transaction } from 'kysely';
import { ForbiddenError } from '../../platform/http/errors.js';
import { slugify, uniqueSlug } from '../../platform/text/slug.js';
import type { Database } from '../../database.js';
import { mayAct } from './article-policy.js';
import * as q from './articles.queries.js';
import type { NewsroomCore } from './newsroom-core.js';
import { addRevision } from './newsroom-revisions.js';
import type { ArticleInput, DeskArticle, EditPresence, Intent, RequestContext } from './newsroom-types.js';
import { articleColumns, validateArticle } from './newsroom-validation.js';
import * as nq from './newsroom.queries.js';
import { transitionOfIntent } from './workflow-steps.js';
import { articlesText } from './articles.vi.js';

const PRESENCE_WINDOW_MS = 15 * 60 * 1000;

/** The stored fields of a partial change: what is not sent stays as it is. */
function mergeInput(article: DeskArticle, input: Partial<ArticleInput>): ArticleInput {
  return {
    title: input.title ?? article.title,
    lead: input.lead ?? article.lead,
    bodyHtml: input.bodyHtml ?? article.bodyHtml,
    categoryId: input.categoryId ?? article.categoryId,
    byline: input.byline,
    authorId: input.authorId,
    featured: input.featured,
    featuredImageId: input.featuredImageId === undefined ? article.featuredImageId : input.featuredImageId,
    classification: input.classification,
    expiresAt: input.expiresAt,
  };
}

async function create(
  core: NewsroomCore,
  ctx: RequestContext,
  input: ArticleInput,
  intent: Intent = { action: 'save' },
): Promise<DeskArticle> {
  const draft = { authorId: ctx.actor.id, status: 'draft' as const };
  if (!mayAct(ctx.actor, 'edit', draft)) throw new ForbiddenError();
  if (intent.action === 'publish' && !mayAct(ctx.actor, 'publish', draft)) throw new ForbiddenError();
  const { resolved, text } = await validateArticle(core, ctx, input, intent);
  const now = core.nowIso();
  const id = await core.db.transaction().execute(async (trx) => {
    const slug = await uniqueSlug(slugify(text.title) || 'bai-viet', (candidate) =>
      q.isArticleSlugTaken(trx, candidate),
    );
    const step = transitionOfIntent(
      { status: 'draft', publishedAt: null, classification: resolved.classification, expiresAt: resolved.expiresAt },
      intent,
      core.nowIso(),
    );
    const articleId = await q.insertArticle(trx, {
      slug,
      category_id: input.categoryId,
      ...text,
      ...articleColumns(resolved),
      status: 'draft',
      published_at: null,
      created_at: now,
      updated_at: now,
      ...step?.changes,
    });
    await addRevision(core, trx, ctx, articleId, 1, articlesText.revisionNote.created);
    await core.record(ctx, trx, 'article.created', { id: articleId, slug }, text.title);
    if (step) await core.record(ctx, trx, step.action, { id: articleId, slug }, step.detail);
    return articleId;
  });
  core.onContentChanged();
  return core.load(id);
}

/** A slug is an address: it follows the title only until the article has been out. */
function slugAfterSave(trx: Transaction<Database>, article: DeskArticle, title: string): Promise<string> {
  if (article.publishedAt !== null || title === article.title) return Promise.resolve(article.slug);
  return uniqueSlug(
    slugify(title) || 'bai-viet',
    async (candidate) => candidate !== article.slug && (await q.isArticleSlugTaken(trx, candidate)),
  );
}

/**
 * Saves the content, then takes the intent's step. `expectedVersion` is the version the writer
 * started from: if someone saved since, nothing is written and a ConflictError says so.
 */
async function update(
  core: NewsroomCore,
  ctx: RequestContext,
  id: number,
  input: Partial<ArticleInput>,
  options: { expectedVersion?: number; intent?: Intent } = {},
): Promise<DeskArticle> {
  const article = await core.load(id);
  core.check(ctx, 'edit', article);
  const intent = options.intent ?? { action: 'save' };
  if (intent.action !== 'save') core.check(ctx, intent.action, article);
  const merged = mergeInput(article, input);
  const { resolved, text } = await validateArticle(core, ctx, merged, intent, article);
  const expected = options.expectedVersion ?? article.version;
  await core.db.transaction().execute(async (trx) => {
    await core.claimVersion(trx, id, expected);
    const slug = await slugAfterSave(trx, article, text.title);
    const step = transitionOfIntent(
      { ...article, classification: resolved.classification, expiresAt: resolved.expiresAt },
      intent,
      core.nowIso(),
    );
    await nq.updateArticle(trx, id, {
      ...text,
      slug,
      category_id: merged.categoryId,
      ...articleColumns(resolved),
      updated_at: core.nowIso(),
      ...step?.changes,
    });
    await addRevision(core, trx, ctx, id, expected + 1, articlesText.revisionNote.updated);
    await core.record(ctx, trx, 'article.updated', { id, slug });
    if (step) await core.record(ctx, trx, step.action, { id, slug }, step.detail);
  });
  await nq.forgetPresence(core.db, id, ctx.actor.id);
  core.onContentChanged();
  return core.load(id);
}

/** Notes that this person has the edit form open; answers who else has had it open lately. */
async function notePresence(core: NewsroomCore, ctx: RequestContext, id: number): Promise<EditPresence[]> {
  const now = core.clock.now();
  await nq.notePresence(core.db, {
    articleId: id,
    userId: ctx.actor.id,
    userName: ctx.actor.name,
    seenAt: now.toISOString(),
  });
  const since = new Date(now.getTime() - PRESENCE_WINDOW_MS).toISOString();
  const others = await nq.listPresence(core.db, id, since, ctx.actor.id);
  return others.map((o) => ({ name: o.user_name, seenAt: o.seen_at }));
}

export function createEditingCommands(core: NewsroomCore) {
  return {
    create: (ctx: RequestContext, input: ArticleInput, intent?: Intent) => create(core, ctx, input, intent),
    update: (
      ctx: RequestContext,
      id: number,
      input: Partial<ArticleInput>,
      options?: { expectedVersion?: number; intent?: Intent },
    ) => update(core, ctx, id, input, options),
    notePresence: (ctx: RequestContext, id: number) => notePresence(core, ctx, id),
  };
}

// Revisions: every save leaves a copy of the article's content; any copy can be read and put back
// as a new version (the status stays what it is).
import type { Transaction } from 'kysely';
import { NotFoundError } from '../../platform/http/errors.js';
import type { Database } from '../../database.js';
import * as q from './articles.queries.js';
import type { NewsroomCore } from './newsroom-core.js';
import type { DeskArticle, RequestContext } from './newsroom-types.js';
import { prepareCheckedText } from './newsroom-validation.js';
import * as nq from './newsroom.queries.js';
import { articlesText } from './articles.vi.js';

/** Copies the article as it now stands in `trx` into its revisions, as `version`. */
export async function addRevision(
  core: NewsroomCore,
  trx: Transaction<Database>,
  ctx: RequestContext,
  articleId: number,
  version: number,
  note: string,
) {
  const row = await nq.findArticleForDesk(trx, articleId);
  if (!row) return;
  await nq.insertRevision(trx, {
    article_id: articleId,
    version,
    title: row.title,
    lead: row.lead,
    body_html: row.body_html,
    category_id: row.category_id,
    author: row.author,
    featured_image_id: row.featured_image_id,
    status: row.status,
    saved_by: ctx.actor.id,
    saved_by_name: ctx.actor.name,
    saved_at: core.nowIso(),
    note,
  });
}

export function createRevisionCommands(core: NewsroomCore) {
  const { db } = core;

  async function getRevision(ctx: RequestContext, id: number, revisionId: number) {
    const article = await core.load(id);
    core.check(ctx, 'view', article);
    const revision = Number.isSafeInteger(revisionId) ? await nq.findRevision(db, id, revisionId) : undefined;
    if (!revision) throw new NotFoundError('NOT_FOUND');
    return { article, revision };
  }

  return {
    async listRevisions(ctx: RequestContext, id: number) {
      const article = await core.load(id);
      core.check(ctx, 'view', article);
      return { article, revisions: await nq.listRevisions(db, id) };
    },

    getRevision,

    /** Puts a revision's content back as a new version; the status stays what it is. */
    async restoreRevision(ctx: RequestContext, id: number, revisionId: number): Promise<DeskArticle> {
      const { article, revision } = await getRevision(ctx, id, revisionId);
      core.check(ctx, 'edit', article);
      // Before the transaction: a long body is sanitised on a worker, and nothing waits on it.
      const text = await prepareCheckedText(
        { title: revision.title, lead: revision.lead, bodyHtml: revision.body_html },
        core.work,
      );
      await db.transaction().execute(async (trx) => {
        await core.claimVersion(trx, id, article.version);
        const categoryExists = await q.findCategoryById(trx, revision.category_id);
        await nq.updateArticle(trx, id, {
          ...text,
          category_id: categoryExists ? revision.category_id : article.categoryId,
          author: revision.author,
          featured_image_id: revision.featured_image_id,
          updated_at: core.nowIso(),
        });
        await addRevision(
          core,
          trx,
          ctx,
          id,
          article.version + 1,
          articlesText.revisionNote.restored(revision.version),
        );
        await core.record(
          ctx,
          trx,
          'article.revision_restored',
          article,
          articlesText.audit.restoredVersion(revision.version),
        );
      });
      core.onContentChanged();
      return core.load(id);
    },
  };
}

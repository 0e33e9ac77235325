// Reading the desk: the article list with its filters and counts, one article, and which steps
// this person may take on it. Contributors see their own articles only, whatever they ask for.
import { ForbiddenError } from '../../platform/http/errors.js';
import { fold } from '../../platform/text/fold.js';
import { isEditor, mayAct, type ArticleAction } from './article-policy.js';
import type { ArticleStatus } from './articles.tables.js';
import { toDeskListItem } from './desk-article.js';
import type { NewsroomCore } from './newsroom-core.js';
import type { DeskArticle, DeskListItem, DeskQuery, RequestContext } from './newsroom-types.js';
import * as nq from './newsroom.queries.js';

const ALL_ACTIONS: ArticleAction[] = ['view', 'edit', 'submit', 'publish', 'reject', 'unpublish', 'delete', 'restore'];

export function createDeskReads(core: NewsroomCore) {
  const { db } = core;
  return {
    async list(
      ctx: RequestContext,
      query: DeskQuery,
    ): Promise<{ items: DeskListItem[]; total: number; counts: Map<ArticleStatus, number> }> {
      if (!mayAct(ctx.actor, 'view', { authorId: ctx.actor.id, status: 'draft' })) throw new ForbiddenError();
      const authorId = isEditor(ctx.actor) ? query.authorId : ctx.actor.id;
      const filter: nq.DeskFilter = {
        status: query.status,
        categoryId: query.categoryId,
        authorId,
        titleWords: fold(query.q ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .slice(0, 8),
      };
      const [rows, total, counts] = await Promise.all([
        nq.listDesk(db, filter, { limit: query.perPage, offset: (query.page - 1) * query.perPage }),
        nq.countDesk(db, filter),
        nq.countByStatus(db, authorId),
      ]);
      return { items: rows.map(toDeskListItem), total, counts };
    },

    listAuthors: () => nq.listAuthorsWithArticles(db),

    /** Articles per status: all of them for editors, their own for contributors. */
    countByStatus(ctx: RequestContext): Promise<Map<ArticleStatus, number>> {
      return nq.countByStatus(db, isEditor(ctx.actor) ? undefined : ctx.actor.id);
    },

    async get(ctx: RequestContext, id: number): Promise<DeskArticle> {
      const article = await core.load(id);
      core.check(ctx, 'view', article);
      return article;
    },

    /** What this person may do to the article now: drives which buttons a page shows. */
    allowedActions(ctx: RequestContext, article: DeskArticle): Set<ArticleAction> {
      return new Set(
        ALL_ACTIONS.filter((a) => mayAct(ctx.actor, a, { authorId: article.authorId, status: article.status })),
      );
    },
  };
}

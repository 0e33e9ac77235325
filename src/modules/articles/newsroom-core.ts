// What every part of the newsroom service stands on: its dependencies, loading an article as the
// desk sees it, the per-record check, the version claim that refuses a stale save, and the audit row.
import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import type { WorkPool } from '../../platform/workers/work-pool.js';
import type { Database, Db } from '../../database.js';
import type { AuditLog } from '../accounts/index.js';
import { isWrongStatus, mayAct, type ArticleAction } from './article-policy.js';
import { toDeskArticle } from './desk-article.js';
import type { DeskArticle, RequestContext } from './newsroom-types.js';
import * as nq from './newsroom.queries.js';
import { articleError } from './articles.errors.js';

export interface NewsroomDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  onContentChanged: () => void;
  /** Whether a featured image id names an image in the media library. */
  imageExists: (id: number) => Promise<boolean>;
  /** Whether a user id names an enabled account that may write (a possible owner). */
  isWriter: (userId: number) => Promise<boolean>;
  /** Long bodies are sanitised on the worker pool. */
  work: WorkPool;
}

export type AuditAction = Parameters<AuditLog['record']>[0]['action'];

export function createNewsroomCore(deps: NewsroomDeps) {
  const { db, clock, audit } = deps;
  return {
    ...deps,
    nowIso: () => clock.now().toISOString(),

    async load(id: number): Promise<DeskArticle> {
      const row = Number.isSafeInteger(id) && id > 0 ? await nq.findArticleForDesk(db, id) : undefined;
      if (!row) throw new NotFoundError(articleError('ARTICLE_NOT_FOUND'));
      return toDeskArticle(row);
    },

    /** 403 when the person may not; 409 when nobody may from this status. */
    check(ctx: RequestContext, action: ArticleAction, article: DeskArticle) {
      const ownership = { authorId: article.authorId, status: article.status };
      if (mayAct(ctx.actor, action, ownership)) return;
      if (isWrongStatus(ctx.actor, action, ownership)) throw new ConflictError(articleError('ARTICLE_WRONG_STATUS'));
      throw new ForbiddenError();
    },

    /** Takes the next version, or refuses the whole write when someone saved since `expected`. */
    async claimVersion(trx: Transaction<Database>, id: number, expected: number) {
      if (!(await nq.claimVersion(trx, id, expected))) throw new ConflictError(articleError('ARTICLE_EDIT_CONFLICT'));
    },

    record(
      ctx: RequestContext,
      trx: Transaction<Database>,
      action: AuditAction,
      article: { id: number; slug: string },
      detail?: string,
    ) {
      return audit.record(
        {
          action,
          userId: ctx.actor.id,
          actor: ctx.actor.email,
          target: `#${article.id} ${article.slug}`,
          detail,
          requestId: ctx.requestId,
        },
        trx,
      );
    },
  };
}

export type NewsroomCore = ReturnType<typeof createNewsroomCore>;

// The editorial workflow: drafts, review, publishing (now or at a time), rejection with a reason,
// unpublishing, the trash, revisions and edit conflicts. The admin pages and the JSON API both
// call this; it checks the per-record rules (article-policy.ts) itself, so neither can skip them.
import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import { BadRequestError, ConflictError, NotFoundError } from '../../platform/http/errors.js';
import { fold, normalizeText } from '../../platform/text/fold.js';
import { htmlToText } from '../../platform/text/html-text.js';
import { RichTextTooComplexError } from '../../platform/text/rich-text.js';
import type { WorkPool } from '../../platform/workers/work-pool.js';
import { slugify, uniqueSlug } from '../../platform/text/slug.js';
import type { Database, Db } from '../../database.js';
import type { AuditLog } from '../accounts/index.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { isEditor, isWrongStatus, mayAct, statusLabels, type Actor, type ArticleAction } from './article-policy.js';
import * as q from './articles.queries.js';
import { articleUrl, prepareArticleText } from './articles.service.js';
import type { ArticleStatus, Classification } from './articles.tables.js';
import * as nq from './newsroom.queries.js';

export interface RequestContext {
  actor: Actor & { email: string };
  requestId: string;
}

/** What a writer sends. Byline, owner and "featured" are editors' fields: ignored for contributors. */
export interface ArticleInput {
  title: string;
  lead: string;
  bodyHtml: string;
  categoryId: number;
  byline?: string;
  authorId?: number;
  featured?: boolean;
  featuredImageId?: number | null;
  /** Anyone who may edit the article may mark it Nội bộ/Mật; then it can never be published. */
  classification?: Classification;
  /** Editors only: when the published article comes down by itself; null clears it. */
  expiresAt?: Date | null;
}

/** The workflow step to take with (or after) a save. */
export type Intent = { action: 'save' } | { action: 'submit' } | { action: 'publish'; publishAt?: Date };

export interface DeskArticle {
  id: number;
  slug: string;
  /** Where readers find it once published. */
  url: string;
  title: string;
  lead: string;
  bodyHtml: string;
  status: ArticleStatus;
  statusLabel: string;
  categoryId: number;
  categoryName: string;
  categorySlug: string;
  byline: string;
  authorId: number | null;
  ownerName: string | null;
  featured: boolean;
  featuredImageId: number | null;
  classification: Classification;
  expiresAt: string | null;
  version: number;
  rejectionReason: string;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  views: number;
}

export type DeskListItem = Pick<
  DeskArticle,
  'id' | 'slug' | 'url' | 'title' | 'status' | 'statusLabel' | 'classification' | 'byline' | 'authorId' | 'ownerName' | 'categoryName' | 'rejectionReason' | 'publishedAt' | 'updatedAt' | 'deletedAt' | 'views'
>;

export interface DeskQuery {
  status?: ArticleStatus;
  categoryId?: number;
  authorId?: number;
  q?: string;
  page: number;
  perPage: number;
}

/** Someone else opened the edit form of this article recently. */
export interface EditPresence {
  name: string;
  seenAt: string;
}

const PRESENCE_WINDOW_MS = 15 * 60 * 1000;
const SYSTEM_ACTOR = 'hệ thống';

const invalid = (fields: Record<string, string>) => new BadRequestError('VALIDATION_FAILED', fields);

type DeskRow = NonNullable<Awaited<ReturnType<typeof nq.findArticleForDesk>>>;

function toDeskArticle(row: DeskRow): DeskArticle {
  return {
    id: row.id,
    slug: row.slug,
    url: articleUrl(row.slug),
    title: row.title,
    lead: row.lead,
    bodyHtml: row.body_html,
    status: row.status,
    statusLabel: statusLabels[row.status],
    categoryId: row.category_id,
    categoryName: row.category_name,
    categorySlug: row.category_slug,
    byline: row.author,
    authorId: row.author_id,
    ownerName: row.owner_name,
    featured: row.featured === 1,
    featuredImageId: row.featured_image_id,
    classification: row.classification,
    expiresAt: row.expires_at,
    version: Number(row.version),
    rejectionReason: row.rejection_reason,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    views: Number(row.views),
  };
}

export function createNewsroom(deps: {
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
}) {
  const { db, clock, audit } = deps;
  const nowIso = () => clock.now().toISOString();

  /** The stored text columns; a body too complex to sanitise is the body field's error, as on the form. */
  async function articleText(input: { title: string; lead: string; bodyHtml: string }) {
    try {
      return await prepareArticleText(input, deps.work);
    } catch (error) {
      if (error instanceof RichTextTooComplexError) throw invalid({ bodyHtml: error.message });
      throw error;
    }
  }

  async function load(id: number): Promise<DeskArticle> {
    const row = Number.isSafeInteger(id) && id > 0 ? await nq.findArticleForDesk(db, id) : undefined;
    if (!row) throw new NotFoundError('ARTICLE_NOT_FOUND');
    return toDeskArticle(row);
  }

  /** 403 when the person may not; 409 when nobody may from this status. */
  function check(ctx: RequestContext, action: ArticleAction, article: DeskArticle) {
    const ownership = { authorId: article.authorId, status: article.status };
    if (mayAct(ctx.actor, action, ownership)) return;
    if (isWrongStatus(ctx.actor, action, ownership)) throw new ConflictError('ARTICLE_WRONG_STATUS');
    throw new ForbiddenError();
  }

  /** Validates the fields against the database and applies the editors-only rules. */
  async function resolveInput(ctx: RequestContext, input: ArticleInput, current?: DeskArticle) {
    const editor = isEditor(ctx.actor);
    const fields: Record<string, string> = {};
    if (!(await q.findCategoryById(db, input.categoryId))) fields.categoryId = 'Hãy chọn một chuyên mục có trong danh sách.';
    if (input.featuredImageId != null && !(await deps.imageExists(input.featuredImageId))) fields.featuredImageId = 'Ảnh đại diện không có trong thư viện ảnh.';
    let authorId = current?.authorId ?? ctx.actor.id;
    let byline = current?.byline ?? ctx.actor.name;
    let featured = current?.featured ?? false;
    const classification = input.classification ?? current?.classification ?? 'public';
    if (classification !== 'public' && (current?.status === 'published' || current?.status === 'scheduled')) {
      fields.classification = 'Bài đang xuất bản hoặc hẹn giờ: hãy gỡ xuống trước khi đánh dấu Nội bộ hoặc Mật.';
    }
    let expiresAt = current?.expiresAt ?? null;
    if (editor && input.expiresAt !== undefined) {
      const unchanged = (input.expiresAt?.toISOString() ?? null) === expiresAt;
      if (unchanged) {
        // Saving the form again with the expiry it already had is no change, even once it passed.
      } else if (input.expiresAt && input.expiresAt.getTime() <= clock.now().getTime()) fields.expiresAt = 'Thời điểm hết hạn phải ở tương lai.';
      else expiresAt = input.expiresAt ? input.expiresAt.toISOString() : null;
    }
    if (editor) {
      if (input.authorId !== undefined && input.authorId !== authorId) {
        if (await deps.isWriter(input.authorId)) authorId = input.authorId;
        else fields.authorId = 'Người phụ trách phải là một tài khoản đang hoạt động có quyền viết bài.';
      }
      // A blank byline keeps the one there is: the field is a correction, not a reset.
      if (input.byline !== undefined) byline = normalizeText(input.byline).trim() || byline;
      if (input.featured !== undefined) featured = input.featured;
    }
    if (Object.keys(fields).length > 0) throw invalid(fields);
    return { authorId, byline, featured, featuredImageId: input.featuredImageId ?? null, classification, expiresAt };
  }

  /** The resolved fields as the articles table stores them. */
  const articleColumns = (r: Awaited<ReturnType<typeof resolveInput>>) => ({
    author: r.byline,
    author_id: r.authorId,
    featured: r.featured ? 1 : 0,
    featured_image_id: r.featuredImageId,
    classification: r.classification,
    expires_at: r.expiresAt,
  });

  /** Submitting or publishing needs something to read. */
  function requireReadable(text: { title: string; body_text: string }) {
    if (!text.body_text.trim()) throw invalid({ bodyHtml: 'Bài viết chưa có nội dung.' });
  }

  /** The column changes and audit action of a workflow step; the caller has checked the rules. */
  function transition(article: { status: ArticleStatus; publishedAt: string | null; classification: Classification; expiresAt: string | null }, step: 'submit' | 'publish' | 'reject' | 'unpublish' | 'delete' | 'restore', options: { publishAt?: Date; reason?: string } = {}) {
    const now = nowIso();
    switch (step) {
      case 'submit':
        return { changes: { status: 'submitted' as const, rejection_reason: '' }, action: 'article.submitted' as const };
      case 'publish': {
        if (article.classification !== 'public') throw new ConflictError('ARTICLE_CLASSIFIED');
        // Republishing keeps the first publication date; a date in the future schedules it.
        const keep = article.publishedAt && article.publishedAt <= now ? article.publishedAt : now;
        const at = options.publishAt ? options.publishAt.toISOString() : keep;
        if (article.expiresAt && article.expiresAt <= (at > now ? at : now)) {
          throw invalid({ expiresAt: 'Thời điểm hết hạn đã qua (hoặc trước giờ xuất bản): hãy đổi hoặc xóa nó rồi xuất bản.' });
        }
        const scheduled = at > now;
        return {
          changes: { status: scheduled ? ('scheduled' as const) : ('published' as const), published_at: at, rejection_reason: '' },
          action: scheduled ? ('article.scheduled' as const) : ('article.published' as const),
          detail: at,
        };
      }
      case 'reject':
        return { changes: { status: 'draft' as const, rejection_reason: options.reason ?? '' }, action: 'article.rejected' as const, detail: options.reason };
      case 'unpublish':
        return { changes: { status: 'draft' as const }, action: 'article.unpublished' as const };
      case 'delete':
        return { changes: { status: 'trashed' as const, deleted_at: now }, action: 'article.deleted' as const };
      case 'restore':
        // Back as a draft, as WordPress does: something taken down is reviewed before it returns.
        return { changes: { status: 'draft' as const, deleted_at: null }, action: 'article.restored' as const };
    }
  }

  async function addRevision(trx: Transaction<Database>, ctx: RequestContext, articleId: number, version: number, note: string) {
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
      saved_at: nowIso(),
      note,
    });
  }

  function record(ctx: RequestContext, trx: Transaction<Database>, action: Parameters<AuditLog['record']>[0]['action'], article: { id: number; slug: string }, detail?: string) {
    return audit.record({ action, userId: ctx.actor.id, actor: ctx.actor.email, target: `#${article.id} ${article.slug}`, detail, requestId: ctx.requestId }, trx);
  }

  function checkIntent(ctx: RequestContext, intent: Intent, article: DeskArticle) {
    if (intent.action === 'submit') check(ctx, 'submit', article);
    if (intent.action === 'publish') check(ctx, 'publish', article);
  }

  return {
    async list(ctx: RequestContext, query: DeskQuery): Promise<{ items: DeskListItem[]; total: number; counts: Map<ArticleStatus, number> }> {
      if (!mayAct(ctx.actor, 'view', { authorId: ctx.actor.id, status: 'draft' })) throw new ForbiddenError();
      // Contributors see their own articles only, whatever the filter says.
      const authorId = isEditor(ctx.actor) ? query.authorId : ctx.actor.id;
      const filter: nq.DeskFilter = {
        status: query.status,
        categoryId: query.categoryId,
        authorId,
        titleWords: fold(query.q ?? '').split(/\s+/).filter(Boolean).slice(0, 8),
      };
      const [rows, total, counts] = await Promise.all([
        nq.listDesk(db, filter, { limit: query.perPage, offset: (query.page - 1) * query.perPage }),
        nq.countDesk(db, filter),
        nq.countByStatus(db, authorId),
      ]);
      const items = rows.map((r) => ({
        id: r.id,
        slug: r.slug,
        url: articleUrl(r.slug),
        title: r.title,
        status: r.status,
        statusLabel: statusLabels[r.status],
        classification: r.classification,
        byline: r.author,
        authorId: r.author_id,
        ownerName: r.owner_name,
        categoryName: r.category_name,
        rejectionReason: r.rejection_reason,
        publishedAt: r.published_at,
        updatedAt: r.updated_at,
        deletedAt: r.deleted_at,
        views: Number(r.views),
      }));
      return { items, total, counts };
    },

    listAuthors: () => nq.listAuthorsWithArticles(db),

    /** Articles per status: all of them for editors, their own for contributors. */
    countByStatus(ctx: RequestContext): Promise<Map<ArticleStatus, number>> {
      return nq.countByStatus(db, isEditor(ctx.actor) ? undefined : ctx.actor.id);
    },

    async get(ctx: RequestContext, id: number): Promise<DeskArticle> {
      const article = await load(id);
      check(ctx, 'view', article);
      return article;
    },

    /** What this person may do to the article now: drives which buttons a page shows. */
    allowedActions(ctx: RequestContext, article: DeskArticle): Set<ArticleAction> {
      const all: ArticleAction[] = ['view', 'edit', 'submit', 'publish', 'reject', 'unpublish', 'delete', 'restore'];
      return new Set(all.filter((a) => mayAct(ctx.actor, a, { authorId: article.authorId, status: article.status })));
    },

    async create(ctx: RequestContext, input: ArticleInput, intent: Intent = { action: 'save' }): Promise<DeskArticle> {
      const draft = { authorId: ctx.actor.id, status: 'draft' as const };
      if (!mayAct(ctx.actor, 'edit', draft)) throw new ForbiddenError();
      if (intent.action === 'publish' && !mayAct(ctx.actor, 'publish', draft)) throw new ForbiddenError();
      const resolved = await resolveInput(ctx, input);
      const text = await articleText(input);
      if (!text.title) throw invalid({ title: 'Hãy nhập tiêu đề.' });
      if (intent.action !== 'save') requireReadable(text);
      const now = nowIso();
      const id = await db.transaction().execute(async (trx) => {
        const slug = await uniqueSlug(slugify(text.title) || 'bai-viet', (candidate) => q.isArticleSlugTaken(trx, candidate));
        const step =
          intent.action === 'save'
            ? undefined
            : transition({ status: 'draft', publishedAt: null, classification: resolved.classification, expiresAt: resolved.expiresAt }, intent.action, intent.action === 'publish' ? { publishAt: intent.publishAt } : {});
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
        await addRevision(trx, ctx, articleId, 1, 'Tạo bài');
        await record(ctx, trx, 'article.created', { id: articleId, slug }, text.title);
        if (step) await record(ctx, trx, step.action, { id: articleId, slug }, step.detail);
        return articleId;
      });
      deps.onContentChanged();
      return load(id);
    },

    /**
     * Saves the content, then takes the intent's step. `expectedVersion` is the version the writer
     * started from: if someone saved since, nothing is written and a ConflictError says so.
     */
    async update(ctx: RequestContext, id: number, input: Partial<ArticleInput>, options: { expectedVersion?: number; intent?: Intent } = {}): Promise<DeskArticle> {
      const article = await load(id);
      check(ctx, 'edit', article);
      const intent = options.intent ?? { action: 'save' };
      checkIntent(ctx, intent, article);
      const merged: ArticleInput = {
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
      const resolved = await resolveInput(ctx, merged, article);
      const text = await articleText(merged);
      if (!text.title) throw invalid({ title: 'Hãy nhập tiêu đề.' });
      if (intent.action !== 'save') requireReadable(text);
      const expected = options.expectedVersion ?? article.version;
      await db.transaction().execute(async (trx) => {
        if (!(await nq.claimVersion(trx, id, expected))) throw new ConflictError('ARTICLE_EDIT_CONFLICT');
        // A slug is an address: it follows the title only until the article has been out.
        const slug =
          article.publishedAt === null && text.title !== article.title
            ? await uniqueSlug(slugify(text.title) || 'bai-viet', async (candidate) => candidate !== article.slug && (await q.isArticleSlugTaken(trx, candidate)))
            : article.slug;
        const step =
          intent.action === 'save'
            ? undefined
            : transition({ ...article, classification: resolved.classification, expiresAt: resolved.expiresAt }, intent.action, intent.action === 'publish' ? { publishAt: intent.publishAt } : {});
        await nq.updateArticle(trx, id, {
          ...text,
          slug,
          category_id: merged.categoryId,
          ...articleColumns(resolved),
          updated_at: nowIso(),
          ...step?.changes,
        });
        await addRevision(trx, ctx, id, expected + 1, 'Sửa bài');
        await record(ctx, trx, 'article.updated', { id, slug });
        if (step) await record(ctx, trx, step.action, { id, slug }, step.detail);
      });
      await nq.forgetPresence(db, id, ctx.actor.id);
      deps.onContentChanged();
      return load(id);
    },

    /** A workflow step without a content change (the buttons beside the form, the API actions). */
    async act(ctx: RequestContext, id: number, step: 'submit' | 'publish' | 'reject' | 'unpublish' | 'delete' | 'restore', options: { publishAt?: Date; reason?: string } = {}): Promise<DeskArticle> {
      const article = await load(id);
      check(ctx, step, article);
      if (step === 'submit' || step === 'publish') requireReadable({ title: article.title, body_text: htmlToText(article.bodyHtml) });
      if (step === 'reject') {
        const reason = normalizeText(options.reason ?? '').trim();
        if (!reason) throw invalid({ reason: 'Hãy ghi lý do trả lại để người viết biết cần sửa gì.' });
        if (reason.length > 1000) throw invalid({ reason: 'Lý do quá dài (tối đa 1.000 ký tự).' });
        options = { ...options, reason };
      }
      const t = transition(article, step, options);
      await db.transaction().execute(async (trx) => {
        if (!(await nq.claimVersion(trx, id, article.version))) throw new ConflictError('ARTICLE_EDIT_CONFLICT');
        await nq.updateArticle(trx, id, { ...t.changes, updated_at: nowIso() });
        await record(ctx, trx, t.action, article, 'detail' in t ? t.detail : undefined);
      });
      deps.onContentChanged();
      return load(id);
    },

    async listRevisions(ctx: RequestContext, id: number) {
      const article = await load(id);
      check(ctx, 'view', article);
      return { article, revisions: await nq.listRevisions(db, id) };
    },

    async getRevision(ctx: RequestContext, id: number, revisionId: number) {
      const article = await load(id);
      check(ctx, 'view', article);
      const revision = Number.isSafeInteger(revisionId) ? await nq.findRevision(db, id, revisionId) : undefined;
      if (!revision) throw new NotFoundError('NOT_FOUND');
      return { article, revision };
    },

    /** Puts a revision's content back as a new version; the status stays what it is. */
    async restoreRevision(ctx: RequestContext, id: number, revisionId: number): Promise<DeskArticle> {
      const { article, revision } = await this.getRevision(ctx, id, revisionId);
      check(ctx, 'edit', article);
      // Before the transaction: a long body is sanitised on a worker, and nothing waits on it.
      const text = await articleText({ title: revision.title, lead: revision.lead, bodyHtml: revision.body_html });
      await db.transaction().execute(async (trx) => {
        if (!(await nq.claimVersion(trx, id, article.version))) throw new ConflictError('ARTICLE_EDIT_CONFLICT');
        const categoryExists = await q.findCategoryById(trx, revision.category_id);
        await nq.updateArticle(trx, id, {
          ...text,
          category_id: categoryExists ? revision.category_id : article.categoryId,
          author: revision.author,
          featured_image_id: revision.featured_image_id,
          updated_at: nowIso(),
        });
        await addRevision(trx, ctx, id, article.version + 1, `Khôi phục từ phiên bản ${revision.version}`);
        await record(ctx, trx, 'article.revision_restored', article, `phiên bản ${revision.version}`);
      });
      deps.onContentChanged();
      return load(id);
    },

    /** Notes that this person has the edit form open; answers who else has had it open lately. */
    async notePresence(ctx: RequestContext, id: number): Promise<EditPresence[]> {
      const now = clock.now();
      await nq.notePresence(db, { articleId: id, userId: ctx.actor.id, userName: ctx.actor.name, seenAt: now.toISOString() });
      const others = await nq.listPresence(db, id, new Date(now.getTime() - PRESENCE_WINDOW_MS).toISOString(), ctx.actor.id);
      return others.map((o) => ({ name: o.user_name, seenAt: o.seen_at }));
    },

    /** Publishes the scheduled articles whose time has come; safe to run on several nodes at once. */
    async publishDue(): Promise<number> {
      const published = await db.transaction().execute(async (trx) => {
        const rows = await nq.publishDueArticles(trx, nowIso());
        for (const row of rows) {
          await audit.record({ action: 'article.published', actor: SYSTEM_ACTOR, target: `#${row.id} ${row.slug}`, detail: 'đến giờ hẹn' }, trx);
        }
        return rows.length;
      });
      if (published > 0) deps.onContentChanged();
      return published;
    },

    /** Takes down the published articles whose expiry has come; safe on several nodes at once. */
    async expireDue(): Promise<number> {
      const expired = await db.transaction().execute(async (trx) => {
        const rows = await nq.expireDueArticles(trx, nowIso());
        for (const row of rows) {
          await audit.record({ action: 'article.expired', actor: SYSTEM_ACTOR, target: `#${row.id} ${row.slug}` }, trx);
        }
        return rows.length;
      });
      if (expired > 0) deps.onContentChanged();
      return expired;
    },

    nextScheduledAt: () => nq.nextScheduledAt(db),
  };
}

export type Newsroom = ReturnType<typeof createNewsroom>;

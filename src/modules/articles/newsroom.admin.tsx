// /quan-tri/bai-viet: the newsroom's pages. Post → redirect → get; a refused form comes back with
// what was typed. The route guard checks the role; the newsroom service checks the record.
import type { Context, Hono } from 'hono';
import { AppError, BadRequestError, NotFoundError } from '../../platform/http/errors.js';
import { parseId, readIdParam, readPageNumber, readQueryParam } from '../../platform/http/query.js';
import { parseVietnamLocalDateTime } from '../../platform/time/vietnam-time.js';
import { pageCount } from '../../platform/views/pagination.js';
import type { PublicPageRenderer } from '../../platform/views/public-page.js';
import { staffContextOf, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import { isEditor } from './article-policy.js';
import type { ArticlesService, FeaturedImage } from './articles.service.js';
import { ARTICLE_STATUSES, CLASSIFICATIONS, type ArticleStatus, type Classification } from './articles.tables.js';
import type { ArticleInput, DeskArticle, Intent, RequestContext } from './newsroom-types.js';
import type { Newsroom } from './newsroom.service.js';
import { ArticleForm } from './views/article-form.js';
import { formValuesOf, type ArticleFormValues, type ImageChoice } from './views/article-form-values.js';
import { RevisionsList, RevisionView } from './views/article-revisions.js';
import { ArticlesDesk, type DeskFilters } from './views/articles-desk.js';
import { ArticlePage } from './views/article-page.js';

const PER_PAGE = 20;

export interface NewsroomPageDeps {
  newsroom: Newsroom;
  articles: ArticlesService;
  guard: StaffGuard;
  frame: StaffFrame;
  renderPage: PublicPageRenderer;
  /** Accounts that may own an article (the editors' "Người phụ trách" list). */
  listWriters: () => Promise<Array<{ id: number; name: string }>>;
  /** Recent images of the media library, for the featured image choice. */
  listImages: () => Promise<ImageChoice[]>;
  findImage: (id: number) => Promise<FeaturedImage | undefined>;
}

export const contextOf = (c: Context<StaffEnv>): RequestContext => staffContextOf(c);

const readId = (c: Context, name = 'id') => readIdParam(c, name, 'ARTICLE_NOT_FOUND');
const readOptionalId = parseId;

async function readForm(c: Context): Promise<{ values: ArticleFormValues; action: string; reason: string }> {
  const form = await c.req.parseBody();
  const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).normalize('NFC') : '');
  return {
    values: {
      title: text('title'),
      lead: text('lead'),
      bodyHtml: text('bodyHtml'),
      categoryId: text('categoryId'),
      byline: text('byline'),
      authorId: text('authorId'),
      featured: text('featured') === '1',
      featuredImageId: text('featuredImageId'),
      publishAt: text('publishAt'),
      expiresAt: text('expiresAt'),
      classification: (CLASSIFICATIONS as readonly string[]).includes(text('classification')) ? (text('classification') as Classification) : 'public',
      version: text('version'),
    },
    action: text('action') || 'save',
    reason: text('reason'),
  };
}

/** The typed form as service input, or the field messages a person can act on. */
export function parseArticleForm(values: ArticleFormValues, action: string): { input: ArticleInput; intent: Intent; expectedVersion?: number } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const title = values.title.trim();
  if (!title) errors.title = 'Hãy nhập tiêu đề.';
  else if (title.length > 250) errors.title = 'Tiêu đề quá dài (tối đa 250 ký tự).';
  if (values.lead.trim().length > 1000) errors.lead = 'Sapo quá dài (tối đa 1.000 ký tự).';
  if (values.bodyHtml.length > 1_000_000) errors.bodyHtml = 'Nội dung quá dài (tối đa khoảng 1 triệu ký tự).';
  if (values.byline.trim().length > 120) errors.byline = 'Tên tác giả quá dài (tối đa 120 ký tự).';
  const categoryId = readOptionalId(values.categoryId);
  if (!categoryId) errors.categoryId = 'Hãy chọn chuyên mục.';
  if (values.featuredImageId && !readOptionalId(values.featuredImageId)) errors.featuredImageId = 'Ảnh đại diện không hợp lệ.';
  if (values.authorId && !readOptionalId(values.authorId)) errors.authorId = 'Người phụ trách không hợp lệ.';
  let publishAt: Date | undefined;
  if (values.publishAt.trim()) {
    publishAt = parseVietnamLocalDateTime(values.publishAt);
    if (!publishAt) errors.publishAt = 'Thời điểm không hợp lệ: hãy chọn ngày và giờ, ví dụ 01/12/2026 08:00.';
  }
  let expiresAt: Date | null = null;
  if (values.expiresAt.trim()) {
    expiresAt = parseVietnamLocalDateTime(values.expiresAt) ?? null;
    if (!expiresAt) errors.expiresAt = 'Thời điểm không hợp lệ: hãy chọn ngày và giờ, ví dụ 31/12/2026 17:00.';
  }
  let intent: Intent;
  if (action === 'save') intent = { action: 'save' };
  else if (action === 'submit') intent = { action: 'submit' };
  else if (action === 'publish') intent = { action: 'publish', publishAt };
  else throw new BadRequestError('BAD_REQUEST');
  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      title,
      lead: values.lead,
      bodyHtml: values.bodyHtml,
      categoryId: categoryId!,
      byline: values.byline,
      authorId: readOptionalId(values.authorId),
      featured: values.featured,
      featuredImageId: readOptionalId(values.featuredImageId) ?? null,
      classification: values.classification,
      expiresAt,
    },
    intent,
    expectedVersion: readOptionalId(values.version),
  };
}

const flashFor: Record<string, string> = { save: 'da-luu-bai', submit: 'da-gui-duyet', publish: 'da-xuat-ban' };

export function mountNewsroomPages(app: Hono<any>, deps: NewsroomPageDeps) {
  const { newsroom, articles, guard, frame } = deps;
  const staffApp = app as Hono<StaffEnv>;
  frame.addSection({
    href: '/quan-tri/bai-viet',
    label: 'Bài viết',
    hint: 'Viết, duyệt, xuất bản, hẹn giờ và gỡ bài; các phiên bản đã lưu.',
    permission: 'articles.write',
    order: 10,
    summary: async (c) => {
      const ctx = contextOf(c);
      const counts = await newsroom.countByStatus(ctx);
      const n = (s: ArticleStatus) => counts.get(s) ?? 0;
      return isEditor(ctx.actor)
        ? `${n('submitted')} bài chờ duyệt · ${n('scheduled')} bài hẹn giờ · ${n('draft')} bản nháp`
        : `Của bạn: ${n('draft')} bản nháp · ${n('submitted')} bài chờ duyệt · ${n('published')} bài đã xuất bản`;
    },
  });
  frame.addFlashes({
    'da-tao-bai': { kind: 'ok', text: 'Đã tạo bài viết (bản nháp).' },
    'da-luu-bai': { kind: 'ok', text: 'Đã lưu bài viết.' },
    'da-gui-duyet': { kind: 'ok', text: 'Đã gửi bài để biên tập viên duyệt.' },
    'da-xuat-ban': { kind: 'ok', text: 'Đã xuất bản (hoặc hẹn giờ xuất bản) bài viết.' },
    'da-tra-lai': { kind: 'ok', text: 'Đã trả lại bài viết cho người viết kèm lý do.' },
    'da-go-xuat-ban': { kind: 'ok', text: 'Đã gỡ bài xuống; bài trở thành bản nháp.' },
    'da-xoa-bai': { kind: 'ok', text: 'Đã chuyển bài vào thùng rác. Có thể khôi phục trong mục Thùng rác.' },
    'da-khoi-phuc-bai': { kind: 'ok', text: 'Đã khôi phục bài viết thành bản nháp.' },
    'da-khoi-phuc-phien-ban': { kind: 'ok', text: 'Đã khôi phục phiên bản cũ thành phiên bản mới nhất.' },
  });

  const categoriesForForm = async () => (await articles.listCategories()).map((cat) => ({ id: cat.id, name: cat.name }));

  async function renderForm(c: Context<StaffEnv>, options: { article?: DeskArticle; values: ArticleFormValues; errors?: Record<string, string>; conflict?: boolean; status?: 200 | 400 | 409; presence?: boolean }) {
    const ctx = contextOf(c);
    const editor = isEditor(ctx.actor);
    const [categories, writers, images, presence] = await Promise.all([
      categoriesForForm(),
      editor ? deps.listWriters() : Promise.resolve(undefined),
      deps.listImages(),
      options.article && options.presence ? newsroom.notePresence(ctx, options.article.id) : Promise.resolve([]),
    ]);
    return frame.respond(
      c,
      options.article ? `Sửa bài: ${options.article.title}` : 'Viết bài mới',
      <ArticleForm
        csrfToken={c.get('staff')!.csrfToken}
        article={options.article}
        values={options.values}
        errors={options.errors}
        categories={categories}
        writers={writers}
        images={images}
        editor={editor}
        allowed={options.article ? newsroom.allowedActions(ctx, options.article) : new Set()}
        presence={presence}
        conflict={options.conflict}
      />,
      { status: options.status, editor: true },
    );
  }

  staffApp.get('/quan-tri/bai-viet', guard.require('articles.write'), async (c) => {
    const ctx = contextOf(c);
    const statusParam = readQueryParam(c, 'trang-thai');
    const filters: DeskFilters = {
      status: statusParam && (ARTICLE_STATUSES as readonly string[]).includes(statusParam) ? (statusParam as ArticleStatus) : undefined,
      categoryId: readOptionalId(readQueryParam(c, 'chuyen-muc')),
      authorId: isEditor(ctx.actor) ? readOptionalId(readQueryParam(c, 'tac-gia')) : undefined,
      q: (readQueryParam(c, 'q') ?? '').trim().slice(0, 200),
    };
    const page = readPageNumber(c);
    const [result, categories, authors] = await Promise.all([
      newsroom.list(ctx, { ...filters, page, perPage: PER_PAGE }),
      categoriesForForm(),
      isEditor(ctx.actor) ? newsroom.listAuthors() : Promise.resolve(undefined),
    ]);
    const pages = pageCount(result.total, PER_PAGE);
    if (page > pages && page > 1) throw new NotFoundError('PAGE_OUT_OF_RANGE');
    return frame.respond(
      c,
      'Bài viết',
      <ArticlesDesk items={result.items} total={result.total} counts={result.counts} filters={filters} page={page} pages={pages} categories={categories} authors={authors} canWrite />,
    );
  });

  staffApp.get('/quan-tri/bai-viet/moi', guard.require('articles.write'), async (c) => {
    const ctx = contextOf(c);
    const categories = await categoriesForForm();
    const values: ArticleFormValues = {
      title: '',
      lead: '',
      bodyHtml: '',
      categoryId: String(categories[0]?.id ?? ''),
      byline: ctx.actor.name,
      authorId: String(ctx.actor.id),
      featured: false,
      featuredImageId: '',
      publishAt: '',
      expiresAt: '',
      classification: 'public',
      version: '',
    };
    return renderForm(c, { values });
  });

  staffApp.post('/quan-tri/bai-viet', guard.require('articles.write'), async (c) => {
    const ctx = contextOf(c);
    const form = await readForm(c);
    const parsed = parseArticleForm(form.values, form.action);
    if ('errors' in parsed) return renderForm(c, { values: form.values, errors: parsed.errors, status: 400 });
    try {
      const article = await newsroom.create(ctx, parsed.input, parsed.intent);
      return c.redirect(`/quan-tri/bai-viet/${article.id}?tb=${form.action === 'save' ? 'da-tao-bai' : flashFor[form.action]}`, 303);
    } catch (err) {
      if (err instanceof AppError && err.code === 'VALIDATION_FAILED' && err.fields) return renderForm(c, { values: form.values, errors: err.fields, status: 400 });
      throw err;
    }
  });

  staffApp.get('/quan-tri/bai-viet/:id', guard.require('articles.write'), async (c) => {
    const article = await newsroom.get(contextOf(c), readId(c));
    return renderForm(c, { article, values: formValuesOf(article), presence: newsroom.allowedActions(contextOf(c), article).has('edit') });
  });

  staffApp.post('/quan-tri/bai-viet/:id', guard.require('articles.write'), async (c) => {
    const ctx = contextOf(c);
    const id = readId(c);
    const form = await readForm(c);
    const parsed = parseArticleForm(form.values, form.action);
    if ('errors' in parsed) return renderForm(c, { article: await newsroom.get(ctx, id), values: form.values, errors: parsed.errors, status: 400 });
    try {
      await newsroom.update(ctx, id, parsed.input, { expectedVersion: parsed.expectedVersion, intent: parsed.intent });
      return c.redirect(`/quan-tri/bai-viet/${id}?tb=${flashFor[form.action]}`, 303);
    } catch (err) {
      if (err instanceof AppError && err.code === 'VALIDATION_FAILED' && err.fields) {
        return renderForm(c, { article: await newsroom.get(ctx, id), values: form.values, errors: err.fields, status: 400 });
      }
      if (err instanceof AppError && err.code === 'ARTICLE_EDIT_CONFLICT') {
        // Nothing is lost: their text comes back, now based on the latest version, so saving again
        // is a deliberate overwrite (and the overwritten version stays in the revisions).
        const latest = await newsroom.get(ctx, id);
        return renderForm(c, { article: latest, values: { ...form.values, version: String(latest.version) }, conflict: true, status: 409 });
      }
      throw err;
    }
  });

  // Steps only editors ever take are refused by role at the route; the rest by record in the service.
  const step = (path: string, name: 'submit' | 'publish' | 'reject' | 'unpublish' | 'delete' | 'restore', flash: string) => {
    const permission = name === 'submit' || name === 'delete' ? 'articles.write' : 'articles.publish';
    staffApp.post(`/quan-tri/bai-viet/:id/${path}`, guard.require(permission), async (c) => {
      const ctx = contextOf(c);
      const id = readId(c);
      const form = await readForm(c);
      try {
        await newsroom.act(ctx, id, name, { reason: form.reason });
      } catch (err) {
        if (err instanceof AppError && err.code === 'VALIDATION_FAILED' && err.fields) {
          const article = await newsroom.get(ctx, id);
          return renderForm(c, { article, values: formValuesOf(article), errors: err.fields, status: 400 });
        }
        throw err;
      }
      return c.redirect(name === 'delete' ? `/quan-tri/bai-viet?tb=${flash}` : `/quan-tri/bai-viet/${id}?tb=${flash}`, 303);
    });
  };
  step('gui-duyet', 'submit', 'da-gui-duyet');
  step('xuat-ban', 'publish', 'da-xuat-ban');
  step('tra-lai', 'reject', 'da-tra-lai');
  step('go-xuat-ban', 'unpublish', 'da-go-xuat-ban');
  step('xoa', 'delete', 'da-xoa-bai');
  step('khoi-phuc', 'restore', 'da-khoi-phuc-bai');

  // The saved article exactly as readers would see it, in the public frame; never cached or indexed.
  staffApp.get('/quan-tri/bai-viet/:id/xem-truoc', guard.require('articles.write'), async (c) => {
    const a = await newsroom.get(contextOf(c), readId(c));
    const category = { slug: a.categorySlug, name: a.categoryName, url: `/chuyen-muc/${a.categorySlug}` };
    const image = a.featuredImageId !== null ? await deps.findImage(a.featuredImageId) : undefined;
    const body = await deps.renderPage(
      { title: `Xem trước: ${a.title}`, description: a.lead, path: `/quan-tri/bai-viet/${a.id}/xem-truoc`, noindex: true },
      <>
        <p class="flash flash-error preview-banner" role="note">
          Bản xem trước ({a.statusLabel}): bạn đọc chưa thấy trang này nếu bài chưa xuất bản. <a href={`/quan-tri/bai-viet/${a.id}`}>Quay lại sửa bài</a>
        </p>
        <ArticlePage
          article={{ ...a, author: a.byline, publishedAt: a.publishedAt ?? a.updatedAt, category, bodyText: '', featured: a.featured, image }}
          related={[]}
        />
      </>,
    );
    return c.body(new Uint8Array(body), 200, { 'Content-Type': 'text/html; charset=utf-8' });
  });

  staffApp.get('/quan-tri/bai-viet/:id/phien-ban', guard.require('articles.write'), async (c) => {
    const { article, revisions } = await newsroom.listRevisions(contextOf(c), readId(c));
    return frame.respond(c, `Các phiên bản: ${article.title}`, <RevisionsList article={article} revisions={revisions} />);
  });

  staffApp.get('/quan-tri/bai-viet/:id/phien-ban/:rev', guard.require('articles.write'), async (c) => {
    const ctx = contextOf(c);
    const { article, revision } = await newsroom.getRevision(ctx, readId(c), readId(c, 'rev'));
    return frame.respond(
      c,
      `Phiên bản ${revision.version}: ${article.title}`,
      <RevisionView csrfToken={c.get('staff')!.csrfToken} article={article} revision={revision} canRestore={newsroom.allowedActions(ctx, article).has('edit')} />,
    );
  });

  staffApp.post('/quan-tri/bai-viet/:id/phien-ban/:rev/khoi-phuc', guard.require('articles.write'), async (c) => {
    const id = readId(c);
    await newsroom.restoreRevision(contextOf(c), id, readId(c, 'rev'));
    return c.redirect(`/quan-tri/bai-viet/${id}?tb=da-khoi-phuc-phien-ban`, 303);
  });
}

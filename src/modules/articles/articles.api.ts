// The newsroom's JSON API: the same service as the pages, so the same per-record rules. Cookie
// callers send X-CSRF-Token (the staff guard checks it); personal tokens use Authorization: Bearer.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { errorResponseSchema, type ApiDocs } from '../../platform/http/api-docs.js';
import { readJsonBody } from '../../platform/http/body.js';
import { BadRequestError } from '../../platform/http/errors.js';
import { readPageNumber, readQueryParam } from '../../platform/http/query.js';
import type { StaffEnv, StaffGuard } from '../accounts/index.js';
import { ARTICLE_STATUSES, CLASSIFICATIONS } from './articles.tables.js';
import type { ArticlesService } from './articles.service.js';
import { contextOf, readArticleId } from './newsroom-http.js';
import type { ArticleInput, DeskArticle, Intent } from './newsroom-types.js';
import type { Newsroom } from './newsroom.service.js';

const MAX_BODY_BYTES = 2 * 1024 * 1024;
const PER_PAGE = 20;

const isoWithOffset = z.iso.datetime({ offset: true, error: 'Thời điểm phải theo ISO 8601 có múi giờ, ví dụ 2026-12-01T08:00:00+07:00.' });
const id = z.number({ error: 'Phải là một số nguyên dương.' }).int('Phải là một số nguyên dương.').positive('Phải là một số nguyên dương.');

const contentFields = {
  title: z.string({ error: 'Hãy nhập tiêu đề.' }).trim().min(1, 'Hãy nhập tiêu đề.').max(250, 'Tiêu đề quá dài (tối đa 250 ký tự).'),
  lead: z.string({ error: 'Sapo phải là chuỗi ký tự.' }).max(1000, 'Sapo quá dài (tối đa 1.000 ký tự).'),
  bodyHtml: z.string({ error: 'Nội dung phải là chuỗi HTML.' }).max(1_000_000, 'Nội dung quá dài.'),
  categorySlug: z.string({ error: 'Hãy cho biết chuyên mục (categorySlug).' }).min(1, 'Hãy cho biết chuyên mục (categorySlug).').max(200),
  byline: z.string().max(120, 'Tên tác giả quá dài (tối đa 120 ký tự).').describe('Chỉ biên tập viên: tên ký cuối bài'),
  authorId: id.describe('Chỉ biên tập viên: người phụ trách bài'),
  featured: z.boolean().describe('Chỉ biên tập viên: tin nổi bật'),
  featuredImageId: id.nullable().describe('Ảnh đại diện trong thư viện ảnh'),
  classification: z.enum(CLASSIFICATIONS, { error: 'classification là public, internal (Nội bộ) hoặc secret (Mật).' }).describe('internal (Nội bộ) và secret (Mật) không bao giờ được xuất bản'),
  expiresAt: isoWithOffset.nullable().describe('Chỉ biên tập viên: thời điểm bài tự gỡ xuống; null để bỏ'),
};

export const createArticleSchema = z
  .object({
    ...contentFields,
    lead: contentFields.lead.default(''),
    bodyHtml: contentFields.bodyHtml.default(''),
    byline: contentFields.byline.optional(),
    authorId: contentFields.authorId.optional(),
    featured: contentFields.featured.optional(),
    featuredImageId: contentFields.featuredImageId.optional(),
    classification: contentFields.classification.optional(),
    expiresAt: contentFields.expiresAt.optional(),
    status: z.enum(['draft', 'submitted', 'published'], { error: 'status là draft, submitted hoặc published.' }).default('draft'),
    publishAt: isoWithOffset.optional().describe('Với status published: một thời điểm trong tương lai sẽ hẹn giờ xuất bản'),
  })
  .strict();

export const updateArticleSchema = z
  .object({
    title: contentFields.title.optional(),
    lead: contentFields.lead.optional(),
    bodyHtml: contentFields.bodyHtml.optional(),
    categorySlug: contentFields.categorySlug.optional(),
    byline: contentFields.byline.optional(),
    authorId: contentFields.authorId.optional(),
    featured: contentFields.featured.optional(),
    featuredImageId: contentFields.featuredImageId.optional(),
    classification: contentFields.classification.optional(),
    expiresAt: contentFields.expiresAt.optional(),
    version: id.optional().describe('Phiên bản bạn đã đọc; nếu bài đã được lưu sau đó, trả 409 và không ghi gì'),
  })
  .strict();

const publishSchema = z.object({ publishAt: isoWithOffset.optional() }).strict();
const rejectSchema = z.object({ reason: z.string({ error: 'Hãy ghi lý do trả lại.' }).trim().min(1, 'Hãy ghi lý do trả lại.').max(1000, 'Lý do quá dài (tối đa 1.000 ký tự).') }).strict();

const statusEnum = z.enum(ARTICLE_STATUSES);
const createdSchema = z.object({ id: z.number().int(), slug: z.string(), url: z.string(), status: statusEnum });
const articleSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  url: z.string().describe('Địa chỉ trên cổng thông tin (chỉ mở được khi đã xuất bản)'),
  title: z.string(),
  lead: z.string(),
  bodyHtml: z.string().describe('HTML đã được lọc theo danh sách cho phép'),
  status: statusEnum,
  categorySlug: z.string(),
  byline: z.string(),
  authorId: z.number().int().nullable(),
  featured: z.boolean(),
  featuredImageId: z.number().int().nullable(),
  classification: z.enum(CLASSIFICATIONS),
  expiresAt: z.string().nullable(),
  version: z.number().int(),
  rejectionReason: z.string(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

function toJson(a: DeskArticle): z.infer<typeof articleSchema> {
  return {
    id: a.id,
    slug: a.slug,
    url: a.url,
    title: a.title,
    lead: a.lead,
    bodyHtml: a.bodyHtml,
    status: a.status,
    categorySlug: a.categorySlug,
    byline: a.byline,
    authorId: a.authorId,
    featured: a.featured,
    featuredImageId: a.featuredImageId,
    classification: a.classification,
    expiresAt: a.expiresAt,
    version: a.version,
    rejectionReason: a.rejectionReason,
    publishedAt: a.publishedAt,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

const readJson = <T extends z.ZodType>(c: Context, schema: T, options: { optional?: boolean } = {}) =>
  readJsonBody(c, schema, { maxBytes: MAX_BODY_BYTES, emptyAs: options.optional ? {} : undefined });


export function mountArticlesApi(app: Hono<any>, deps: { newsroom: Newsroom; articles: ArticlesService; guard: StaffGuard; docs: ApiDocs }) {
  const { newsroom, guard } = deps;
  const api = app as Hono<StaffEnv>;
  documentArticlesApi(deps.docs);

  // The public list (no status) stays the cacheable, session-free search API of the search module.
  const isDeskList = (c: Context) => c.req.method === 'GET' && readQueryParam(c, 'status') !== undefined;
  api.use('/api/v1/articles', async (c, next) => (c.req.method !== 'GET' || isDeskList(c) ? guard.loadStaff()(c, next) : next()));
  api.use('/api/v1/articles', async (c, next) => (c.req.method !== 'GET' ? guard.csrf({ afterPermission: true })(c, next) : next()));
  // Not '/api/v1/articles/*': in Hono that also matches the public list, which must stay
  // cacheable and session-free.
  api.use('/api/v1/articles/:id', guard.loadStaff(), guard.csrf({ afterPermission: true }));
  api.use('/api/v1/articles/:id/:action', guard.loadStaff(), guard.csrf({ afterPermission: true }));

  async function categoryIdOf(slug: string | undefined): Promise<number | undefined> {
    if (slug === undefined) return undefined;
    const category = await deps.articles.findCategory(slug);
    if (!category) throw new BadRequestError('VALIDATION_FAILED', { categorySlug: 'Không có chuyên mục này.' });
    return category.id;
  }

  api.get('/api/v1/articles', async (c, next) => {
    if (!isDeskList(c)) return next();
    await guard.require('articles.write')(c, async () => {});
    const status = readQueryParam(c, 'status')!;
    if (status !== 'all' && !(ARTICLE_STATUSES as readonly string[]).includes(status)) {
      throw new BadRequestError('VALIDATION_FAILED', { status: 'status là all, draft, submitted, scheduled, published hoặc trashed.' });
    }
    const page = readPageNumber(c, 'page');
    const categorySlug = readQueryParam(c, 'category');
    const result = await newsroom.list(contextOf(c), {
      status: status === 'all' ? undefined : (status as (typeof ARTICLE_STATUSES)[number]),
      categoryId: categorySlug ? await categoryIdOf(categorySlug) : undefined,
      q: readQueryParam(c, 'q')?.slice(0, 200),
      page,
      perPage: PER_PAGE,
    });
    return c.json({
      items: result.items.map((a) => ({ id: a.id, slug: a.slug, url: a.url, title: a.title, status: a.status, classification: a.classification, byline: a.byline, authorId: a.authorId, rejectionReason: a.rejectionReason, publishedAt: a.publishedAt, updatedAt: a.updatedAt })),
      total: result.total,
      page,
    });
  });

  api.post('/api/v1/articles', guard.require('articles.write'), async (c) => {
    const body = await readJson(c, createArticleSchema);
    const input: ArticleInput = {
      title: body.title,
      lead: body.lead,
      bodyHtml: body.bodyHtml,
      categoryId: (await categoryIdOf(body.categorySlug))!,
      byline: body.byline,
      authorId: body.authorId,
      featured: body.featured,
      featuredImageId: body.featuredImageId,
      classification: body.classification,
      expiresAt: body.expiresAt === undefined ? undefined : body.expiresAt === null ? null : new Date(body.expiresAt),
    };
    if (body.publishAt && body.status !== 'published') throw new BadRequestError('VALIDATION_FAILED', { publishAt: 'Chỉ hẹn giờ khi status là published.' });
    const intent: Intent =
      body.status === 'published' ? { action: 'publish', publishAt: body.publishAt ? new Date(body.publishAt) : undefined } : body.status === 'submitted' ? { action: 'submit' } : { action: 'save' };
    const article = await newsroom.create(contextOf(c), input, intent);
    return c.json({ id: article.id, slug: article.slug, url: article.url, status: article.status }, 201, { Location: `/api/v1/articles/${article.id}` });
  });

  api.get('/api/v1/articles/:id', guard.require('articles.write'), async (c) => c.json(toJson(await newsroom.get(contextOf(c), readArticleId(c)))));

  api.patch('/api/v1/articles/:id', guard.require('articles.write'), async (c) => {
    const articleId = readArticleId(c);
    const body = await readJson(c, updateArticleSchema);
    const { version, categorySlug, expiresAt, ...fields } = body;
    const updated = await newsroom.update(
      contextOf(c),
      articleId,
      { ...fields, categoryId: await categoryIdOf(categorySlug), expiresAt: expiresAt === undefined ? undefined : expiresAt === null ? null : new Date(expiresAt) },
      { expectedVersion: version },
    );
    return c.json(toJson(updated));
  });

  api.delete('/api/v1/articles/:id', guard.require('articles.write'), async (c) => {
    const article = await newsroom.act(contextOf(c), readArticleId(c), 'delete');
    return c.json({ id: article.id, slug: article.slug, url: article.url, status: article.status });
  });

  const step = (name: 'submit' | 'publish' | 'reject' | 'unpublish') =>
    api.post(`/api/v1/articles/:id/${name}`, guard.require(name === 'submit' ? 'articles.write' : 'articles.publish'), async (c) => {
      const articleId = readArticleId(c);
      let options: { publishAt?: Date; reason?: string } = {};
      if (name === 'publish') {
        const body = await readJson(c, publishSchema, { optional: true });
        options = { publishAt: body.publishAt ? new Date(body.publishAt) : undefined };
      } else if (name === 'reject') {
        options = await readJson(c, rejectSchema);
      }
      const article = await newsroom.act(contextOf(c), articleId, name, options);
      return c.json({ id: article.id, slug: article.slug, url: article.url, status: article.status });
    });
  step('submit');
  step('publish');
  step('reject');
  step('unpublish');
}

function documentArticlesApi(docs: ApiDocs) {
  const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
  const error = (description: string) => ({ description, ...json(errorResponseSchema) });
  const common = {
    401: error('Chưa đăng nhập hoặc mã API không hợp lệ'),
    403: error('Không có quyền với bài viết này (cộng tác viên chỉ sửa bản nháp của mình, không xuất bản)'),
  };
  const idParam = z.object({ id: z.string().regex(/^[1-9][0-9]*$/).describe('Mã bài viết') });
  const security: Array<Record<string, string[]>> = [{ cookieAuth: [] }, { bearerAuth: [] }];
  docs.register({
    method: 'post',
    path: '/api/v1/articles',
    summary: 'Tạo bài viết',
    description: 'Cộng tác viên tạo bản nháp hoặc gửi duyệt; biên tập viên có thể xuất bản ngay hoặc hẹn giờ (publishAt). HTML được lọc trên máy chủ.',
    security,
    request: { body: json(createArticleSchema) },
    responses: { 201: { description: 'Đã tạo', ...json(createdSchema) }, 400: error('Dữ liệu không hợp lệ: error.fields chỉ ra từng trường'), ...common },
  });
  docs.register({
    method: 'get',
    path: '/api/v1/articles/{id}',
    summary: 'Một bài viết ở mọi trạng thái',
    security,
    request: { params: idParam },
    responses: { 200: { description: 'Bài viết', ...json(articleSchema) }, ...common, 404: error('Không có bài viết này') },
  });
  docs.register({
    method: 'patch',
    path: '/api/v1/articles/{id}',
    summary: 'Sửa bài viết',
    description: 'Chỉ gửi các trường cần đổi. Gửi kèm version để không ghi đè thay đổi của người khác (409 nếu bài đã được lưu sau phiên bản đó). Mỗi lần lưu là một phiên bản mới.',
    security,
    request: { params: idParam, body: json(updateArticleSchema) },
    responses: { 200: { description: 'Đã lưu', ...json(articleSchema) }, 400: error('Dữ liệu không hợp lệ'), ...common, 404: error('Không có bài viết này'), 409: error('Bài đã được người khác lưu, hoặc trạng thái không cho sửa') },
  });
  docs.register({
    method: 'delete',
    path: '/api/v1/articles/{id}',
    summary: 'Chuyển bài viết vào thùng rác (khôi phục được)',
    security,
    request: { params: idParam },
    responses: { 200: { description: 'Đã chuyển vào thùng rác', ...json(createdSchema) }, ...common, 404: error('Không có bài viết này') },
  });
  const steps: Array<[string, string, z.ZodType | undefined]> = [
    ['submit', 'Gửi duyệt bản nháp', undefined],
    ['publish', 'Xuất bản ngay, hoặc hẹn giờ với publishAt (biên tập viên)', publishSchema],
    ['reject', 'Trả lại cho người viết kèm lý do (biên tập viên)', rejectSchema],
    ['unpublish', 'Gỡ xuống hoặc hủy hẹn giờ; bài thành bản nháp (biên tập viên)', undefined],
  ];
  for (const [name, summary, body] of steps) {
    docs.register({
      method: 'post',
      path: `/api/v1/articles/{id}/${name}`,
      summary,
      security,
      request: { params: idParam, ...(body ? { body: json(body) } : {}) },
      responses: { 200: { description: 'Trạng thái mới', ...json(createdSchema) }, 400: error('Dữ liệu không hợp lệ'), ...common, 404: error('Không có bài viết này'), 409: error('Không làm được ở trạng thái hiện tại') },
    });
  }
}

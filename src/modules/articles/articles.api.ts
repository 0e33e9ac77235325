// The newsroom's JSON API: the same service as the pages, so the same per-record rules. Cookie
// callers send X-CSRF-Token (the staff guard checks it); personal tokens use Authorization: Bearer.
// Each endpoint is declared once (platform/http/api-route.ts): its document, its body's schema
// (read under the cap capArticleBodies declares) and its handler together.
import type { Context, Hono } from 'hono';
import { mountApiRoute } from '../../platform/http/api-route.js';
import { BadRequestError } from '../../platform/http/errors.js';
import { readPageNumber, readQueryParam } from '../../platform/http/query.js';
import type { StaffEnv, StaffGuard } from '../accounts/index.js';
import { mountStepApi } from './article-steps.api.js';
import { apiDoc, articleIdFirst, type ArticlesApiDeps, refusals } from './articles-api-kit.js';
import { articlesApiText as t } from './articles-api.vi.js';
import { articleInputText } from './articles-input.vi.js';
import {
  articleSchema,
  articleStateSchema,
  createArticleSchema,
  type DeskPageJson,
  deskStatusSchema,
  listQuerySchema,
  publishedPageSchema,
  toArticleJson,
  toArticleState,
  toOptionalDate,
  updateArticleSchema,
} from './articles.schema.js';
import type { ArticlesService } from './articles.service.js';
import { contextOf, readArticleId } from './newsroom-http.js';
import type { Intent } from './newsroom-types.js';

const PER_PAGE = 20;

// The public list (no status) stays the cacheable, session-free search API of the search module.
const isDeskList = (c: Context) => c.req.method === 'GET' && readQueryParam(c, 'status') !== undefined;

/** A category named by slug in a request, as its id; an unknown one is the field's error. */
async function findCategoryId(articles: ArticlesService, slug: string | undefined): Promise<number | undefined> {
  if (slug === undefined) return undefined;
  const category = await articles.findCategory(slug);
  if (!category)
    throw new BadRequestError('VALIDATION_FAILED', { categorySlug: articleInputText.article.categoryUnknown });
  return category.id;
}

function guardArticlesApi(api: Hono<StaffEnv>, guard: StaffGuard) {
  api.use('/api/v1/articles', async (c, next) =>
    c.req.method !== 'GET' || isDeskList(c) ? guard.loadStaff()(c, next) : next(),
  );
  api.use('/api/v1/articles', async (c, next) =>
    c.req.method !== 'GET' ? guard.csrf({ afterPermission: true })(c, next) : next(),
  );
  // Not '/api/v1/articles/*': in Hono that also matches the public list, which must stay
  // cacheable and session-free.
  api.use('/api/v1/articles/:id', guard.loadStaff(), guard.csrf({ afterPermission: true }));
  api.use('/api/v1/articles/:id/:action', guard.loadStaff(), guard.csrf({ afterPermission: true }));
}

/** The desk's list (with ?status=), for a writer: the permission is asked here, not of the public list. */
async function deskList(c: Context<StaffEnv>, { newsroom, articles, guard }: ArticlesApiDeps): Promise<Response> {
  await guard.require('articles.write')(c, async () => {});
  const status = deskStatusSchema.safeParse(readQueryParam(c, 'status'));
  if (!status.success)
    throw new BadRequestError('VALIDATION_FAILED', { status: articleInputText.article.deskStatusInvalid });
  const page = readPageNumber(c, 'page');
  const categorySlug = readQueryParam(c, 'category');
  const result = await newsroom.list(contextOf(c), {
    status: status.data === 'all' ? undefined : status.data,
    categoryId: categorySlug ? await findCategoryId(articles, categorySlug) : undefined,
    q: readQueryParam(c, 'q')?.slice(0, 200),
    page,
    perPage: PER_PAGE,
  });
  const items = result.items.map((a) => ({
    id: a.id,
    slug: a.slug,
    url: a.url,
    title: a.title,
    status: a.status,
    classification: a.classification,
    byline: a.byline,
    authorId: a.authorId,
    rejectionReason: a.rejectionReason,
    publishedAt: a.publishedAt,
    updatedAt: a.updatedAt,
  }));
  return c.json({ items, total: result.total, page } satisfies DeskPageJson);
}

/**
 * GET /api/v1/articles: one endpoint, two lists. With ?status= it is the desk's (answered here);
 * without, the public list, which the search module answers next, session-free and cacheable.
 */
function mountListRoute(app: Hono, deps: ArticlesApiDeps) {
  mountApiRoute(
    app,
    deps.docs,
    {
      method: 'get',
      path: '/api/v1/articles',
      summary: t.list.summary,
      description: t.list.description,
      query: listQuerySchema,
      responses: {
        200: { description: t.list.page, ...apiDoc.json(publishedPageSchema) },
        400: apiDoc.error(t.list.invalid),
      },
    },
    async (c, _input, next) => {
      if (!isDeskList(c)) {
        await next();
        return undefined;
      }
      return deskList(c, deps);
    },
  );
}

/** The step a create asks for (the schema allows publishAt only with status published). */
function intentOfStatus(status: 'draft' | 'submitted' | 'published', publishAt: string | undefined): Intent {
  if (status === 'published') return { action: 'publish', publishAt: publishAt ? new Date(publishAt) : undefined };
  return status === 'submitted' ? { action: 'submit' } : { action: 'save' };
}

function mountCreateRoute(app: Hono, deps: ArticlesApiDeps) {
  const { newsroom, articles, guard } = deps;
  mountApiRoute(
    app,
    deps.docs,
    {
      method: 'post',
      path: '/api/v1/articles',
      summary: t.create.summary,
      description: t.create.description,
      security: apiDoc.security,
      body: createArticleSchema,
      before: [guard.require('articles.write')],
      responses: {
        201: { description: t.create.created, ...apiDoc.json(articleStateSchema) },
        400: apiDoc.error(t.create.invalid),
        ...refusals,
      },
    },
    async (c, { body }) => {
      const { status, publishAt, categorySlug, expiresAt, ...fields } = body;
      const input = {
        ...fields,
        categoryId: (await findCategoryId(articles, categorySlug))!,
        expiresAt: toOptionalDate(expiresAt),
      };
      const article = await newsroom.create(contextOf(c), input, intentOfStatus(status, publishAt));
      return c.json(toArticleState(article), 201, { Location: `/api/v1/articles/${article.id}` });
    },
  );
}

function mountArticleRoutes(app: Hono, deps: ArticlesApiDeps) {
  const { newsroom, articles, guard, docs } = deps;
  const notFound = apiDoc.error(t.answers.notFound);
  const route = {
    security: apiDoc.security,
    params: apiDoc.idParams,
    before: [guard.require('articles.write'), articleIdFirst],
  };
  mountApiRoute(
    app,
    docs,
    {
      ...route,
      method: 'get',
      path: '/api/v1/articles/{id}',
      summary: t.get.summary,
      responses: { 200: { description: t.get.ok, ...apiDoc.json(articleSchema) }, ...refusals, 404: notFound },
    },
    async (c) => c.json(toArticleJson(await newsroom.get(contextOf(c), readArticleId(c)))),
  );
  mountApiRoute(
    app,
    docs,
    {
      ...route,
      method: 'patch',
      path: '/api/v1/articles/{id}',
      summary: t.update.summary,
      description: t.update.description,
      body: updateArticleSchema,
      responses: {
        200: { description: t.update.saved, ...apiDoc.json(articleSchema) },
        400: apiDoc.error(t.answers.invalid),
        ...refusals,
        404: notFound,
        409: apiDoc.error(t.update.conflict),
      },
    },
    async (c, { body }) => {
      const { version, categorySlug, expiresAt, ...fields } = body;
      const input = {
        ...fields,
        categoryId: await findCategoryId(articles, categorySlug),
        expiresAt: toOptionalDate(expiresAt),
      };
      const article = await newsroom.update(contextOf(c), readArticleId(c), input, { expectedVersion: version });
      return c.json(toArticleJson(article));
    },
  );
  mountApiRoute(
    app,
    docs,
    {
      ...route,
      method: 'delete',
      path: '/api/v1/articles/{id}',
      summary: t.delete.summary,
      responses: {
        200: { description: t.delete.trashed, ...apiDoc.json(articleStateSchema) },
        ...refusals,
        404: notFound,
      },
    },
    async (c) => c.json(toArticleState(await newsroom.act(contextOf(c), readArticleId(c), 'delete'))),
  );
}

export function mountArticlesApi(app: Hono, deps: ArticlesApiDeps) {
  guardArticlesApi(app, deps.guard);
  mountListRoute(app, deps);
  mountCreateRoute(app, deps);
  mountArticleRoutes(app, deps);
  mountStepApi(app, deps);
}

// The newsroom's JSON API: the same service as the pages, so the same per-record rules. Cookie
// callers send X-CSRF-Token (the staff guard checks it); personal tokens use Authorization: Bearer.
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { ApiDocs } from '../../platform/http/api-docs.js';
import { readJsonBody } from '../../platform/http/body.js';
import { BadRequestError } from '../../platform/http/errors.js';
import { readPageNumber, readQueryParam } from '../../platform/http/query.js';
import type { StaffEnv, StaffGuard } from '../accounts/index.js';
import { documentArticlesApi } from './articles-api-docs.js';
import {
  createArticleSchema,
  publishSchema,
  rejectSchema,
  toArticleJson,
  toArticleState,
  toOptionalDate,
  updateArticleSchema,
} from './articles.schema.js';
import type { ArticlesService } from './articles.service.js';
import { ARTICLE_STATUSES, type ArticleStatus } from './articles.tables.js';
import { contextOf, readArticleId } from './newsroom-http.js';
import type { Intent, StepOptions } from './newsroom-types.js';
import type { Newsroom } from './newsroom.service.js';
import { articleInputText } from './articles-input.vi.js';

const MAX_BODY_BYTES = 2 * 1024 * 1024;
const PER_PAGE = 20;

interface ArticlesApiDeps {
  newsroom: Newsroom;
  articles: ArticlesService;
  guard: StaffGuard;
  docs: ApiDocs;
}

const readJson = <T extends z.ZodType>(c: Context, schema: T, options: { optional?: boolean } = {}) =>
  readJsonBody(c, schema, { maxBytes: MAX_BODY_BYTES, emptyAs: options.optional ? {} : undefined });

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

function mountDeskListApi(api: Hono<StaffEnv>, { newsroom, articles, guard }: ArticlesApiDeps) {
  api.get('/api/v1/articles', async (c, next) => {
    if (!isDeskList(c)) return next();
    await guard.require('articles.write')(c, async () => {});
    const status = readQueryParam(c, 'status')!;
    if (status !== 'all' && !(ARTICLE_STATUSES as readonly string[]).includes(status)) {
      throw new BadRequestError('VALIDATION_FAILED', { status: articleInputText.article.deskStatusInvalid });
    }
    const page = readPageNumber(c, 'page');
    const categorySlug = readQueryParam(c, 'category');
    const result = await newsroom.list(contextOf(c), {
      status: status === 'all' ? undefined : (status as ArticleStatus),
      categoryId: categorySlug ? await findCategoryId(articles, categorySlug) : undefined,
      q: readQueryParam(c, 'q')?.slice(0, 200),
      page,
      perPage: PER_PAGE,
    });
    return c.json({
      items: result.items.map((a) => ({
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
      })),
      total: result.total,
      page,
    });
  });
}

/** The step a create asks for (the schema allows publishAt only with status published). */
function intentOfStatus(status: 'draft' | 'submitted' | 'published', publishAt: string | undefined): Intent {
  if (status === 'published') return { action: 'publish', publishAt: publishAt ? new Date(publishAt) : undefined };
  return status === 'submitted' ? { action: 'submit' } : { action: 'save' };
}

function mountArticleApi(api: Hono<StaffEnv>, { newsroom, articles, guard }: ArticlesApiDeps) {
  api.post('/api/v1/articles', guard.require('articles.write'), async (c) => {
    const { status, publishAt, categorySlug, expiresAt, ...fields } = await readJson(c, createArticleSchema);
    const input = {
      ...fields,
      categoryId: (await findCategoryId(articles, categorySlug))!,
      expiresAt: toOptionalDate(expiresAt),
    };
    const article = await newsroom.create(contextOf(c), input, intentOfStatus(status, publishAt));
    return c.json(toArticleState(article), 201, { Location: `/api/v1/articles/${article.id}` });
  });

  api.get('/api/v1/articles/:id', guard.require('articles.write'), async (c) =>
    c.json(toArticleJson(await newsroom.get(contextOf(c), readArticleId(c)))),
  );

  api.patch('/api/v1/articles/:id', guard.require('articles.write'), async (c) => {
    const articleId = readArticleId(c);
    const { version, categorySlug, expiresAt, ...fields } = await readJson(c, updateArticleSchema);
    const input = {
      ...fields,
      categoryId: await findCategoryId(articles, categorySlug),
      expiresAt: toOptionalDate(expiresAt),
    };
    return c.json(toArticleJson(await newsroom.update(contextOf(c), articleId, input, { expectedVersion: version })));
  });

  api.delete('/api/v1/articles/:id', guard.require('articles.write'), async (c) =>
    c.json(toArticleState(await newsroom.act(contextOf(c), readArticleId(c), 'delete'))),
  );
}

/** A step's options from its body: a time for publish, a reason for reject, nothing for the rest. */
async function readStepOptions(c: Context, step: 'submit' | 'publish' | 'reject' | 'unpublish'): Promise<StepOptions> {
  if (step === 'publish') {
    const body = await readJson(c, publishSchema, { optional: true });
    return { publishAt: body.publishAt ? new Date(body.publishAt) : undefined };
  }
  return step === 'reject' ? readJson(c, rejectSchema) : {};
}

function mountStepApi(api: Hono<StaffEnv>, { newsroom, guard }: ArticlesApiDeps) {
  for (const step of ['submit', 'publish', 'reject', 'unpublish'] as const) {
    api.post(
      `/api/v1/articles/:id/${step}`,
      guard.require(step === 'submit' ? 'articles.write' : 'articles.publish'),
      async (c) => {
        const articleId = readArticleId(c);
        const article = await newsroom.act(contextOf(c), articleId, step, await readStepOptions(c, step));
        return c.json(toArticleState(article));
      },
    );
  }
}

export function mountArticlesApi(app: Hono, deps: ArticlesApiDeps) {
  documentArticlesApi(deps.docs);
  guardArticlesApi(app, deps.guard);
  mountDeskListApi(app, deps);
  mountArticleApi(app, deps);
  mountStepApi(app, deps);
}

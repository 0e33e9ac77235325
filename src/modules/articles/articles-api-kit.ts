// What the articles API's declarations share: their dependencies, how a route is documented
// (JSON bodies, error answers, the article id, who may call), and the article id checked first.
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { errorResponseSchema, type ApiDocs } from '../../platform/http/api-docs.js';
import type { StaffGuard } from '../accounts/index.js';
import { articlesApiText as t } from './articles-api.vi.js';
import type { ArticlesService } from './articles.service.js';
import { readArticleId } from './newsroom-http.js';
import type { Newsroom } from './newsroom.service.js';

export interface ArticlesApiDeps {
  newsroom: Newsroom;
  articles: ArticlesService;
  guard: StaffGuard;
  docs: ApiDocs;
}

/** How the API's routes are documented: JSON bodies, error answers, the article id, who may call. */
export const apiDoc = {
  json: (schema: z.ZodType) => ({ content: { 'application/json': { schema } } }),
  error: (description: string) => ({ description, content: { 'application/json': { schema: errorResponseSchema } } }),
  security: [{ cookieAuth: [] }, { bearerAuth: [] }] as Array<Record<string, string[]>>,
  idParams: z.object({
    id: z
      .string()
      .regex(/^[1-9][0-9]*$/)
      .describe(t.fields.articleId),
  }),
};

/** Who is refused: not signed in, or not allowed this article. */
export const refusals = {
  401: apiDoc.error(t.answers.unauthenticated),
  403: apiDoc.error(t.answers.forbidden),
};

/** The route's article id checked before the body is read: a malformed one names no article (404). */
export const articleIdFirst: MiddlewareHandler = async (c, next) => {
  readArticleId(c);
  await next();
};

// The articles API in the OpenAPI document (/api/v1/openapi.json): every route, its body and its answers.
import { z } from 'zod';
import { errorResponseSchema, type ApiDocs } from '../../platform/http/api-docs.js';
import {
  articleSchema,
  articleStateSchema,
  createArticleSchema,
  publishSchema,
  rejectSchema,
  updateArticleSchema,
} from './articles.schema.js';
import { articlesApiText as t } from './articles-api.vi.js';

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...json(errorResponseSchema) });
const common = {
  401: error(t.answers.unauthenticated),
  403: error(t.answers.forbidden),
};
const idParam = z.object({
  id: z
    .string()
    .regex(/^[1-9][0-9]*$/)
    .describe(t.fields.articleId),
});
const security: Array<Record<string, string[]>> = [{ cookieAuth: [] }, { bearerAuth: [] }];

function documentArticleRoutes(docs: ApiDocs) {
  docs.register({
    method: 'post',
    path: '/api/v1/articles',
    summary: t.create.summary,
    description: t.create.description,
    security,
    request: { body: json(createArticleSchema) },
    responses: {
      201: { description: t.create.created, ...json(articleStateSchema) },
      400: error(t.create.invalid),
      ...common,
    },
  });
  docs.register({
    method: 'get',
    path: '/api/v1/articles/{id}',
    summary: t.get.summary,
    security,
    request: { params: idParam },
    responses: {
      200: { description: t.get.ok, ...json(articleSchema) },
      ...common,
      404: error(t.answers.notFound),
    },
  });
  docs.register({
    method: 'patch',
    path: '/api/v1/articles/{id}',
    summary: t.update.summary,
    description: t.update.description,
    security,
    request: { params: idParam, body: json(updateArticleSchema) },
    responses: {
      200: { description: t.update.saved, ...json(articleSchema) },
      400: error(t.answers.invalid),
      ...common,
      404: error(t.answers.notFound),
      409: error(t.update.conflict),
    },
  });
  docs.register({
    method: 'delete',
    path: '/api/v1/articles/{id}',
    summary: t.delete.summary,
    security,
    request: { params: idParam },
    responses: {
      200: { description: t.delete.trashed, ...json(articleStateSchema) },
      ...common,
      404: error(t.answers.notFound),
    },
  });
}

function documentStepRoutes(docs: ApiDocs) {
  const steps: Array<[string, string, z.ZodType | undefined]> = [
    ['submit', t.steps.submit, undefined],
    ['publish', t.steps.publish, publishSchema],
    ['reject', t.steps.reject, rejectSchema],
    ['unpublish', t.steps.unpublish, undefined],
  ];
  for (const [name, summary, body] of steps) {
    docs.register({
      method: 'post',
      path: `/api/v1/articles/{id}/${name}`,
      summary,
      security,
      request: { params: idParam, ...(body ? { body: json(body) } : {}) },
      responses: {
        200: { description: t.steps.newState, ...json(articleStateSchema) },
        400: error(t.answers.invalid),
        ...common,
        404: error(t.answers.notFound),
        409: error(t.steps.wrongStatus),
      },
    });
  }
}

export function documentArticlesApi(docs: ApiDocs) {
  documentArticleRoutes(docs);
  documentStepRoutes(docs);
}

// POST /api/v1/articles/{id}/submit|publish|reject|unpublish: the workflow's steps in the JSON
// API, each declared once with its body (a time for publish, a reason for reject, none otherwise).
import type { Hono } from 'hono';
import type { z } from 'zod';
import { mountApiRoute } from '../../platform/http/api-route.js';
import { apiDoc, articleIdFirst, type ArticlesApiDeps, refusals } from './articles-api-kit.js';
import { articlesApiText as t } from './articles-api.vi.js';
import { articleStateSchema, publishSchema, rejectSchema, toArticleState } from './articles.schema.js';
import { contextOf, readArticleId } from './newsroom-http.js';
import type { StepOptions } from './newsroom-types.js';

type Step = 'submit' | 'publish' | 'reject' | 'unpublish';

/** A step's options from its body. */
const optionsOf = (body: z.infer<typeof publishSchema> | z.infer<typeof rejectSchema> | undefined): StepOptions => {
  if (body && 'reason' in body) return { reason: body.reason };
  return { publishAt: body?.publishAt ? new Date(body.publishAt) : undefined };
};

const STEPS: Array<{ step: Step; body?: typeof publishSchema | typeof rejectSchema; optional?: boolean }> = [
  { step: 'submit' },
  { step: 'publish', body: publishSchema, optional: true },
  { step: 'reject', body: rejectSchema },
  { step: 'unpublish' },
];

export function mountStepApi(app: Hono, { newsroom, guard, docs }: ArticlesApiDeps) {
  for (const { step, body, optional } of STEPS) {
    mountApiRoute(
      app,
      docs,
      {
        method: 'post',
        path: `/api/v1/articles/{id}/${step}`,
        summary: t.steps[step],
        security: apiDoc.security,
        params: apiDoc.idParams,
        body,
        emptyBodyAs: optional ? {} : undefined,
        before: [guard.require(step === 'submit' ? 'articles.write' : 'articles.publish'), articleIdFirst],
        responses: {
          200: { description: t.steps.newState, ...apiDoc.json(articleStateSchema) },
          400: apiDoc.error(t.answers.invalid),
          ...refusals,
          404: apiDoc.error(t.answers.notFound),
          409: apiDoc.error(t.steps.wrongStatus),
        },
      },
      async (c, input) => {
        const options = step === 'submit' || step === 'unpublish' ? {} : optionsOf(input.body);
        return c.json(toArticleState(await newsroom.act(contextOf(c), readArticleId(c), step, options)));
      },
    );
  }
}

// /api/v1/briefs: readers' list of published briefs by date range (session-free, anyone), and the
// staff's create and publish (session cookie with CSRF, or a personal API token; 'briefs.write').
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { errorResponseSchema, type ApiDocs } from '../../platform/http/api-docs.js';
import { mountApiRoute } from '../../platform/http/api-route.js';
import { AppError } from '../../platform/http/errors.js';
import { readIdParam, readQueryParam } from '../../platform/http/query.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import type { Clock } from '../../platform/clock.js';
import { staffContextOf, type StaffEnv, type StaffGuard } from '../accounts/index.js';
import { addDays, type Brief, daysBetween } from './brief-items.js';
import { briefChangeSchema, briefInputSchema, isBriefDay } from './briefs.schema.js';
import type { BriefsService } from './briefs.service.js';
import { briefError, briefsText } from './briefs.vi.js';

const t = briefsText.api;
/** The longest range one call may ask: a year, leap day included. */
export const MAX_RANGE_DAYS = 366;

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...json(errorResponseSchema) });
const security = [{ cookieAuth: [] }, { bearerAuth: [] }] as Array<Record<string, string[]>>;

const itemSchema = z.object({ title: z.string(), url: z.string(), source: z.string(), summary: z.string() });
const briefSchema = z.object({
  date: z.string().describe(t.date),
  intro: z.string().describe(t.intro),
  url: z.string().describe(t.url),
  items: z.array(itemSchema).describe(t.items),
});
const listSchema = z.object({ items: z.array(briefSchema) });
const stateSchema = z.object({
  id: z.number().int(),
  date: z.string(),
  status: z.enum(['draft', 'published']),
  version: z.number().int(),
  url: z.string(),
});

function toJson(brief: Brief, siteUrl: string): z.infer<typeof briefSchema> {
  return {
    date: brief.date,
    intro: brief.intro,
    url: siteUrl + brief.url,
    items: brief.items.map((i) => ({
      title: i.title,
      url: i.kind === 'article' ? siteUrl + i.url : i.url,
      source: i.sourceName,
      summary: i.summary,
    })),
  };
}

const stateOf = (b: Brief) => ({ id: b.id, date: b.date, status: b.status, version: b.version, url: b.url });

/** from..to as asked (both optional), checked: real days, from ≤ to, at most a year apart. */
export function readRange(c: Context, today: string): { from: string; to: string } {
  const bad = () => new AppError(briefError('BRIEF_BAD_RANGE'), 400);
  const to = readQueryParam(c, 'to') || today;
  if (!isBriefDay(to)) throw bad();
  const from = readQueryParam(c, 'from') || addDays(to, -30);
  if (!isBriefDay(from)) throw bad();
  const span = daysBetween(from, to);
  if (span < 0 || span > MAX_RANGE_DAYS) throw bad();
  return { from, to };
}

type ApiDeps = { briefs: BriefsService; guard: StaffGuard; docs: ApiDocs; clock: Clock; siteUrl: string };

const idFirst: MiddlewareHandler = async (c, next) => {
  readIdParam(c, 'id', briefError('BRIEF_ID_NOT_FOUND'));
  await next();
};
const idParams = z.object({ id: z.string().regex(/^[1-9][0-9]*$/) });
const refusals = { 401: error(t.unauthenticated), 403: error(t.forbidden) };
const contextOf = (c: Context) => staffContextOf(c as Context<StaffEnv>);

export function mountBriefsApi(app: Hono, deps: ApiDeps) {
  const { briefs, guard, docs } = deps;
  const api = app as unknown as Hono<StaffEnv>;
  api.use('/api/v1/briefs', async (c, next) => (c.req.method === 'GET' ? next() : guard.loadStaff()(c, next)));
  api.use('/api/v1/briefs', async (c, next) =>
    c.req.method === 'GET' ? next() : guard.csrf({ afterPermission: true })(c, next),
  );
  // Not '/api/v1/briefs/*': in Hono that also matches the public list.
  api.use('/api/v1/briefs/:id', guard.loadStaff(), guard.csrf({ afterPermission: true }));
  api.use('/api/v1/briefs/:id/publish', guard.loadStaff(), guard.csrf({ afterPermission: true }));

  mountApiRoute(
    app,
    docs,
    {
      method: 'get',
      path: '/api/v1/briefs',
      summary: t.listSummary,
      query: z.object({ from: z.string().optional().describe(t.from), to: z.string().optional().describe(t.to) }),
      responses: { 200: { description: t.list, ...json(listSchema) }, 400: error(t.badRange) },
    },
    async (c) => {
      const { from, to } = readRange(c, vietnamDay(deps.clock.now()));
      const found = await briefs.publishedBetween(from, to);
      return c.json({ items: found.map((b) => toJson(b, deps.siteUrl)) });
    },
  );
  mountCreateRoute(app, deps);
  mountChangeRoutes(app, deps);
}

function mountCreateRoute(app: Hono, { briefs, guard, docs }: ApiDeps) {
  mountApiRoute(
    app,
    docs,
    {
      method: 'post',
      path: '/api/v1/briefs',
      summary: t.createSummary,
      security,
      body: briefInputSchema,
      before: [guard.require('briefs.write')],
      responses: { 201: { description: t.created, ...json(stateSchema) }, 400: error(t.invalid), ...refusals },
    },
    async (c, { body }) => c.json(stateOf(await briefs.create(contextOf(c), body)), 201),
  );
}

function mountChangeRoutes(app: Hono, { briefs, guard, docs }: ApiDeps) {
  mountApiRoute(
    app,
    docs,
    {
      method: 'put',
      path: '/api/v1/briefs/{id}',
      summary: t.updateSummary,
      description: t.updateDescription,
      security,
      params: idParams,
      body: briefChangeSchema,
      before: [guard.require('briefs.write'), idFirst],
      responses: {
        200: { description: t.updated, ...json(stateSchema) },
        400: error(t.invalid),
        ...refusals,
        404: error(t.notFound),
        409: error(t.conflict),
      },
    },
    async (c, { body }) => c.json(stateOf(await briefs.update(contextOf(c), readIdParam(c, 'id'), body))),
  );
  mountApiRoute(
    app,
    docs,
    {
      method: 'post',
      path: '/api/v1/briefs/{id}/publish',
      summary: t.publishSummary,
      security,
      params: idParams,
      before: [guard.require('briefs.write'), idFirst],
      responses: {
        200: { description: t.published, ...json(stateSchema) },
        400: error(t.invalid),
        ...refusals,
        404: error(t.notFound),
        409: error(t.conflict),
      },
    },
    async (c) => c.json(stateOf(await briefs.publish(contextOf(c), readIdParam(c, 'id')))),
  );
}

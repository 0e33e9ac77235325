// The beacon and the counters API, each endpoint declared once (platform/http/api-route.ts): its
// description, its input's schema and its handler. Thin handlers: throttle → filter → record → answer.
import type { Context, Hono } from 'hono';
import type { BlockList } from 'node:net';
import type { z } from 'zod';
import type { Clock } from '../../platform/clock.js';
import { errorResponseSchema, type ApiDocs } from '../../platform/http/api-docs.js';
import { mountApiRoute } from '../../platform/http/api-route.js';
import { bodyCap } from '../../platform/http/body.js';
import { clientIp } from '../../platform/http/client-ip.js';
import { TooManyRequestsError } from '../../platform/http/errors.js';
import { readQueryParam } from '../../platform/http/query.js';
import { countersSchema, hitAnswerSchema, hitSchema, pixelQuerySchema } from './analytics.schema.js';
import type { AnalyticsService, HitAnswer } from './analytics.service.js';
import { analyticsText } from './analytics.vi.js';
import { isBotUserAgent, isPrefetch } from './bots.js';
import { createNewVisitorCap, networkOf } from './new-visitor-cap.js';
import { isFromAnotherSite } from './other-site.js';
import { createCountedPages } from './public-paths.js';
import { fnv1a32 } from './short-hash.js';
import type { Throttle } from './throttle.js';

// A transparent 1×1 GIF for the no-JavaScript counter.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const NO_STORE = { 'Cache-Control': 'no-store' };
// A beacon is a path and a referrer. Read by platform/http/body.ts (not hono's bodyLimit, which
// builds a full web Request per hit: a fifth of the beacon's CPU), or by the fast path.
export const MAX_HIT_BYTES = 8 * 1024;
export const HIT_PATH = '/api/v1/hit';

const t = analyticsText.api;
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const errors = {
  400: json(errorResponseSchema, t.invalid),
  413: json(errorResponseSchema, t.tooLarge),
  429: json(errorResponseSchema, t.tooFast),
};

interface AnalyticsApiDeps {
  analytics: AnalyticsService;
  visitorThrottle: Throttle;
  addressThrottle: Throttle;
  /** For the cap on new visitors per address, which lives as long as these routes. */
  clock: Clock;
  /** This site's origin (from SITE_URL): hits sent from pages of any other origin are not counted. */
  siteOrigin: string;
  trustedProxies: BlockList;
  isStaff: (c: Context) => Promise<boolean>;
  docs: ApiDocs;
}

/** A beacon as the counter sees it, from Hono's context or straight from node:http (beacon-fast-path.ts). */
export interface HitRequest {
  ip: string;
  header: (name: string) => string | undefined;
  isStaff: () => Promise<boolean>;
}

/**
 * Counts a hit when it is a reader of a public page of this site; throttles hammering clients.
 * Everything not counted (bots, prefetches, staff, other sites, other paths, an address past its
 * new-visitor cap) still gets the counters, so the answer tells a client nothing about why.
 */
export function createHitCounter(deps: Omit<AnalyticsApiDeps, 'isStaff' | 'docs' | 'trustedProxies'>) {
  const { analytics } = deps;
  const newVisitorCap = createNewVisitorCap({ clock: deps.clock });
  const countedPageOf = createCountedPages();
  return async function countHit(request: HitRequest, path: string): Promise<HitAnswer> {
    const { ip, header } = request;
    const userAgent = header('user-agent') ?? '';
    // A short hash tells browsers behind one address apart and keeps the in-memory maps small.
    const browser = fnv1a32(userAgent);
    // IPv6 by its /64, which one subscriber usually holds whole: rotating within it gains nothing.
    const network = networkOf(ip);
    const wait = Math.max(deps.addressThrottle.take(network), deps.visitorThrottle.take(`${network} ${browser}`));
    if (wait > 0) throw new TooManyRequestsError(wait);
    if (isBotUserAgent(userAgent) || isPrefetch(header) || isFromAnotherSite(header, deps.siteOrigin))
      return analytics.readFreshCounters();
    const page = countedPageOf(path);
    if (!page || (await request.isStaff()) || !newVisitorCap.admit(ip, browser)) return analytics.readFreshCounters();
    return analytics.recordHit({ ip, userAgent, page });
  };
}

export type CountHit = ReturnType<typeof createHitCounter>;

/** The hit request of a Hono context. */
function hitRequestOf(c: Context, deps: Pick<AnalyticsApiDeps, 'trustedProxies' | 'isStaff'>): HitRequest {
  return { ip: clientIp(c, deps.trustedProxies), header: (name) => c.req.header(name), isStaff: () => deps.isStaff(c) };
}

/** Mounts the routes; returns the hit counter they use, for the beacon's fast path to share its throttles. */
export function mountAnalyticsApi(app: Hono, deps: AnalyticsApiDeps): CountHit {
  const { analytics, docs } = deps;
  const countHit = createHitCounter(deps);

  mountApiRoute(
    app,
    docs,
    {
      method: 'post',
      path: HIT_PATH,
      summary: t.hitSummary,
      description: t.hitDescription,
      // sendBeacon() posts text/plain, fetch() application/json: both carry JSON, read alike.
      body: hitSchema,
      before: [bodyCap(MAX_HIT_BYTES)],
      responses: { 200: json(hitAnswerSchema, t.hitAnswer), ...errors, 503: json(errorResponseSchema, t.unavailable) },
    },
    async (c, { body }) => c.json(await countHit(hitRequestOf(c, deps), body.path), 200, NO_STORE),
  );

  mountApiRoute(
    app,
    docs,
    {
      method: 'get',
      path: '/api/v1/hit.gif',
      summary: t.pixelSummary,
      query: pixelQuerySchema,
      responses: { 200: { description: t.pixel }, 429: errors[429] },
    },
    async (c) => {
      const parsed = pixelQuerySchema.safeParse({ path: readQueryParam(c, 'path') ?? '/' });
      if (parsed.success) await countHit(hitRequestOf(c, deps), parsed.data.path);
      return c.body(new Uint8Array(PIXEL), 200, { 'Content-Type': 'image/gif', ...NO_STORE });
    },
  );

  mountApiRoute(
    app,
    docs,
    {
      method: 'get',
      path: '/api/v1/stats',
      summary: t.statsSummary,
      responses: { 200: json(countersSchema, t.stats) },
    },
    async (c) => c.json(await analytics.readFreshCounters(), 200, NO_STORE),
  );
  return countHit;
}

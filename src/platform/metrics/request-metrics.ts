// Where requests are counted: a Hono middleware (first of all, so a refused path is counted too)
// for what the app answers, and a hook for the fast path's cached pages (server.ts).
import type { MiddlewareHandler } from 'hono';
import { routePatternOf } from '../http/route-pattern.js';
import type { CachedPage } from '../http/page-cache.js';
import type { RequestTally } from './request-tally.js';

/** A cached page whose route was never recorded (filled by another way than sendPage). */
const CACHED_PAGE_ROUTE = 'cached page';

export function countRequests(tally: RequestTally): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      tally.answered(routePatternOf(c), c.req.method, c.res.status, (performance.now() - started) / 1000);
    }
  };
}

/** The fast path's report of one cached page sent (200) or confirmed unchanged (304). */
export function countCachedPages(tally: RequestTally) {
  return (page: CachedPage, method: string, status: number) =>
    tally.servedFromCache(page.route ?? CACHED_PAGE_ROUTE, method, status);
}

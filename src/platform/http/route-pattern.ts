// The route pattern a request was answered by (`/tin-tuc/:slug`, never the address itself), for
// labels that must stay a small fixed set whatever paths clients make up.
import type { Context } from 'hono';

/** Every path no route answered (only middleware ran, then the 404 page). */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * The pattern of the last handler that ran. Hono leaves routeIndex on the deepest one; when that
 * is a middleware (`app.use`: method ALL, a path ending in `*`), no route matched the path.
 */
export function routePatternOf(c: Context): string {
  const route = c.req.matchedRoutes[c.req.routeIndex];
  if (!route || (route.method === 'ALL' && route.path.endsWith('*'))) return UNMATCHED_ROUTE;
  return route.path;
}

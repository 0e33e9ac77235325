// GET /metrics for Prometheus, behind `Authorization: Bearer $METRICS_TOKEN`. Mounted only when
// the token is set: without it the address is an ordinary 404 page. A wrong or missing token gets a
// bare 401 that says nothing about why.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import type { Metrics } from './metrics.js';

export const METRICS_PATH = '/metrics';

/** The token after "Bearer " (the scheme is case-insensitive, RFC 9110), or undefined. */
function bearerTokenOf(header: string | undefined): string | undefined {
  if (!header || header.length < 8 || header.slice(0, 7).toLowerCase() !== 'bearer ') return undefined;
  return header.slice(7).trim();
}

/**
 * Compares digests, not the strings: both sides are then 32 bytes, so timingSafeEqual runs in the
 * same time whatever was sent, and neither the token's content nor its length leaks.
 */
function tokenChecker(expected: string): (presented: string | undefined) => boolean {
  const expectedDigest = createHash('sha256').update(expected).digest();
  return (presented) => {
    const digest = createHash('sha256')
      .update(presented ?? '')
      .digest();
    return timingSafeEqual(digest, expectedDigest) && presented !== undefined;
  };
}

export function mountMetrics(app: Hono, deps: { metrics: Metrics; token: string }) {
  const isValid = tokenChecker(deps.token);
  app.get(METRICS_PATH, async (c) => {
    const headers = { 'Cache-Control': 'no-store' };
    if (!isValid(bearerTokenOf(c.req.header('authorization'))))
      return c.body(null, 401, { ...headers, 'WWW-Authenticate': 'Bearer' });
    return c.body(await deps.metrics.render(), 200, { ...headers, 'Content-Type': deps.metrics.contentType });
  });
}

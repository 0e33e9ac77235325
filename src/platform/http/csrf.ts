// Cross-site request forgery defences for cookie-authenticated requests: the browser's Origin
// (or Referer) must be this site, and forms carry the session's secret token.
import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { AppError } from './errors.js';

export class CsrfError extends AppError {
  constructor() {
    super('CSRF_REJECTED', 403);
  }
}

/** True when the request says it comes from `allowedOrigin` (or from the Host it was sent to). */
export function isSameOrigin(c: Context, allowedOrigin: string | undefined): boolean {
  const origin = c.req.header('origin') ?? refererOrigin(c.req.header('referer'));
  if (!origin || origin === 'null') return c.req.header('sec-fetch-site') === 'same-origin';
  if (allowedOrigin && origin === allowedOrigin) return true;
  const host = c.req.header('host');
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

export function tokensMatch(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
}

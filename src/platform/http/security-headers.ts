// Headers every response carries. Public pages load only same-origin CSS and JS files (no inline
// script or style), so one static CSP serves cached pages; staff pages will add nonces.
import { randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';

// script-src, style-src and connect-src fall back to default-src 'self'; frame-ancestors does
// what X-Frame-Options did. Every header here is written on every cached page, so each earns it.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Staff pages are never cached, so they get a strict, nonce-based policy: only <script> tags
 * carrying this response's nonce run ('strict-dynamic' lets them load what they need), even if
 * some other same-origin file could be passed off as a script.
 */
export function staffContentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** This response's CSP nonce (made on first use): staff pages put it on their script tags. */
// The per-request nonce, typed for every handler through Hono's ContextVariableMap.
declare module 'hono' {
  interface ContextVariableMap {
    cspNonce: string | undefined;
  }
}

export function cspNonce(c: Context): string {
  let nonce = c.get('cspNonce');
  if (!nonce) {
    nonce = randomBytes(16).toString('base64');
    c.set('cspNonce', nonce);
  }
  return nonce;
}

// Referrer-Policy is set by a <meta name="referrer"> in every page instead (the same effect, and
// one header fewer on the hot path); other responses get it from the middleware below.
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) h.set(name, value);
    const nonce = c.get('cspNonce');
    if (nonce) h.set('Content-Security-Policy', staffContentSecurityPolicy(nonce));
    h.set('Referrer-Policy', REFERRER_POLICY);
  };
}

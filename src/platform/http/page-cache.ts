// Public pages are rendered once and their encoded bytes kept in memory: until content changes
// (invalidateAll), or for `ttlMs` at most so the counters printed in the page stay a few seconds old.
import { createHash } from 'node:crypto';
import type { OutgoingHttpHeaders } from 'node:http';
import type { Context } from 'hono';
import type { Clock } from '../clock.js';
import { routePatternOf } from './route-pattern.js';
import { SECURITY_HEADERS } from './security-headers.js';

export interface CachedPage {
  status: number;
  body: Buffer;
  etag: string;
  contentType: string;
  builtAt: number;
  generation: number;
  /** Every header of the 200 answer, built once so the fast path only writes them. */
  headers: OutgoingHttpHeaders;
  notModifiedHeaders: OutgoingHttpHeaders;
  /** The route pattern that sent it (sendPage), for the fast path's request metrics. */
  route?: string;
}

export interface RenderedPage {
  status?: number;
  body: Buffer;
  contentType?: string;
}

export interface PageCache {
  /** The cached page for `key`, or a fresh one rendered once even when many requests miss together. */
  get(key: string, render: () => Promise<RenderedPage>): Promise<CachedPage>;
  /** The cached page for `key` if it is fresh, without rendering: the server's fast path. */
  peek(key: string): CachedPage | undefined;
  invalidateAll(): void;
  readonly size: number;
}

/**
 * `maxBytes` bounds the memory the cache may hold; past it the oldest-built pages go first
 * (every entry is rebuilt within ttlMs anyway, so build order is close to use order). A page past
 * its TTL can never be served again, so it goes at the next look at the cache instead of waiting
 * for the byte bound: a crawler walking 5,000 articles had left 40 MB of dead pages behind
 * (bench/RESULTS.md, "sixth stop"). With a TTL of 0 nothing is kept; misses still share a render.
 */
// No Cache-Control and no Last-Modified: browsers and proxies then keep no heuristic copy and
// revalidate every time with If-None-Match (the ETag), which is what a live news page wants; and
// the hot path writes one header fewer. The body is never compressed here, so no Vary either.
const PAGE_HEADERS_BASE = {};

/** A rendered page with its ETag and every header of its answers, built once. */
function cachedPageOf(rendered: RenderedPage, builtAt: number, generation: number): CachedPage {
  const etag = `"${createHash('sha1').update(rendered.body).digest('base64url')}"`;
  const contentType = rendered.contentType ?? 'text/html; charset=utf-8';
  return {
    status: rendered.status ?? 200,
    body: rendered.body,
    etag,
    contentType,
    builtAt,
    generation,
    headers: {
      ...SECURITY_HEADERS,
      ...PAGE_HEADERS_BASE,
      'Content-Type': contentType,
      'Content-Length': rendered.body.length,
      ETag: etag,
    },
    notModifiedHeaders: { ...SECURITY_HEADERS, ...PAGE_HEADERS_BASE, ETag: etag },
  };
}

export function createPageCache(options: { ttlMs: number; maxBytes: number; clock: Clock }): PageCache {
  const entries = new Map<string, CachedPage>();
  let bytes = 0;
  const pending = new Map<string, Promise<CachedPage>>();
  let generation = 0;
  // Entries are kept in build order, so the first one is the oldest.
  let oldestBuiltAt = Number.POSITIVE_INFINITY;

  /** Drops the pages past their TTL (one comparison when there are none). */
  function sweep(now: number) {
    if (now - oldestBuiltAt < options.ttlMs) return;
    for (const [key, page] of entries) {
      if (now - page.builtAt < options.ttlMs) {
        oldestBuiltAt = page.builtAt;
        return;
      }
      forget(key);
    }
    oldestBuiltAt = Number.POSITIVE_INFINITY;
  }

  function forget(key: string) {
    const old = entries.get(key);
    if (!old) return;
    bytes -= old.body.length;
    entries.delete(key);
  }

  function isFresh(page: CachedPage, now: number): boolean {
    return page.generation === generation && now - page.builtAt < options.ttlMs;
  }

  async function build(key: string, render: () => Promise<RenderedPage>): Promise<CachedPage> {
    const startedGeneration = generation;
    const rendered = await render();
    const page = cachedPageOf(rendered, options.clock.now().getTime(), startedGeneration);
    // Only successful pages are kept; a 404 for a slug that is about to exist must not stick.
    const keep = options.ttlMs > 0 && page.body.length <= options.maxBytes;
    if (page.status === 200 && startedGeneration === generation && keep) {
      forget(key);
      entries.set(key, page);
      bytes += page.body.length;
      oldestBuiltAt = Math.min(oldestBuiltAt, page.builtAt);
      while (bytes > options.maxBytes) forget(entries.keys().next().value as string);
    }
    return page;
  }

  return {
    get size() {
      return entries.size;
    },
    peek(key) {
      const now = options.clock.now().getTime();
      sweep(now);
      const hit = entries.get(key);
      return hit && isFresh(hit, now) ? hit : undefined;
    },
    get(key, render) {
      const now = options.clock.now().getTime();
      sweep(now);
      const hit = entries.get(key);
      if (hit && isFresh(hit, now)) return Promise.resolve(hit);
      const inFlight = pending.get(key);
      if (inFlight) return inFlight;
      const promise = build(key, render).finally(() => pending.delete(key));
      pending.set(key, promise);
      return promise;
    },
    invalidateAll() {
      generation++;
      entries.clear();
      bytes = 0;
      oldestBuiltAt = Number.POSITIVE_INFINITY;
    },
  };
}

/** Sends a cached page, answering 304 when the browser already holds these bytes. */
export function sendPage(c: Context, page: CachedPage): Response {
  page.route ??= routePatternOf(c);
  if (c.req.header('if-none-match') === page.etag) {
    return c.body(null, 304, { ETag: page.etag, ...PAGE_HEADERS_BASE });
  }
  return c.body(page.body as Uint8Array<ArrayBuffer>, page.status as 200, {
    'Content-Type': page.contentType,
    ETag: page.etag,
    ...PAGE_HEADERS_BASE,
  });
}

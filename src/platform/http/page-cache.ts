// Public pages are rendered once and their encoded bytes kept in memory: until content changes
// (invalidateAll), or for `ttlMs` at most so the counters printed in the page stay a few seconds old.
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { Clock } from '../clock.js';

export interface CachedPage {
  status: number;
  body: Buffer;
  etag: string;
  contentType: string;
  builtAt: number;
  generation: number;
}

export interface RenderedPage {
  status?: number;
  body: Buffer;
  contentType?: string;
}

export interface PageCache {
  /** The cached page for `key`, or a fresh one rendered once even when many requests miss together. */
  get(key: string, render: () => Promise<RenderedPage>): Promise<CachedPage>;
  invalidateAll(): void;
  readonly size: number;
}

/**
 * `maxBytes` bounds the memory the cache may hold; past it the oldest-built pages go first
 * (every entry is rebuilt within ttlMs anyway, so build order is close to use order).
 */
export function createPageCache(options: { ttlMs: number; maxBytes: number; clock: Clock }): PageCache {
  const entries = new Map<string, CachedPage>();
  let bytes = 0;
  const pending = new Map<string, Promise<CachedPage>>();
  let generation = 0;

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
    const page: CachedPage = {
      status: rendered.status ?? 200,
      body: rendered.body,
      etag: `"${createHash('sha1').update(rendered.body).digest('base64url')}"`,
      contentType: rendered.contentType ?? 'text/html; charset=utf-8',
      builtAt: options.clock.now().getTime(),
      generation: startedGeneration,
    };
    // Only successful pages are kept; a 404 for a slug that is about to exist must not stick.
    if (page.status === 200 && startedGeneration === generation && page.body.length <= options.maxBytes) {
      forget(key);
      entries.set(key, page);
      bytes += page.body.length;
      while (bytes > options.maxBytes) forget(entries.keys().next().value as string);
    }
    return page;
  }

  return {
    get size() {
      return entries.size;
    },
    get(key, render) {
      const hit = entries.get(key);
      if (hit && isFresh(hit, options.clock.now().getTime())) return Promise.resolve(hit);
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
    },
  };
}

const PAGE_HEADERS_BASE = { 'Cache-Control': 'public, max-age=0, must-revalidate', Vary: 'Accept-Encoding' };

/** Sends a cached page, answering 304 when the browser already holds these bytes. */
export function sendPage(c: Context, page: CachedPage): Response {
  if (c.req.header('if-none-match') === page.etag) {
    return c.body(null, 304, { ETag: page.etag, ...PAGE_HEADERS_BASE });
  }
  return c.body(page.body as Uint8Array<ArrayBuffer>, page.status as 200, {
    'Content-Type': page.contentType,
    ETag: page.etag,
    ...PAGE_HEADERS_BASE,
  });
}

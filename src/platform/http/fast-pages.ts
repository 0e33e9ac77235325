// The hot path: a GET for a page that is in the page cache and fresh is answered straight from
// node:http with the cached bytes and prebuilt headers, before any framework code runs (measured:
// Hono's request/response objects cost about half the throughput of a bare server). Anything
// else — a miss, a stale page, another method, a query the cache does not know — goes to Hono,
// which renders and fills the cache.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CachedPage, PageCache } from './page-cache.js';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The If-None-Match header read from rawHeaders: touching req.headers makes Node build the whole
 * header object, a measurable cost at tens of thousands of requests a second.
 */
function ifNoneMatch(req: IncomingMessage): string | undefined {
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.length === 13 && name.toLowerCase() === 'if-none-match') return raw[i + 1];
  }
  return undefined;
}

/** Told of each page the fast path answers (the request metrics, when they are on). */
export type CachedPageServed = (page: CachedPage, method: string, status: number) => void;

export function withCachedPages(cache: PageCache, next: RequestListener, onServed?: CachedPageServed): RequestListener {
  return (req, res) => {
    const method = req.method;
    if ((method === 'GET' || method === 'HEAD') && req.url) {
      const page = cache.peek(req.url);
      if (page) {
        if (ifNoneMatch(req) === page.etag) {
          res.writeHead(304, page.notModifiedHeaders);
          res.end();
          onServed?.(page, method, 304);
        } else {
          res.writeHead(page.status, page.headers);
          res.end(method === 'HEAD' ? undefined : page.body);
          onServed?.(page, method, page.status);
        }
        return;
      }
    }
    next(req, res);
  };
}

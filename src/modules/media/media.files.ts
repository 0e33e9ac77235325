// GET /tep-tin/:year/:month/:name: the uploaded images, straight from disk. Mounted before the
// site-wide security headers, which would replace this route's stricter policy: a file is never
// a page, so it gets a sandbox CSP and nosniff, and is cached for ever (names are never reused).
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Context, Hono } from 'hono';
import type { MediaStore } from './media-store.js';

const FILE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
};
const CACHE_FOREVER = 'public, max-age=31536000, immutable';

function notFound(c: Context) {
  return c.body('Không tìm thấy tệp.', 404, { ...FILE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

export function mountMediaFiles(app: Hono<any>, deps: { files: MediaStore }) {
  app.get('/tep-tin/:year/:month/:name', async (c) => {
    const address = deps.files.locate(c.req.param('year'), c.req.param('month'), c.req.param('name'));
    if (!address) return notFound(c);
    const etag = `"${address.name}"`;
    const headers = { ...FILE_HEADERS, 'Content-Type': address.mime, 'Cache-Control': CACHE_FOREVER, ETag: etag };
    let handle;
    try {
      handle = await open(address.absolute, 'r');
    } catch {
      return notFound(c);
    }
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) {
        await handle.close();
        return notFound(c);
      }
      if (matchesEtag(c.req.header('if-none-match'), etag)) {
        await handle.close();
        return c.body(null, 304, headers);
      }
      if (c.req.method === 'HEAD') {
        await handle.close();
        return c.body(null, 200, { ...headers, 'Content-Length': String(stat.size) });
      }
      // The stream owns the handle from here and closes it when done or aborted.
      const body = Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
      return c.body(body, 200, { ...headers, 'Content-Length': String(stat.size) });
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
  });
}

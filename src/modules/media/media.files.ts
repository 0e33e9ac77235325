// GET /tep-tin/:year/:month/:name: the uploaded images, straight from disk. Mounted before the
// site-wide security headers, which would replace this route's stricter policy: a file is never
// a page, so it gets a sandbox CSP and nosniff, and is cached for ever (names are never reused).
// The resized copies (<name>-<width>.<avif|webp|jpg|png>) are served the same way.
import type { Context, Hono } from 'hono';
import { openStoredFile, SANDBOXED_FILE_HEADERS as FILE_HEADERS } from '../../platform/files/file-response.js';
import type { MediaStore } from './media-store.js';
import type { VariantStore } from './variant-store.js';
import { mediaText } from './media.vi.js';

const CACHE_FOREVER = 'public, max-age=31536000, immutable';

function notFound(c: Context) {
  return c.body(mediaText.fileNotFound, 404, {
    ...FILE_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

export function mountMediaFiles(app: Hono, deps: { files: MediaStore; variantFiles: VariantStore }) {
  app.get('/tep-tin/:year/:month/:name', async (c) => {
    const [year, month, name] = [c.req.param('year'), c.req.param('month'), c.req.param('name')];
    const address = deps.files.locate(year, month, name) ?? deps.variantFiles.locate(year, month, name);
    if (!address) return notFound(c);
    const etag = `"${address.name}"`;
    const headers = { ...FILE_HEADERS, 'Content-Type': address.mime, 'Cache-Control': CACHE_FOREVER, ETag: etag };
    const file = await openStoredFile(address.absolute);
    if (!file) return notFound(c);
    if (matchesEtag(c.req.header('if-none-match'), etag)) {
      await file.close();
      return c.body(null, 304, headers);
    }
    if (c.req.method === 'HEAD') {
      await file.close();
      return c.body(null, 200, { ...headers, 'Content-Length': String(file.size) });
    }
    return c.body(file.stream(), 200, { ...headers, 'Content-Length': String(file.size) });
  });
}

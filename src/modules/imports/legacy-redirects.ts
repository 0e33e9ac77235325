// Old addresses answered with a 301 to their new page. Cheap by design: nothing is asked of the
// database unless congtin itself had no page for the address (a 404), or the address is the home
// page with a query (WordPress's "/?p=123", NukeViet's "/index.php?nv=news&…" both land on "/").
// Then one lookup by the unique normalised path, and one by the target's primary key.
import type { Hono } from 'hono';
import type { Db } from '../../database.js';
import type { Clock } from '../../platform/clock.js';
import { findCategoryUrl, findPublishedArticleUrl } from '../articles/index.js';
import { normalizeLegacyPath } from './legacy-path.js';
import { findLegacyTarget } from './imports.queries.js';

async function findNewAddress(db: Db, clock: Clock, requestUrl: string): Promise<string | undefined> {
  const url = new URL(requestUrl);
  const path = normalizeLegacyPath(`${url.pathname}${url.search}`);
  if (path === undefined || path === '/') return undefined;
  const target = await findLegacyTarget(db, path);
  if (!target) return undefined;
  if (target.article_id !== null) return findPublishedArticleUrl(db, target.article_id, clock.now().toISOString());
  if (target.category_id !== null) return findCategoryUrl(db, target.category_id);
  return undefined;
}

const isHomeWithQuery = (requestUrl: string) => /^[a-z]+:\/\/[^/]+\/(index\.php)?\?/i.test(requestUrl);

export function mountLegacyRedirects(app: Hono, deps: { db: Db; clock: Clock }) {
  app.use(async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    if (isHomeWithQuery(c.req.url)) {
      const location = await findNewAddress(deps.db, deps.clock, c.req.url);
      if (location) return c.redirect(location, 301);
    }
    await next();
    if (c.res.status !== 404) return;
    const location = await findNewAddress(deps.db, deps.clock, c.req.url);
    if (!location) return;
    // Dropped first: the 404's headers (its length among them) must not carry over to the 301.
    c.res = undefined;
    c.res = new Response(null, { status: 301, headers: { location, 'cache-control': 'public, max-age=86400' } });
  });
}

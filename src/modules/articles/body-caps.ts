// How large an article request may be: the body is at most ~1 MB of HTML (the schema's limit),
// which a urlencoded form can triple. Declared before anything else runs (platform/http/body.ts).
import type { Hono } from 'hono';
import { bodyCap } from '../../platform/http/body.js';

export const ARTICLE_BODY_BYTES = 3 * 1024 * 1024;

export function capArticleBodies(app: Hono) {
  for (const path of ['/quan-tri/bai-viet', '/quan-tri/bai-viet/*', '/api/v1/articles', '/api/v1/articles/*'])
    app.use(path, bodyCap(ARTICLE_BODY_BYTES));
}

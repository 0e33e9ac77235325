// The register's public side: /van-ban (page-cached; lists with search words or an issuer go to the
// small search cache, so endless distinct queries cannot push articles out), /van-ban/:slug
// (page-cached), and the file at /van-ban/:slug/tai-ve (a sandboxed download, nosniff).
import type { Context, Hono } from 'hono';
import { SANDBOXED_FILE_HEADERS } from '../../platform/files/file-response.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { sendPage, type PageCache } from '../../platform/http/page-cache.js';
import { readPageNumber, readQueryParam } from '../../platform/http/query.js';
import type { PublicPageRenderer } from '../../platform/views/public-page.js';
import { contentDisposition } from '../attachments/index.js';
import { type DocumentQuery, documentQuerySchema } from './documents.schema.js';
import { documentError, type DocumentsService } from './documents.service.js';
import { documentsText } from './documents.vi.js';
import { DocumentListPage, DocumentPage, listHref } from './views/public-pages.js';

const t = documentsText.public;

type PublicDeps = {
  documents: DocumentsService;
  pageCache: PageCache;
  searchCache: PageCache;
  renderPage: PublicPageRenderer;
};

const QUERY_FIELDS = ['q', 'kind', 'issuer', 'year'] as const;

/** The list's filters as typed: each parameter's text, or undefined when absent. */
export function readTypedQuery(c: Context): Record<(typeof QUERY_FIELDS)[number], string | undefined> {
  return Object.fromEntries(QUERY_FIELDS.map((k) => [k, readQueryParam(c, k)])) as Record<
    (typeof QUERY_FIELDS)[number],
    string | undefined
  >;
}

/** Malformed filters: the list page again, 400, saying what is wrong (never cached). */
async function refuseQuery(c: Context, deps: PublicDeps, errors: Record<string, string>) {
  const choices = await deps.documents.filterChoices();
  const body = await deps.renderPage(
    { title: t.title, description: t.description, path: '/van-ban', noindex: true },
    <DocumentListPage query={{}} items={[]} total={0} page={1} pages={1} {...choices} errors={errors} />,
  );
  return c.body(new Uint8Array(body), 400, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
}

async function renderList(deps: PublicDeps, query: DocumentQuery, page: number) {
  const [found, choices] = await Promise.all([deps.documents.list(query, page), deps.documents.filterChoices()]);
  if (page > found.pages) throw new NotFoundError('PAGE_OUT_OF_RANGE');
  const filtered = Boolean(query.q || query.kind || query.issuer || query.year);
  return deps.renderPage(
    {
      title: page > 1 ? `${t.title} - ${t.pageOf(page)}` : t.title,
      description: t.description,
      path: listHref(query, page),
      noindex: filtered,
      currentNav: '/van-ban',
    },
    <DocumentListPage query={query} {...found} {...choices} />,
  );
}

export function mountDocumentPages(app: Hono, deps: PublicDeps) {
  const { documents } = deps;

  app.get('/van-ban', async (c) => {
    const parsed = documentQuerySchema.safeParse(readTypedQuery(c));
    if (!parsed.success) return refuseQuery(c, deps, fieldErrors(parsed.error));
    const query = parsed.data;
    const page = readPageNumber(c);
    const cache = query.q || query.issuer ? deps.searchCache : deps.pageCache;
    const cached = await cache.get(listHref(query, page), async () => ({ body: await renderList(deps, query, page) }));
    return sendPage(c, cached);
  });

  app.get('/van-ban/:slug', async (c) => {
    const slug = c.req.param('slug');
    const doc = /^[a-z0-9-]{1,140}$/.test(slug) ? slug : undefined;
    if (!doc) throw new NotFoundError(documentError('DOCUMENT_NOT_FOUND'));
    const page = await deps.pageCache.get(`/van-ban/${doc}`, async () => {
      const found = await documents.findBySlug(doc);
      if (!found) throw new NotFoundError(documentError('DOCUMENT_NOT_FOUND'));
      const body = await deps.renderPage(
        {
          title: t.pageTitle(found.kindLabel, found.number),
          description: found.title,
          path: found.url,
          publishedAt: found.createdAt,
          currentNav: '/van-ban',
        },
        <DocumentPage doc={found} />,
      );
      return { body };
    });
    return sendPage(c, page);
  });
}

/**
 * GET /van-ban/:slug/tai-ve: the document's file. Mounted before the site-wide security headers,
 * so it keeps its own: a sandbox policy and nosniff, sent as a download under its stored type.
 */
export function mountDocumentFiles(app: Hono, deps: { documents: DocumentsService }) {
  app.on(['GET', 'HEAD'], '/van-ban/:slug/tai-ve', async (c, next) => {
    const found = await deps.documents.openFile(c.req.param('slug'));
    // No such file: on to the site-wide headers and the readers' 404 page, like any unknown address.
    if (!found) return next();
    const headers = {
      ...SANDBOXED_FILE_HEADERS,
      'Cache-Control': 'public, max-age=300',
      'Content-Type': found.file.mime,
      'Content-Disposition': contentDisposition(found.file.name),
      'Content-Length': String(found.opened.size),
    };
    if (c.req.method === 'HEAD') {
      await found.opened.close();
      return c.body(null, 200, headers);
    }
    return c.body(found.opened.stream(), 200, headers);
  });
}

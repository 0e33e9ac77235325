// GET /api/v1/documents: the public register as JSON, with the list page's filters and search.
import type { Hono } from 'hono';
import { z } from 'zod';
import { errorResponseSchema, type ApiDocs } from '../../platform/http/api-docs.js';
import { mountApiRoute } from '../../platform/http/api-route.js';
import { AppError, codedMessages } from '../../platform/http/errors.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { readPageNumber } from '../../platform/http/query.js';
import { documentQuerySchema } from './documents.schema.js';
import type { DocumentsService } from './documents.service.js';
import { readTypedQuery } from './documents.public.js';
import { documentsText } from './documents.vi.js';

const t = documentsText.api;
const refused = codedMessages(documentsText.errors)('DOCUMENT_QUERY_INVALID');

const itemSchema = z.object({
  id: z.number().int(),
  number: z.string(),
  kind: z.string(),
  issuer: z.string(),
  issuedOn: z.string().describe('YYYY-MM-DD'),
  title: z.string(),
  url: z.string(),
});
const listSchema = z.object({
  items: z.array(itemSchema).describe(t.items),
  total: z.number().int().describe(t.total),
  page: z.number().int(),
});
const querySchema = z.object({
  q: z.string().optional().describe(t.q),
  kind: z.string().optional().describe(t.kind),
  issuer: z.string().optional().describe(t.issuer),
  year: z.string().optional().describe(t.year),
  page: z.string().optional().describe(t.page),
});

export function mountDocumentsApi(app: Hono, deps: { documents: DocumentsService; docs: ApiDocs }) {
  mountApiRoute(
    app,
    deps.docs,
    {
      method: 'get',
      path: '/api/v1/documents',
      summary: t.listSummary,
      query: querySchema,
      responses: {
        200: { description: t.ok, content: { 'application/json': { schema: listSchema } } },
        400: { description: t.invalid, content: { 'application/json': { schema: errorResponseSchema } } },
      },
    },
    async (c) => {
      const parsed = documentQuerySchema.safeParse(readTypedQuery(c));
      if (!parsed.success) throw new AppError(refused, 400, fieldErrors(parsed.error));
      const page = readPageNumber(c, 'page');
      const found = await deps.documents.list(parsed.data, page);
      const items = found.items.map((d) => ({
        id: d.id,
        number: d.number,
        kind: d.kind,
        issuer: d.issuer,
        issuedOn: d.issuedOn,
        title: d.title,
        url: d.url,
      }));
      return c.json({ items, total: found.total, page } satisfies z.infer<typeof listSchema>);
    },
  );
}

// The JSON API described once, from the same zod schemas the handlers use: modules register
// their paths here next to their routes; /api/v1/openapi.json serves the OpenAPI 3 document and
// /api/docs a readable Vietnamese page of it (server-rendered, no script).
import { cspNonce } from './security-headers.js';
import { OpenApiGeneratorV3, OpenAPIRegistry, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { Hono } from 'hono';
import { z } from 'zod';
import type { StaffPageRenderer } from '../views/staff-layout.js';
import { vi } from '../i18n/vi.js';

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string().describe(vi.apiDocs.errorCode),
    message: z.string().describe(vi.apiDocs.errorMessage),
    requestId: z.string(),
    fields: z.record(z.string(), z.string()).optional().describe(vi.apiDocs.errorFields),
  }),
});

type SecurityScheme =
  | { type: 'http'; scheme: 'bearer'; bearerFormat?: string; description?: string }
  | { type: 'apiKey'; in: 'cookie' | 'header'; name: string; description?: string };

type Operation = { summary?: string; description?: string; responses?: Record<string, { description?: string }> };
type OpenApiDocument = ReturnType<OpenApiGeneratorV3['generateDocument']>;

/** The document as a readable page: each operation with its summary and its answers. */
function ApiDocsPage({ doc }: { doc: OpenApiDocument }) {
  return (
    <section>
      <h1 class="block-title">{vi.apiDocs.title}</h1>
      <p>
        {vi.apiDocs.introBeforeLink} <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
        {vi.apiDocs.introBeforeCode} <code>{'{"error":{"code","message","requestId"}}'}</code>{' '}
        {vi.apiDocs.introAfterCode}
      </p>
      <p>{doc.info.description}</p>
      {Object.entries(doc.paths ?? {}).map(([path, item]) =>
        Object.entries(item as Record<string, Operation>).map(([method, op]) => (
          <article class="block">
            <h2>
              <code>
                {method.toUpperCase()} {path}
              </code>
            </h2>
            {op.summary ? (
              <p>
                <strong>{op.summary}</strong>
              </p>
            ) : null}
            {op.description ? <p>{op.description}</p> : null}
            <ul>
              {Object.entries(op.responses ?? {}).map(([status, r]) => (
                <li>
                  {status}: {r.description}
                </li>
              ))}
            </ul>
          </article>
        )),
      )}
    </section>
  );
}

export function createApiDocs() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'ct_…',
    description: vi.apiDocs.bearerAuth,
  });
  let document: ReturnType<OpenApiGeneratorV3['generateDocument']> | undefined;

  function generate(siteName: string) {
    document ??= new OpenApiGeneratorV3(registry.definitions).generateDocument({
      openapi: '3.0.3',
      info: { title: vi.apiDocs.documentTitle(siteName), version: '1', description: vi.apiDocs.description },
      servers: [{ url: '/' }],
    });
    return document;
  }

  return {
    register(route: RouteConfig) {
      registry.registerPath(route);
    },
    /** Named ways to authenticate, for routes' `security` lists (bearerAuth is built in). */
    registerSecurityScheme(name: string, scheme: SecurityScheme) {
      registry.registerComponent('securitySchemes', name, scheme);
    },
    mount(app: Hono, deps: { siteName: () => string; renderPage: StaffPageRenderer }) {
      app.get('/api/v1/openapi.json', (c) =>
        c.json(generate(deps.siteName()), 200, { 'Cache-Control': 'public, max-age=300' }),
      );
      app.get('/api/docs', async (c) => {
        const doc = generate(deps.siteName());
        const body = await deps.renderPage({
          nonce: cspNonce(c),
          title: vi.apiDocs.title,
          children: <ApiDocsPage doc={doc} />,
        });
        return c.body(new Uint8Array(body), 200, { 'Content-Type': 'text/html; charset=utf-8' });
      });
    },
  };
}

export type ApiDocs = ReturnType<typeof createApiDocs>;

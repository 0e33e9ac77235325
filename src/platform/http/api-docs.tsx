// The JSON API described once, from the same zod schemas the handlers use: modules register
// their paths here next to their routes; /api/v1/openapi.json serves the OpenAPI 3 document and
// /api/docs a readable Vietnamese page of it (server-rendered, no script).
import { OpenApiGeneratorV3, OpenAPIRegistry, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { Hono } from 'hono';
import { z } from 'zod';
import type { StaffPageRenderer } from '../views/staff-layout.js';

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string().describe('Mã lỗi ổn định, ví dụ QUERY_TOO_LONG'),
    message: z.string().describe('Thông báo tiếng Việt'),
    requestId: z.string(),
    fields: z.record(z.string(), z.string()).optional().describe('Lỗi theo từng trường'),
  }),
});

export function createApiDocs() {
  const registry = new OpenAPIRegistry();
  let document: ReturnType<OpenApiGeneratorV3['generateDocument']> | undefined;

  function generate(siteName: string) {
    document ??= new OpenApiGeneratorV3(registry.definitions).generateDocument({
      openapi: '3.0.3',
      info: { title: `API cổng thông tin ${siteName}`, version: '1', description: 'JSON; thông báo lỗi bằng tiếng Việt.' },
      servers: [{ url: '/' }],
    });
    return document;
  }

  return {
    register(route: RouteConfig) {
      registry.registerPath(route);
    },
    mount(app: Hono<any>, deps: { siteName: () => string; renderPage: StaffPageRenderer }) {
      app.get('/api/v1/openapi.json', (c) => c.json(generate(deps.siteName()), 200, { 'Cache-Control': 'public, max-age=300' }));
      app.get('/api/docs', async (c) => {
        const doc = generate(deps.siteName());
        const body = await deps.renderPage({
          title: 'Tài liệu API',
          children: (
            <section>
              <h1 class="block-title">Tài liệu API</h1>
              <p>
                Bản mô tả OpenAPI 3: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>. Mọi lỗi trả về <code>{'{"error":{"code","message","requestId"}}'}</code> với thông báo tiếng Việt.
              </p>
              {Object.entries(doc.paths ?? {}).map(([path, item]) =>
                Object.entries(item as Record<string, { summary?: string; description?: string; responses?: Record<string, { description?: string }> }>).map(([method, op]) => (
                  <article class="block">
                    <h2>
                      <code>
                        {method.toUpperCase()} {path}
                      </code>
                    </h2>
                    {op.summary ? <p><strong>{op.summary}</strong></p> : null}
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
          ),
        });
        return c.body(new Uint8Array(body), 200, { 'Content-Type': 'text/html; charset=utf-8' });
      });
    },
  };
}

export type ApiDocs = ReturnType<typeof createApiDocs>;

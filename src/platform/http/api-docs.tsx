// The JSON API described once, from the same zod schemas the handlers use: modules register
// their paths here next to their routes; /api/v1/openapi.json serves the OpenAPI 3 document and
// /api/docs a readable Vietnamese page of it (server-rendered, no script).
import { cspNonce } from './security-headers.js';
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

type SecurityScheme =
  | { type: 'http'; scheme: 'bearer'; bearerFormat?: string; description?: string }
  | { type: 'apiKey'; in: 'cookie' | 'header'; name: string; description?: string };

const DESCRIPTION =
  'JSON; thông báo lỗi bằng tiếng Việt. Xác thực bằng một trong hai cách. (1) Cookie phiên: POST /api/v1/auth/login; ' +
  'mọi yêu cầu thay đổi dữ liệu gửi kèm header X-CSRF-Token. (2) Mã API cá nhân: đăng nhập trang quản trị, mở ' +
  'Quản trị → Mã API (/quan-tri/ma-api), tạo mã (chỉ hiện một lần, hãy sao chép ngay) rồi gửi trong header ' +
  '"Authorization: Bearer ct_…"; yêu cầu dùng mã API không cần X-CSRF-Token. Mã sai, hết hạn, đã thu hồi hoặc của ' +
  'tài khoản bị khóa nhận 401 INVALID_TOKEN với header WWW-Authenticate. Mã API chỉ dùng cho /api, không mở trang quản trị.';

export function createApiDocs() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'ct_…',
    description: 'Mã API cá nhân, tạo tại Quản trị → Mã API (/quan-tri/ma-api).',
  });
  let document: ReturnType<OpenApiGeneratorV3['generateDocument']> | undefined;

  function generate(siteName: string) {
    document ??= new OpenApiGeneratorV3(registry.definitions).generateDocument({
      openapi: '3.0.3',
      info: { title: `API cổng thông tin ${siteName}`, version: '1', description: DESCRIPTION },
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
          title: 'Tài liệu API',
          children: (
            <section>
              <h1 class="block-title">Tài liệu API</h1>
              <p>
                Bản mô tả OpenAPI 3: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>. Mọi lỗi trả về{' '}
                <code>{'{"error":{"code","message","requestId"}}'}</code> với thông báo tiếng Việt.
              </p>
              <p>{doc.info.description}</p>
              {Object.entries(doc.paths ?? {}).map(([path, item]) =>
                Object.entries(
                  item as Record<
                    string,
                    { summary?: string; description?: string; responses?: Record<string, { description?: string }> }
                  >,
                ).map(([method, op]) => (
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
          ),
        });
        return c.body(new Uint8Array(body), 200, { 'Content-Type': 'text/html; charset=utf-8' });
      });
    },
  };
}

export type ApiDocs = ReturnType<typeof createApiDocs>;

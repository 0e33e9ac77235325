// The API is described by an OpenAPI document generated from the handlers' own zod schemas.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('API description', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite');
  });
  after(() => t.dispose());

  it('serves an OpenAPI 3 document with every public endpoint and its schemas', async () => {
    const res = await t.request('/api/v1/openapi.json');
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, any>> };
    assert.match(doc.openapi, /^3\./);
    // Every JSON route the app answers is described, and every description is a route it answers:
    // both come from one declaration per endpoint (platform/http/api-route.ts).
    const routed = new Set(
      t.app.routes
        .filter((r) => r.method !== 'ALL' && (r.path.startsWith('/api/v1/') || r.path === '/healthz'))
        .filter((r) => r.path !== '/api/v1/openapi.json')
        .map((r) => `${r.method.toLowerCase()} ${r.path}`),
    );
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, item]) =>
        Object.keys(item).map((method) => `${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    assert.deepEqual(
      [...routed].filter((r) => !documented.has(r)),
      [],
      'routed but not documented',
    );
    assert.deepEqual(
      [...documented].filter((r) => !routed.has(r)),
      [],
      'documented but not routed',
    );
    assert.ok(documented.size >= 25, `only ${documented.size} operations described`);
    // The newsroom's create call is described from the handler's own schema, Vietnamese messages and all.
    const create = doc.paths['/api/v1/articles']!.post;
    assert.deepEqual(create.requestBody.content['application/json'].schema.required.sort(), ['categorySlug', 'title']);
    assert.deepEqual(Object.keys(create.responses).sort(), ['201', '400', '401', '403']);
    assert.deepEqual(doc.paths['/api/v1/articles/{id}']!.patch.security, [{ cookieAuth: [] }, { bearerAuth: [] }]);
    const hitBody = doc.paths['/api/v1/hit']!.post.requestBody.content['application/json'].schema;
    assert.deepEqual(hitBody.required, ['path']);
    assert.equal(hitBody.properties.path.maxLength, 2048);
    const list = doc.paths['/api/v1/articles']!.get.responses['200'].content['application/json'].schema;
    assert.deepEqual(Object.keys(list.properties.items.items.properties).sort(), [
      'author',
      'id',
      'lead',
      'publishedAt',
      'slug',
      'title',
      'url',
      'views',
    ]);
  });

  it('shows the description as a readable Vietnamese page at /api/docs', async () => {
    const res = await t.request('/api/docs');
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /Tài liệu API/);
    assert.match(html, /POST \/api\/v1\/hit/);
    assert.match(html, /Đếm một lượt xem trang/);
  });
});

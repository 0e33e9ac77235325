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
    assert.deepEqual(Object.keys(doc.paths).sort(), [
      '/api/v1/articles',
      '/api/v1/articles/{id}',
      '/api/v1/articles/{id}/publish',
      '/api/v1/articles/{id}/reject',
      '/api/v1/articles/{id}/submit',
      '/api/v1/articles/{id}/unpublish',
      '/api/v1/auth/login',
      '/api/v1/auth/logout',
      '/api/v1/auth/me',
      '/api/v1/hit',
      '/api/v1/hit.gif',
      '/api/v1/plans',
      '/api/v1/plans/{id}',
      '/api/v1/plans/{id}/dashboard',
      '/api/v1/plans/{id}/tasks',
      '/api/v1/programmes',
      '/api/v1/reports/{id}',
      '/api/v1/stats',
      '/api/v1/tasks/{id}',
      '/api/v1/tasks/{id}/reports',
      '/api/v1/units',
      '/api/v1/units/{id}/tasks',
      '/healthz',
    ]);
    // The newsroom's create call is described from the handler's own schema, Vietnamese messages and all.
    const create = doc.paths['/api/v1/articles']!.post;
    assert.deepEqual(create.requestBody.content['application/json'].schema.required.sort(), ['categorySlug', 'title']);
    assert.deepEqual(Object.keys(create.responses).sort(), ['201', '400', '401', '403']);
    assert.deepEqual(doc.paths['/api/v1/articles/{id}']!.patch.security, [{ cookieAuth: [] }, { bearerAuth: [] }]);
    const hitBody = doc.paths['/api/v1/hit']!.post.requestBody.content['application/json'].schema;
    assert.deepEqual(hitBody.required, ['path']);
    assert.equal(hitBody.properties.path.maxLength, 2048);
    const list = doc.paths['/api/v1/articles']!.get.responses['200'].content['application/json'].schema;
    assert.deepEqual(Object.keys(list.properties.items.items.properties).sort(), ['author', 'id', 'lead', 'publishedAt', 'slug', 'title', 'url', 'views']);
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

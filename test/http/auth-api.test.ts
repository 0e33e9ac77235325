// The session API: JSON login/me/logout with the same rules as the form. Both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

for (const dialect of dialectsUnderTest()) {
  describe(`auth API [${dialect}]`, () => {
    let t: TestApp;
    const login = (body: unknown, headers: Record<string, string> = {}) =>
      t.request('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const errorOf = async (res: Response) =>
      ((await res.json()) as { error: { code: string; message: string; fields?: Record<string, string> } }).error;

    before(async () => {
      t = await startTestApp(dialect, { env: { TRUST_PROXY: '127.0.0.1' } });
    });
    after(() => t.dispose());

    it('logs in, tells who is logged in, and logs out only with the CSRF token', async () => {
      const res = await login({ email: 'bientap@congtin.demo', password: 'LaoCai-Demo-2026' });
      assert.equal(res.status, 200);
      const body = (await res.json()) as { user: { email: string; roles: string[] }; csrfToken: string };
      assert.deepEqual([body.user.email, body.user.roles], ['bientap@congtin.demo', ['editor']]);
      const cookie = /congtin_phien=[^;]+/.exec(res.headers.get('set-cookie')!)![0];
      const me = await t.request('/api/v1/auth/me', { headers: { cookie } });
      assert.equal(me.status, 200);
      assert.equal(((await me.json()) as { csrfToken: string }).csrfToken, body.csrfToken);
      const noToken = await t.request('/api/v1/auth/logout', {
        method: 'POST',
        headers: { cookie, origin: 'https://congtin.test' },
      });
      assert.equal(noToken.status, 403);
      assert.equal((await errorOf(noToken)).code, 'CSRF_REJECTED');
      const out = await t.request('/api/v1/auth/logout', {
        method: 'POST',
        headers: { cookie, origin: 'https://congtin.test', 'x-csrf-token': body.csrfToken },
      });
      assert.equal(out.status, 204);
      const after = await t.request('/api/v1/auth/me', { headers: { cookie } });
      assert.equal(after.status, 401);
      assert.equal((await errorOf(after)).code, 'LOGIN_REQUIRED');
    });

    it('answers a wrong password and an unknown e-mail alike, in Vietnamese', async () => {
      const wrong = await login(
        { email: 'bientap@congtin.demo', password: 'sai' },
        { 'x-forwarded-for': '198.51.100.1' },
      );
      const unknown = await login(
        { email: 'ai-do@congtin.demo', password: 'sai' },
        { 'x-forwarded-for': '198.51.100.1' },
      );
      assert.deepEqual([wrong.status, unknown.status], [401, 401]);
      const [a, b] = [await errorOf(wrong), await errorOf(unknown)];
      assert.deepEqual([a.code, a.message], [b.code, b.message]);
      assert.equal(a.message, 'Email hoặc mật khẩu không đúng.');
    });

    it('refuses bad JSON, missing fields and another site with 4xx and Vietnamese messages', async () => {
      const bad = await login('{"email":');
      assert.equal(bad.status, 400);
      assert.equal((await errorOf(bad)).code, 'INVALID_JSON');
      const missing = await login({ email: 'khong-phai-email' });
      assert.equal(missing.status, 400);
      const fields = (await errorOf(missing)).fields!;
      assert.equal(fields.email, 'Email không hợp lệ.');
      assert.equal(fields.password, 'Hãy nhập mật khẩu.');
      const cross = await login(
        { email: 'bientap@congtin.demo', password: 'LaoCai-Demo-2026' },
        { origin: 'https://evil.example' },
      );
      assert.equal(cross.status, 403);
      const huge = await login({ email: 'a@b.vn', password: 'x'.repeat(10_000) });
      assert.equal(huge.status, 413);
    });

    it('throttles like the form: 429 with Retry-After and its own code', async () => {
      for (let i = 0; i < 5; i++)
        await login({ email: 'lanhdao@congtin.demo', password: 'sai' }, { 'x-forwarded-for': '203.0.113.9' });
      const res = await login(
        { email: 'lanhdao@congtin.demo', password: 'LaoCai-Demo-2026' },
        { 'x-forwarded-for': '203.0.113.9' },
      );
      assert.equal(res.status, 429);
      assert.ok(Number(res.headers.get('retry-after')) > 0);
      assert.equal((await errorOf(res)).code, 'LOGIN_THROTTLED');
    });
  });
}

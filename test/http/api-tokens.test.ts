// Personal API tokens: made in /quan-tri/ma-api, shown once, sent as `Authorization: Bearer` to
// /api/*, refused (401 + WWW-Authenticate) once revoked, expired or their user is disabled, and
// never a key to the HTML staff pages. On both databases.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { BROWSER_UA, postHit, startTestApp, type TestApp } from '../support/test-app.js';
import { loginAs, postForm, type StaffSession } from '../support/staff.js';

const PASSWORD = 'LaoCai-Demo-2026';
const ADMIN = 'quantri@congtin.demo';
const EDITOR = 'bientap@congtin.demo';
const CONTRIBUTOR = 'congtacvien@congtin.demo';
const UNIT = 'donvi@congtin.demo';
const LEADER = 'lanhdao@congtin.demo';
const TOKEN = /ct_[A-Za-z0-9_-]{43}/g;
const INVALID_TOKEN = 'Mã API không hợp lệ, đã hết hạn hoặc đã bị thu hồi.';
const DAY_MS = 24 * 3600_000;

interface ApiError {
  error: { code: string; message: string; requestId: string };
}

for (const dialect of dialectsUnderTest()) {
  describe(`API tokens [${dialect}]`, () => {
    let t: TestApp;

    before(async () => {
      t = await startTestApp(dialect);
    });
    after(() => t.dispose());

    /** Creates a token through the form; returns it and the page that showed it. */
    async function createToken(session: StaffSession, name: string, expiry = '90') {
      const res = await postForm(t, '/quan-tri/ma-api', session, { name, expiry });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('location'), null);
      const html = await res.text();
      const shown = html.match(TOKEN) ?? [];
      assert.equal(shown.length, 1, 'the new token is on the page exactly once');
      const token = shown[0]!;
      const row = await t.db
        .selectFrom('api_tokens')
        .select(['id', 'token_hash'])
        .where('prefix', '=', token.slice(0, 8))
        .executeTakeFirstOrThrow();
      return { token, id: row.id, html };
    }

    const me = (token: string, headers: Record<string, string> = {}) =>
      t.request('/api/v1/auth/me', { headers: { authorization: `Bearer ${token}`, ...headers } });

    async function assertRefused(res: Response, code = 'INVALID_TOKEN') {
      assert.equal(res.status, 401);
      assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer\b/);
      const body = (await res.json()) as ApiError;
      assert.equal(body.error.code, code);
      if (code === 'INVALID_TOKEN') assert.equal(body.error.message, INVALID_TOKEN);
      assert.ok(body.error.requestId);
    }

    it('a contributor creates a token in the admin, sees it once, and it answers /api/v1/auth/me as them', async () => {
      const contributor = await loginAs(t, CONTRIBUTOR, PASSWORD);
      const { token, html } = await createToken(contributor, 'Đồng bộ tin lên cổng tỉnh');
      assert.match(html, /Hãy sao chép mã này ngay/);

      const res = await me(token);
      assert.equal(res.status, 200);
      const body = (await res.json()) as { user: { email: string; roles: string[] }; csrfToken: string };
      assert.deepEqual([body.user.email, body.user.roles], [CONTRIBUTOR, ['contributor']]);
      assert.equal(body.csrfToken, '');

      // Never again: not in the list, and the database holds only its SHA-256.
      const list = await (await t.request('/quan-tri/ma-api', { headers: { cookie: contributor.cookie } })).text();
      assert.ok(!list.includes(token));
      assert.match(list, /Đồng bộ tin lên cổng tỉnh/);
      assert.ok(list.includes(`${token.slice(0, 8)}…`), 'the prefix tells tokens apart');
      assert.match(list, /Đang dùng/);
      const rows = await t.db.selectFrom('api_tokens').selectAll().execute();
      const stored = JSON.stringify(rows);
      assert.ok(!stored.includes(token) && !stored.includes(token.slice(3)), 'no plaintext token in the table');
      assert.ok(rows.some((r) => r.token_hash === createHash('sha256').update(token).digest('hex')));
      const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'token.created').execute();
      assert.ok(audit.some((a) => a.actor === CONTRIBUTOR && a.detail.includes('Đồng bộ tin lên cổng tỉnh')));
    });

    it('refuses no, unknown and malformed tokens with 401, a Vietnamese JSON error and WWW-Authenticate', async () => {
      await assertRefused(await t.request('/api/v1/auth/me'), 'LOGIN_REQUIRED');
      await assertRefused(await me(`ct_${'A'.repeat(43)}`));
      for (const malformed of [
        '',
        'abc',
        'ct_short',
        `ct_${'A'.repeat(44)}`,
        `xx_${'A'.repeat(43)}`,
        `ct_${'A'.repeat(42)}=`,
      ]) {
        await assertRefused(await me(malformed));
      }
      // A dead token is refused even beside a live session cookie: the script must learn it.
      const editor = await loginAs(t, EDITOR, PASSWORD);
      await assertRefused(await me(`ct_${'B'.repeat(43)}`, { cookie: editor.cookie }));
    });

    it('stops a revoked token, an expired token, a disabled user’s token and tokens older than a password reset', async () => {
      const contributor = await loginAs(t, CONTRIBUTOR, PASSWORD);
      const revoked = await createToken(contributor, 'Sẽ thu hồi');
      assert.equal((await me(revoked.token)).status, 200);
      const res = await postForm(t, `/quan-tri/ma-api/${revoked.id}/thu-hoi`, contributor, {});
      assert.equal(res.status, 303);
      assert.match(res.headers.get('location')!, /^\/quan-tri\/ma-api\?tb=/);
      await assertRefused(await me(revoked.token));
      const list = await (
        await t.request(res.headers.get('location')!, { headers: { cookie: contributor.cookie } })
      ).text();
      assert.match(list, /Đã thu hồi mã API/);
      assert.match(list, /Đã thu hồi<\/span>/);

      const admin = await loginAs(t, ADMIN, PASSWORD);
      const unit = await loginAs(t, UNIT, PASSWORD);
      const unitToken = await createToken(unit, 'Báo cáo tiến độ đơn vị');
      const unitId = (await t.accounts.service.listUsers()).find((u) => u.email === UNIT)!.id;
      assert.equal((await postForm(t, `/quan-tri/nguoi-dung/${unitId}/khoa`, admin, { disabled: '1' })).status, 303);
      await assertRefused(await me(unitToken.token));
      // Disabling suspends tokens (the check reads the flag); enabling the account again restores them.
      assert.equal((await postForm(t, `/quan-tri/nguoi-dung/${unitId}/khoa`, admin, { disabled: '0' })).status, 303);
      assert.equal((await me(unitToken.token)).status, 200);

      const leader = await loginAs(t, LEADER, PASSWORD);
      const leaderToken = await createToken(leader, 'Bảng điều khiển lãnh đạo');
      const leaderId = (await t.accounts.service.listUsers()).find((u) => u.email === LEADER)!.id;
      assert.equal(
        (await postForm(t, `/quan-tri/nguoi-dung/${leaderId}/mat-khau`, admin, { password: 'Sa Pa mùa lúa chín 2026' }))
          .status,
        303,
      );
      // A new password revokes the user's tokens for good, as it ends their sessions.
      await assertRefused(await me(leaderToken.token));
      const revokedRow = await t.db
        .selectFrom('api_tokens')
        .select('revoked_at')
        .where('id', '=', leaderToken.id)
        .executeTakeFirstOrThrow();
      assert.ok(revokedRow.revoked_at);

      const expiring = await createToken(contributor, 'Hết hạn sau 30 ngày', '30');
      assert.equal((await me(expiring.token)).status, 200);
      t.clock.advance(30 * DAY_MS - 1000);
      assert.equal((await me(expiring.token)).status, 200);
      t.clock.advance(1000);
      await assertRefused(await me(expiring.token));
      const later = await loginAs(t, CONTRIBUTOR, PASSWORD);
      assert.match(
        await (await t.request('/quan-tri/ma-api', { headers: { cookie: later.cookie } })).text(),
        /Hết hạn<\/span>/,
      );
    });

    it('never opens the HTML staff area with a bearer token', async () => {
      const editor = await loginAs(t, EDITOR, PASSWORD);
      const { token } = await createToken(editor, 'Không mở trang quản trị');
      for (const path of ['/quan-tri', '/quan-tri/ma-api', '/quan-tri/chuyen-muc']) {
        const res = await t.request(path, { headers: { authorization: `Bearer ${token}` } });
        assert.equal(res.status, 303, path);
        assert.match(res.headers.get('location')!, /^\/dang-nhap/);
      }
      const logoutPage = await t.request('/dang-xuat', { headers: { authorization: `Bearer ${token}` } });
      assert.equal(logoutPage.status, 303);
      assert.equal(logoutPage.headers.get('location'), '/');
      // Nor can it make a token: the form POST without a session goes to the login page.
      const post = await t.request('/quan-tri/ma-api', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/x-www-form-urlencoded',
          origin: 'https://congtin.test',
        },
        body: 'name=x&expiry=never',
      });
      assert.equal(post.status, 303);
      assert.match(post.headers.get('location')!, /^\/dang-nhap/);
    });

    it('lets only the owner or an admin revoke a token', async () => {
      const editor = await loginAs(t, EDITOR, PASSWORD);
      const contributor = await loginAs(t, CONTRIBUTOR, PASSWORD);
      const admin = await loginAs(t, ADMIN, PASSWORD);
      const { token, id } = await createToken(editor, 'Xuất bản tự động');

      assert.equal((await postForm(t, `/quan-tri/ma-api/${id}/thu-hoi`, contributor, {})).status, 403);
      assert.equal(
        (await t.request('/quan-tri/ma-api?tat-ca=1', { headers: { cookie: contributor.cookie } })).status,
        403,
      );
      assert.equal((await me(token)).status, 200);
      const ownList = await (await t.request('/quan-tri/ma-api', { headers: { cookie: contributor.cookie } })).text();
      assert.ok(!ownList.includes('Xuất bản tự động'), 'a contributor does not see the editor’s tokens');

      const all = await (await t.request('/quan-tri/ma-api?tat-ca=1', { headers: { cookie: admin.cookie } })).text();
      assert.match(all, /Mã API của mọi người dùng/);
      assert.match(all, /Xuất bản tự động/);
      assert.ok(all.includes(EDITOR));
      const res = await postForm(t, `/quan-tri/ma-api/${id}/thu-hoi`, admin, { tiep: 'tat-ca' });
      assert.equal(res.status, 303);
      assert.match(res.headers.get('location')!, /tat-ca=1/);
      await assertRefused(await me(token));
      const revokedBy = await t.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'token.revoked')
        .where('target', '=', EDITOR)
        .execute();
      assert.deepEqual(
        revokedBy.map((a) => a.actor),
        [ADMIN],
      );
      assert.equal((await postForm(t, '/quan-tri/ma-api/999999/thu-hoi', admin, {})).status, 404);
      assert.equal((await postForm(t, '/quan-tri/ma-api/abc/thu-hoi', admin, {})).status, 404);
    });

    it('records the last use at most once a minute, shown in Vietnam time', async () => {
      t.clock.set('2027-01-05T03:00:00Z');
      const editor = await loginAs(t, EDITOR, PASSWORD);
      const { token, id } = await createToken(editor, 'Đếm lần dùng');
      const lastUsed = async () =>
        (await t.db.selectFrom('api_tokens').select('last_used_at').where('id', '=', id).executeTakeFirstOrThrow())
          .last_used_at;
      assert.equal(await lastUsed(), null);
      assert.equal((await me(token)).status, 200);
      assert.equal(await lastUsed(), '2027-01-05T03:00:00.000Z');
      t.clock.advance(30_000);
      assert.equal((await me(token)).status, 200);
      assert.equal(await lastUsed(), '2027-01-05T03:00:00.000Z');
      t.clock.advance(31_000);
      assert.equal((await me(token)).status, 200);
      assert.equal(await lastUsed(), '2027-01-05T03:01:01.000Z');
      const list = await (await t.request('/quan-tri/ma-api', { headers: { cookie: editor.cookie } })).text();
      assert.match(list, /05\/01\/2027 10:01/, 'dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh');
      assert.match(list, /05\/04\/2027 10:00/, 'expires 90 days after creation');
    });

    it('needs no CSRF token with a bearer token, and logout explains that tokens are revoked in the admin', async () => {
      const contributor = await loginAs(t, CONTRIBUTOR, PASSWORD);
      const { token } = await createToken(contributor, 'Thử đăng xuất');
      const res = await t.request('/api/v1/auth/logout', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(res.status, 400);
      const body = (await res.json()) as ApiError;
      assert.equal(body.error.code, 'LOGOUT_NOT_FOR_TOKENS');
      assert.match(body.error.message, /thu hồi mã tại Quản trị → Mã API/);
      assert.equal((await me(token)).status, 200, 'the token still works');
      // The cookie still needs its CSRF token.
      const cookieOnly = await t.request('/api/v1/auth/logout', {
        method: 'POST',
        headers: { cookie: contributor.cookie, origin: 'https://congtin.test' },
      });
      assert.equal(cookieOnly.status, 403);
    });

    it('does not count a hit sent with a staff token', async () => {
      const editor = await loginAs(t, EDITOR, PASSWORD);
      const { token } = await createToken(editor, 'Thử bộ đếm');
      const before = (await (await t.request('/api/v1/stats')).json()) as { total: number };
      const staffHit = await postHit(
        t,
        { path: '/' },
        { authorization: `Bearer ${token}`, 'x-forwarded-for': '198.51.100.7' },
      );
      assert.equal(staffHit.status, 200);
      assert.equal(((await staffHit.json()) as { total: number }).total, before.total);
      const readerHit = await postHit(t, { path: '/' }, { 'user-agent': `${BROWSER_UA} reader` });
      assert.equal(((await readerHit.json()) as { total: number }).total, before.total + 1);
    });

    it('refuses a nameless, too long or unknown-expiry token form with 400 and Vietnamese messages', async () => {
      const contributor = await loginAs(t, CONTRIBUTOR, PASSWORD);
      const empty = await postForm(t, '/quan-tri/ma-api', contributor, { name: '   ', expiry: '90' });
      assert.equal(empty.status, 400);
      assert.match(await empty.text(), /Hãy đặt tên cho mã API/);
      const long = await postForm(t, '/quan-tri/ma-api', contributor, { name: 'ệ'.repeat(101), expiry: '90' });
      assert.equal(long.status, 400);
      assert.match(await long.text(), /tối đa 100 ký tự/);
      const expiry = await postForm(t, '/quan-tri/ma-api', contributor, { name: 'Hạn lạ', expiry: '7' });
      assert.equal(expiry.status, 400);
      const page = await expiry.text();
      assert.match(page, /Hãy chọn thời hạn/);
      assert.equal(page.match(TOKEN), null);
      // Exactly 100 characters, typed decomposed (NFD), is stored composed (NFC).
      const name = 'Nghị quyết '.normalize('NFD') + 'ệ'.repeat(89);
      assert.equal([...name.normalize('NFC')].length, 100);
      const { id } = await createToken(contributor, name);
      const row = await t.db.selectFrom('api_tokens').select('name').where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.name, name.normalize('NFC'));
    });

    it('describes bearer tokens in the OpenAPI document', async () => {
      const doc = (await (await t.request('/api/v1/openapi.json')).json()) as {
        info: { description: string };
        components: { securitySchemes: Record<string, { type: string; scheme?: string; in?: string }> };
        paths: Record<string, Record<string, { security?: Array<Record<string, string[]>> }>>;
      };
      assert.deepEqual(
        [doc.components.securitySchemes.bearerAuth!.type, doc.components.securitySchemes.bearerAuth!.scheme],
        ['http', 'bearer'],
      );
      assert.equal(doc.components.securitySchemes.cookieAuth!.in, 'cookie');
      assert.deepEqual(doc.paths['/api/v1/auth/me']!.get!.security, [{ cookieAuth: [] }, { bearerAuth: [] }]);
      assert.match(doc.info.description, /\/quan-tri\/ma-api/);
      assert.match(doc.info.description, /Authorization: Bearer/);
    });
  });
}

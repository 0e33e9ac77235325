// Two-factor login (TOTP, RFC 6238) on both databases, with the app's clock fixed: turning it on
// with the QR code's secret, the code step of the login (a valid code, an old one, a replayed one,
// recovery codes once each), the JSON login, the roles that must use it (the demo accounts exempt),
// the admin's reset, and the secret stored encrypted under keys that can be rotated.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { loginAs, loginRequest, postForm, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { codeAt, codeStep, ENROL_PATH, enrol, passwordStep, sessionCookieOf } from '../support/two-factor.js';

const ADMIN = { email: 'admin@laocai.example', password: 'mật-khẩu-quản-trị' };
const DEMO_PASSWORD = 'LaoCai-Demo-2026';
const STEP = 30_000;
const KEY_A = randomBytes(32).toString('base64');
const KEY_B = randomBytes(32).toString('hex');

for (const dialect of dialectsUnderTest()) {
  describe(`two-factor login [${dialect}]`, () => {
    let t: TestApp;
    let secret = '';
    let recoveryCodes: string[] = [];
    const get = (path: string, cookie: string) => t.request(path, { headers: { cookie } });
    const now = () => t.clock.now().getTime();
    const audit = (action: string) =>
      t.db.selectFrom('audit_log').select(['actor', 'target', 'detail']).where('action', '=', action).execute();
    /** Password then code, through the forms: the session cookie. */
    async function fullLogin(code: () => string): Promise<string> {
      const { pending } = await passwordStep(t, ADMIN.email, ADMIN.password);
      const res = await codeStep(t, pending!, code());
      assert.equal(res.status, 303, await res.text());
      return sessionCookieOf(res)!;
    }
    const sessionOf = async (cookie: string): Promise<StaffSession> => {
      const page = await (await get('/dang-xuat', cookie)).text();
      return { cookie, csrf: /name="_csrf" value="([^"]+)"/.exec(page)![1]! };
    };

    before(async () => {
      t = await startTestApp(dialect, {
        env: { ...ADMIN_ENV, DEMO_ACCOUNTS: '1', TRUST_PROXY: '127.0.0.1', TWO_FACTOR_KEYS: KEY_A },
      });
    });
    after(() => t.dispose());

    it('sends an admin without it from every staff page to turn it on; the API refuses until then', async () => {
      const session = await loginAs(t, ADMIN.email, ADMIN.password);
      for (const path of ['/quan-tri', '/quan-tri/nguoi-dung', '/quan-tri/ma-api']) {
        const res = await get(path, session.cookie);
        assert.equal(res.status, 303, path);
        assert.equal(res.headers.get('location'), ENROL_PATH, path);
      }
      const api = await get('/api/v1/plans', session.cookie);
      assert.equal(api.status, 403);
      assert.equal(((await api.json()) as { error: { code: string } }).error.code, 'TWO_FACTOR_ENROLMENT_REQUIRED');
      const page = await (await get(ENROL_PATH, session.cookie)).text();
      assert.match(page, /Vai trò của bạn bắt buộc dùng xác thực hai yếu tố/);
      assert.match(page, /<img class="qr-code" src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="Mã QR/);
      // The page shows the same secret until it is confirmed (a reload does not undo the scan).
      const again = await (await get(ENROL_PATH, session.cookie)).text();
      assert.equal(/<code class="secret">([^<]+)</.exec(again)![1], /<code class="secret">([^<]+)</.exec(page)![1]);
    });

    it('leaves the demo accounts free, and says so', async () => {
      const demo = await loginAs(t, 'quantri@congtin.demo', DEMO_PASSWORD);
      assert.equal((await get('/quan-tri', demo.cookie)).status, 200);
      const page = await (await get(ENROL_PATH, demo.cookie)).text();
      assert.match(page, /tài khoản dùng thử \(mật khẩu công khai\) nên không bị bắt buộc/);
    });

    it('turns on with one right code, shows ten recovery codes once, and keeps the secret encrypted', async () => {
      const session = await loginAs(t, ADMIN.email, ADMIN.password);
      const wrong = await postForm(t, `${ENROL_PATH}/bat`, session, { code: '000000' });
      assert.equal(wrong.status, 400);
      assert.match(await wrong.text(), /Mã không đúng/);
      ({ secret, recoveryCodes } = await enrol(t, session));
      assert.equal(recoveryCodes.length, 10);
      assert.equal(new Set(recoveryCodes).size, 10);
      const stored = await t.db.selectFrom('two_factor').select('secret').executeTakeFirstOrThrow();
      assert.ok(!stored.secret.includes(secret), 'the secret is not stored in clear text');
      assert.match(stored.secret, /^v1:[0-9a-f]{8}:/);
      const hashes = await t.db.selectFrom('two_factor_recovery_codes').select('code_hash').execute();
      assert.ok(hashes.every((h) => !recoveryCodes.some((c) => h.code_hash.includes(c))));
      const page = await (await get(ENROL_PATH, session.cookie)).text();
      assert.match(page, /Xác thực hai yếu tố đang bật từ/);
      assert.ok(!recoveryCodes.some((c) => page.includes(c)), 'the codes are never shown again');
      assert.equal((await audit('user.two_factor_enabled')).length, 1);
      assert.equal((await get('/quan-tri', session.cookie)).status, 200);
    });

    it('asks for the code after the password, and the password alone opens nothing', async () => {
      t.clock.advance(2 * STEP);
      const { res, pending } = await passwordStep(t, ADMIN.email, ADMIN.password);
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), '/dang-nhap/ma-xac-thuc?tiep=%2Fquan-tri');
      assert.equal(sessionCookieOf(res), undefined, 'no session before the code');
      assert.match(res.headers.get('set-cookie')!, /Path=\/dang-nhap\/ma-xac-thuc; HttpOnly; Secure; SameSite=Strict/);
      const form = await t.request('/dang-nhap/ma-xac-thuc', { headers: { cookie: pending! } });
      assert.equal(form.status, 200);
      assert.match(await form.text(), /Mã xác thực hoặc mã dự phòng/);
      const ok = await codeStep(t, pending!, codeAt(secret, now()));
      assert.equal(ok.status, 303);
      assert.equal(ok.headers.get('location'), '/quan-tri');
      assert.equal((await get('/quan-tri', sessionCookieOf(ok)!)).status, 200);
      const used = await codeStep(t, pending!, codeAt(secret, now()));
      assert.equal(used.status, 401, 'a pending login completes once');
      assert.match(await used.text(), /Hãy đăng nhập lại/);
    });

    it('refuses an old code and a replayed one, and takes the next step’s code', async () => {
      t.clock.advance(STEP);
      const old = codeAt(secret, now() - 3 * STEP);
      const { pending } = await passwordStep(t, ADMIN.email, ADMIN.password);
      const refused = await codeStep(t, pending!, old);
      assert.equal(refused.status, 401);
      assert.match(await refused.text(), /Mã không đúng, đã hết hạn hoặc đã được dùng/);
      const current = codeAt(secret, now());
      assert.equal((await codeStep(t, pending!, current)).status, 303);
      // The same code again, within its window, in a new login: refused (replay).
      const second = await passwordStep(t, ADMIN.email, ADMIN.password);
      assert.equal((await codeStep(t, second.pending!, current)).status, 401);
      // The previous step's code is within ±1 but older than the one used: refused too.
      assert.equal((await codeStep(t, second.pending!, codeAt(secret, now() - STEP))).status, 401);
      assert.deepEqual(
        (await audit('login.failed')).filter((r) => r.actor === ADMIN.email).map((r) => r.detail),
        ['sai mã xác thực hai yếu tố', 'mã xác thực đã được dùng', 'mã xác thực đã được dùng'],
      );
      t.clock.advance(STEP);
      assert.equal((await codeStep(t, second.pending!, codeAt(secret, now()))).status, 303);
    });

    it('takes a recovery code once (dashes, spaces and capitals as typed)', async () => {
      const code = recoveryCodes[0]!;
      const { pending } = await passwordStep(t, ADMIN.email, ADMIN.password);
      assert.equal((await codeStep(t, pending!, ` ${code.toUpperCase().replace(/-/g, ' ')} `)).status, 303);
      const again = await passwordStep(t, ADMIN.email, ADMIN.password);
      assert.equal((await codeStep(t, again.pending!, code)).status, 401);
      const succeeded = await audit('login.succeeded');
      assert.equal(succeeded.at(-1)!.detail, 'mật khẩu và mã dự phòng');
      const page = await (await get(ENROL_PATH, await fullLogin(() => recoveryCodes[1]!))).text();
      assert.match(page, /Còn 8 mã dự phòng chưa dùng/);
    });

    it('the JSON login asks for the code and never gives a session without it', async () => {
      t.clock.advance(STEP);
      const login = (body: object) =>
        t.request('/api/v1/auth/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password, ...body }),
        });
      const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;
      const bare = await login({});
      assert.equal(bare.status, 401);
      assert.equal(sessionCookieOf(bare), undefined);
      assert.equal(await errorOf(bare), 'TWO_FACTOR_REQUIRED');
      const wrong = await login({ code: '123456' });
      assert.deepEqual(
        [wrong.status, await errorOf(wrong), sessionCookieOf(wrong)],
        [401, 'TWO_FACTOR_INVALID', undefined],
      );
      const ok = await login({ code: codeAt(secret, now()) });
      assert.equal(ok.status, 200);
      assert.ok(sessionCookieOf(ok));
      const replay = await login({ code: codeAt(secret, now()) });
      assert.equal(await errorOf(replay), 'TWO_FACTOR_INVALID');
    });

    it('keeps working when the keys are rotated: a new key first, re-encrypt, the old one dropped', async () => {
      t.clock.advance(STEP);
      t = await t.restart({ TWO_FACTOR_KEYS: `${KEY_B},${KEY_A}` });
      await fullLogin(() => codeAt(secret, now()));
      // The admin's secret and the demo admin's unconfirmed one (the page was opened above).
      assert.equal(await t.accounts.twoFactor.reEncryptAll(), 2);
      assert.equal(await t.accounts.twoFactor.reEncryptAll(), 0);
      t = await t.restart({ TWO_FACTOR_KEYS: KEY_B });
      t.clock.advance(STEP);
      await fullLogin(() => codeAt(secret, now()));
    });

    it('gives ten new recovery codes for a current code (audited); the old ones stop working', async () => {
      t.clock.advance(16 * 60_000); // past the throttle's window: earlier tests' wrong codes are forgotten
      const session = await sessionOf(await fullLogin(() => codeAt(secret, now())));
      const own = await (await get(ENROL_PATH, session.cookie)).text();
      assert.match(own, /<form method="post" action="\/quan-tri\/tai-khoan\/xac-thuc-hai-yeu-to\/ma-du-phong"/);
      const wrong = await postForm(t, `${ENROL_PATH}/ma-du-phong`, session, { renewCode: '000000' });
      assert.equal(wrong.status, 400);
      const refused = await wrong.text();
      assert.match(refused, /<a href="#renewCode">Mã không đúng/, 'the error summary links to the field');
      t.clock.advance(STEP);
      const renewed = await postForm(t, `${ENROL_PATH}/ma-du-phong`, session, { renewCode: codeAt(secret, now()) });
      assert.equal(renewed.status, 200);
      const page = await renewed.text();
      assert.match(page, /Đã tạo 10 mã dự phòng mới/);
      const fresh = [...page.matchAll(/<li><code>([a-z0-9-]+)<\/code><\/li>/g)].map((m) => m[1]!);
      assert.equal(fresh.length, 10);
      assert.ok(!fresh.some((code) => recoveryCodes.includes(code)));
      assert.deepEqual(
        (await audit('user.two_factor_recovery_renewed')).map((r) => r.actor),
        [ADMIN.email],
      );
      const old = await passwordStep(t, ADMIN.email, ADMIN.password);
      assert.equal((await codeStep(t, old.pending!, recoveryCodes[2]!)).status, 401, 'an old unused code is void');
      await fullLogin(() => fresh[0]!);
      recoveryCodes = fresh.slice(1);
    });

    it('answers a code it cannot check (the key dropped too soon) with a clear 503; a recovery code still works', async () => {
      t.clock.advance(16 * 60_000);
      t = await t.restart({ TWO_FACTOR_KEYS: KEY_A }); // the secret was re-encrypted under KEY_B
      const { pending } = await passwordStep(t, ADMIN.email, ADMIN.password);
      const refused = await codeStep(t, pending!, codeAt(secret, now()));
      assert.equal(refused.status, 503);
      assert.match(await refused.text(), /Máy chủ không đọc được khóa mã hóa của xác thực hai yếu tố/);
      const api = await t.request('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password, code: codeAt(secret, now()) }),
      });
      assert.equal(api.status, 503);
      assert.equal(((await api.json()) as { error: { code: string } }).error.code, 'TWO_FACTOR_KEY_MISSING');
      assert.equal(sessionCookieOf(api), undefined);
      const session = await sessionOf(await fullLogin(() => recoveryCodes[0]!));
      const renew = await postForm(t, `${ENROL_PATH}/ma-du-phong`, session, { renewCode: codeAt(secret, now()) });
      assert.equal(renew.status, 503, 'new recovery codes asked with a code it cannot check');
      assert.match(await renew.text(), /Hãy dùng một mã dự phòng, hoặc báo quản trị viên/);
      assert.deepEqual(
        (await audit('login.failed')).at(-1)!.detail,
        'máy chủ không đọc được khóa mã hóa xác thực hai yếu tố (TWO_FACTOR_KEYS)',
      );
      t = await t.restart({ TWO_FACTOR_KEYS: KEY_B });
    });

    it('lets the admin reset a user’s second factor (audited): their sessions end, they enrol again', async () => {
      const cookie = await fullLogin(() => codeAt(secret, now() + STEP));
      const demo = await loginAs(t, 'quantri@congtin.demo', DEMO_PASSWORD);
      const user = (await t.accounts.service.listUsers()).find((u) => u.email === ADMIN.email)!;
      const userPage = await (await get(`/quan-tri/nguoi-dung/${user.id}`, demo.cookie)).text();
      assert.match(userPage, /Đang bật từ/);
      const res = await postForm(t, `/quan-tri/nguoi-dung/${user.id}/xac-thuc-hai-yeu-to/dat-lai`, demo, {});
      assert.equal(res.status, 303);
      assert.deepEqual(await audit('user.two_factor_reset'), [
        { actor: 'quantri@congtin.demo', target: ADMIN.email, detail: '' },
      ]);
      const ended = await get('/quan-tri', cookie);
      assert.match(ended.headers.get('location') ?? '', /^\/dang-nhap/, 'their session ended');
      const again = await loginRequest(t, ADMIN.email, ADMIN.password);
      assert.equal(again.headers.get('location'), '/quan-tri', 'no code asked any more');
      const next = await get('/quan-tri', sessionCookieOf(again)!);
      assert.equal(next.headers.get('location'), ENROL_PATH);
    });

    it('lets the admin choose the roles that must use it (audited)', async () => {
      const demo = await loginAs(t, 'quantri@congtin.demo', DEMO_PASSWORD);
      const form = await (await get('/quan-tri/xac-thuc-hai-yeu-to', demo.cookie)).text();
      assert.match(form, /value="admin" checked/);
      assert.match(form, /value="leader" checked/);
      const saved = await postForm(t, '/quan-tri/xac-thuc-hai-yeu-to', demo, { roles: ['editor'] });
      assert.equal(saved.status, 303);
      assert.deepEqual(await t.accounts.twoFactor.requiredRoles(), ['editor']);
      assert.equal((await audit('two_factor.roles_changed'))[0]!.detail, 'admin, leader → editor');
      const free = await loginAs(t, ADMIN.email, ADMIN.password);
      assert.equal((await get('/quan-tri', free.cookie)).status, 200);
      const bad = await postForm(t, '/quan-tri/xac-thuc-hai-yeu-to', demo, { roles: ['boss'] });
      assert.equal(bad.status, 400);
      assert.deepEqual(await t.accounts.twoFactor.requiredRoles(), ['editor']);
    });

    it('lets a user whose role does not require it turn it off with a current code', async () => {
      let session = await loginAs(t, 'bientap@congtin.demo', DEMO_PASSWORD);
      // Editors are required now (previous test), but the demo accounts are exempt.
      const on = await enrol(t, session);
      t.clock.advance(STEP);
      const { pending } = await passwordStep(t, 'bientap@congtin.demo', DEMO_PASSWORD);
      const res = await codeStep(t, pending!, codeAt(on.secret, now()));
      session = await sessionOf(sessionCookieOf(res)!);
      const wrong = await postForm(t, `${ENROL_PATH}/tat`, session, { code: '000000' });
      assert.equal(wrong.status, 400);
      t.clock.advance(STEP);
      const off = await postForm(t, `${ENROL_PATH}/tat`, session, { code: codeAt(on.secret, now()) });
      assert.equal(off.status, 303);
      assert.equal((await loginRequest(t, 'bientap@congtin.demo', DEMO_PASSWORD)).headers.get('location'), '/quan-tri');
    });
  });
}

const ADMIN_ENV = { ADMIN_EMAIL: 'Admin@LaoCai.Example', ADMIN_PASSWORD: 'mật-khẩu-quản-trị' };

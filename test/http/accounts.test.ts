// Logging in and out, sessions, throttling, CSRF and the admin's account pages, on both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { BROWSER_UA, postHit, startTestApp, type TestApp } from '../support/test-app.js';
import { loginAs, loginRequest, postForm } from '../support/staff.js';

const PASSWORD = 'LaoCai-Demo-2026';
const MIN = 60_000;

for (const dialect of dialectsUnderTest()) {
  describe(`accounts [${dialect}]`, () => {
    let t: TestApp;
    const get = (path: string, cookie?: string) => t.request(path, { headers: cookie ? { cookie } : {} });
    const auditActions = async () =>
      await t.db.selectFrom('audit_log').select(['action', 'actor', 'request_id']).orderBy('id').execute();

    before(async () => {
      t = await startTestApp(dialect, {
        env: {
          ADMIN_EMAIL: 'Admin@LaoCai.Example',
          ADMIN_PASSWORD: 'mật-khẩu-quản-trị',
          // Asked for explicitly: with ADMIN_EMAIL they are not made otherwise (tested below).
          DEMO_ACCOUNTS: '1',
          TRUST_PROXY: '127.0.0.1',
        },
      });
    });
    after(() => t.dispose());

    it('creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD and, with DEMO_ACCOUNTS=1, one demo account per role', async () => {
      const users = await t.accounts.service.listUsers();
      const byEmail = new Map(users.map((u) => [u.email, u.roles]));
      assert.deepEqual(byEmail.get('admin@laocai.example'), ['admin']);
      for (const [email, role] of [
        ['quantri@congtin.demo', 'admin'],
        ['bientap@congtin.demo', 'editor'],
        ['congtacvien@congtin.demo', 'contributor'],
        ['donvi@congtin.demo', 'unit_reporter'],
        ['lanhdao@congtin.demo', 'leader'],
      ] as const) {
        assert.deepEqual(byEmail.get(email), [role], email);
      }
      const row = await t.db
        .selectFrom('users')
        .select('password_hash')
        .where('email', '=', 'admin@laocai.example')
        .executeTakeFirstOrThrow();
      assert.match(row.password_hash, /^\$argon2id\$/);
    });

    it('logs in with an NFD-typed password, sets a hardened cookie and lands on the dashboard', async () => {
      const res = await loginRequest(t, 'ADMIN@laocai.example', 'mật-khẩu-quản-trị'.normalize('NFD'));
      assert.equal(res.status, 303);
      assert.equal(res.headers.get('location'), '/quan-tri');
      const cookie = res.headers.get('set-cookie')!;
      assert.match(cookie, /congtin_phien=[A-Za-z0-9_-]{43};/);
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Lax/);
      assert.match(cookie, /Secure/, 'SITE_URL is https');
      const token = /congtin_phien=([^;]+)/.exec(cookie)![1]!;
      const stored = await t.db.selectFrom('sessions').select('token_hash').execute();
      assert.ok(
        stored.every((s) => s.token_hash !== token),
        'only a hash of the token is stored',
      );
      // A real admin (not a demo account) must turn two-factor login on first (two-factor.test.ts).
      const enrolFirst = await get('/quan-tri', `congtin_phien=${token}`);
      assert.equal(enrolFirst.headers.get('location'), '/quan-tri/tai-khoan/xac-thuc-hai-yeu-to');
      await t.accounts.twoFactor.setRequiredRoles([]);
      const dashboard = await get('/quan-tri', `congtin_phien=${token}`);
      assert.equal(dashboard.status, 200);
      assert.equal(dashboard.headers.get('cache-control'), 'no-store');
      assert.match(await dashboard.text(), /Bảng điều khiển/);
    });

    it('gives a fresh token at every login, whatever cookie the browser brought', async () => {
      const planted = 'congtin_phien=attacker-chosen-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
      const res = await loginRequest(t, 'bientap@congtin.demo', PASSWORD, { cookie: planted });
      const issued = /congtin_phien=([^;]+)/.exec(res.headers.get('set-cookie')!)![1];
      assert.notEqual(issued, 'attacker-chosen-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
      const second = await loginRequest(t, 'bientap@congtin.demo', PASSWORD);
      assert.notEqual(/congtin_phien=([^;]+)/.exec(second.headers.get('set-cookie')!)![1], issued);
    });

    it('answers an unknown e-mail exactly like a wrong password, in similar time', async () => {
      // Interleaved pairs, compared by their fastest run: the least disturbed by whatever else the
      // machine is doing (the suite runs files in parallel). 4 pairs stay under the throttles.
      const wrongMs: number[] = [];
      const unknownMs: number[] = [];
      let wrong: Response | undefined;
      let unknown: Response | undefined;
      for (let i = 0; i < 4; i++) {
        const t0 = performance.now();
        wrong = await loginRequest(t, 'lanhdao@congtin.demo', 'not-the-password', {
          'x-forwarded-for': '198.51.100.1',
        });
        wrongMs.push(performance.now() - t0);
        const t1 = performance.now();
        unknown = await loginRequest(t, `khong-co-${i}@congtin.demo`, 'not-the-password', {
          'x-forwarded-for': '198.51.100.1',
        });
        unknownMs.push(performance.now() - t1);
      }
      assert.equal(wrong!.status, 401);
      assert.equal(unknown!.status, 401);
      const message = (html: string) => /role="alert">([^<]+)</.exec(html)?.[1];
      assert.equal(message(await wrong!.text()), 'Email hoặc mật khẩu không đúng.');
      assert.equal(message(await unknown!.text()), 'Email hoặc mật khẩu không đúng.');
      const fastestWrong = Math.min(...wrongMs);
      const fastestUnknown = Math.min(...unknownMs);
      assert.ok(
        fastestUnknown > fastestWrong / 3,
        `unknown ${fastestUnknown.toFixed(0)} ms vs wrong ${fastestWrong.toFixed(0)} ms: both verify a real hash`,
      );
    });

    it('throttles an account from an address after 5 failures in 15 minutes, with Retry-After, even for the right password', async () => {
      for (let i = 0; i < 5; i++)
        assert.equal(
          (await loginRequest(t, 'donvi@congtin.demo', 'sai-mat-khau', { 'x-forwarded-for': '198.51.100.20' })).status,
          401,
        );
      const blocked = await loginRequest(t, 'donvi@congtin.demo', PASSWORD, { 'x-forwarded-for': '198.51.100.20' });
      assert.equal(blocked.status, 429);
      assert.ok(Number(blocked.headers.get('retry-after')) > 0);
      assert.match(await blocked.text(), /sai quá nhiều lần/);
      t.clock.advance(15 * MIN + 1000);
      assert.equal(
        (await loginRequest(t, 'donvi@congtin.demo', PASSWORD, { 'x-forwarded-for': '198.51.100.20' })).status,
        303,
        'allowed again after the window',
      );
    });

    it('throttles an address after 20 failures in 15 minutes across accounts', async () => {
      for (let i = 0; i < 20; i++)
        await loginRequest(t, `khach${i}@congtin.demo`, 'x', { 'x-forwarded-for': '203.0.113.50' });
      const blocked = await loginRequest(t, 'lanhdao@congtin.demo', PASSWORD, { 'x-forwarded-for': '203.0.113.50' });
      assert.equal(blocked.status, 429);
      const elsewhere = await loginRequest(t, 'lanhdao@congtin.demo', PASSWORD, { 'x-forwarded-for': '203.0.113.51' });
      assert.equal(elsewhere.status, 303);
      const keys = await t.db.selectFrom('login_failures').select('key').execute();
      assert.ok(
        keys.every((k) => !k.key.includes('203.0.113')),
        'no raw address stored',
      );
    });

    it('ends a session after the idle timeout and after the absolute timeout', async () => {
      const idle = await loginAs(t, 'lanhdao@congtin.demo', PASSWORD);
      t.clock.advance(119 * MIN);
      assert.equal((await get('/quan-tri', idle.cookie)).status, 200);
      t.clock.advance(121 * MIN);
      const expired = await get('/quan-tri', idle.cookie);
      assert.equal(expired.status, 303);
      assert.match(expired.headers.get('location')!, /^\/dang-nhap\?tiep=/);

      const busy = await loginAs(t, 'lanhdao@congtin.demo', PASSWORD);
      for (let hour = 0; hour < 11; hour++) {
        t.clock.advance(60 * MIN);
        assert.equal((await get('/quan-tri', busy.cookie)).status, 200, `hour ${hour + 1}`);
      }
      t.clock.advance(60 * MIN);
      assert.equal((await get('/quan-tri', busy.cookie)).status, 303, 'no session lives past 12 hours');
    });

    it('logs out only by POST with the token, and the old cookie is dead afterwards', async () => {
      const s = await loginAs(t, 'bientap@congtin.demo', PASSWORD);
      const page = await get('/dang-xuat', s.cookie);
      assert.equal(page.status, 200, 'GET only shows a button');
      assert.equal((await get('/quan-tri', s.cookie)).status, 200);
      const forged = await postForm(t, '/dang-xuat', { ...s, csrf: 'wrong' }, {});
      assert.equal(forged.status, 403);
      const out = await postForm(t, '/dang-xuat', s, {});
      assert.equal(out.status, 303);
      assert.equal((await get('/quan-tri', s.cookie)).status, 303);
    });

    it('refuses state changes from another origin or without the token', async () => {
      const admin = await loginAs(t, 'quantri@congtin.demo', PASSWORD);
      const fields = { name: 'Người lạ', email: 'la@congtin.demo', password: 'Mot-Mat-Khau-Dai', roles: 'admin' };
      const crossSite = await postForm(t, '/quan-tri/nguoi-dung', admin, fields, { origin: 'https://evil.example' });
      assert.equal(crossSite.status, 403);
      assert.match(await crossSite.text(), /không đến từ trang của cổng thông tin/);
      const noToken = await postForm(t, '/quan-tri/nguoi-dung', { ...admin, csrf: '' }, fields);
      assert.equal(noToken.status, 403);
      assert.equal(
        (await t.db.selectFrom('users').select('id').where('email', '=', 'la@congtin.demo').execute()).length,
        0,
        'nothing written',
      );
    });

    it('lets the admin create a user, refusing weak passwords with a Vietnamese message', async () => {
      const admin = await loginAs(t, 'quantri@congtin.demo', PASSWORD);
      for (const [password, message] of [
        ['password', /quá phổ biến/],
        ['matkhau123', /quá phổ biến/],
        ['ngắn', /ít nhất 8/],
        ['x'.repeat(129), /128/],
      ] as const) {
        const res = await postForm(t, '/quan-tri/nguoi-dung', admin, {
          name: 'Bí thư chi bộ',
          email: 'bithu@congtin.demo',
          password,
          roles: 'contributor',
        });
        assert.equal(res.status, 400, password);
        const html = await res.text();
        assert.match(html, message);
        // The message is read out with the field: linked by aria-describedby, the field marked invalid.
        assert.match(html, /aria-describedby="password-hint password-loi" aria-invalid="true"/);
        assert.match(html, /<p class="field-error" id="password-loi">/);
      }
      const created = await postForm(t, '/quan-tri/nguoi-dung', admin, {
        name: 'Bí thư chi bộ',
        email: 'BiThu@congtin.demo',
        password: 'Chi-bo-So-Tu-phap-2026',
        roles: ['contributor', 'unit_reporter'],
        unitId: String((await t.units.listTree())[0]!.id),
      });
      assert.equal(created.status, 303);
      const duplicate = await postForm(t, '/quan-tri/nguoi-dung', admin, {
        name: 'Trùng',
        email: 'bithu@congtin.demo',
        password: 'Chi-bo-So-Tu-phap-2026',
        roles: 'contributor',
      });
      assert.equal(duplicate.status, 400);
      assert.match(await duplicate.text(), /đã có tài khoản/);
      const user = (await t.accounts.service.listUsers()).find((u) => u.email === 'bithu@congtin.demo')!;
      assert.deepEqual(user.roles, ['contributor', 'unit_reporter']);
      assert.equal((await loginRequest(t, 'bithu@congtin.demo', 'Chi-bo-So-Tu-phap-2026')).status, 303);
    });

    it('ends every session of a user at once when the admin disables the account or resets the password', async () => {
      const admin = await loginAs(t, 'quantri@congtin.demo', PASSWORD);
      const editor = await loginAs(t, 'bientap@congtin.demo', PASSWORD);
      const editorId = (await t.accounts.service.listUsers()).find((u) => u.email === 'bientap@congtin.demo')!.id;
      assert.equal((await postForm(t, `/quan-tri/nguoi-dung/${editorId}/khoa`, admin, { disabled: '1' })).status, 303);
      assert.equal((await get('/quan-tri', editor.cookie)).status, 303, 'logged out at once');
      assert.equal(
        (await loginRequest(t, 'bientap@congtin.demo', PASSWORD)).status,
        401,
        'cannot log in while disabled',
      );
      assert.equal((await postForm(t, `/quan-tri/nguoi-dung/${editorId}/khoa`, admin, { disabled: '0' })).status, 303);
      const again = await loginAs(t, 'bientap@congtin.demo', PASSWORD);
      assert.equal(
        (await postForm(t, `/quan-tri/nguoi-dung/${editorId}/mat-khau`, admin, { password: 'Mat-khau-moi-cua-BTV' }))
          .status,
        303,
      );
      assert.equal((await get('/quan-tri', again.cookie)).status, 303);
      assert.equal((await loginRequest(t, 'bientap@congtin.demo', 'Mat-khau-moi-cua-BTV')).status, 303);
    });

    it('shows the admin who is logged in, and lets them end a session', async () => {
      const admin = await loginAs(t, 'quantri@congtin.demo', PASSWORD);
      const leader = await loginAs(t, 'lanhdao@congtin.demo', PASSWORD);
      const page = await (await get('/quan-tri/phien-dang-nhap', admin.cookie)).text();
      assert.match(page, /Hoàng Văn Lãnh/);
      assert.match(page, /Chrome trên Linux/);
      const hash = [...page.matchAll(/\/quan-tri\/phien-dang-nhap\/([0-9a-f]{64})\/ket-thuc/g)].map((m) => m[1]!);
      const leaderRows = await t.db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select('token_hash')
        .where('users.email', '=', 'lanhdao@congtin.demo')
        .execute();
      const target = hash.find((h) => leaderRows.some((r) => r.token_hash === h))!;
      assert.equal((await postForm(t, `/quan-tri/phien-dang-nhap/${target}/ket-thuc`, admin, {})).status, 303);
      assert.equal((await get('/quan-tri', leader.cookie)).status, 303, 'the ended session is logged out');
      assert.equal((await get('/quan-tri', admin.cookie)).status, 200, "the admin's own session goes on");
    });

    it('audits logins, failures, throttling, denials and account changes with time and request id', async () => {
      const contributor = await loginAs(t, 'congtacvien@congtin.demo', PASSWORD);
      const denied = await get('/quan-tri/nguoi-dung', contributor.cookie);
      assert.equal(denied.status, 403);
      assert.match(await denied.text(), /không có quyền/);
      const actions = await auditActions();
      for (const action of [
        'login.succeeded',
        'login.failed',
        'login.throttled',
        'permission.denied',
        'user.created',
        'user.disabled',
        'user.enabled',
        'user.password_reset',
        'session.revoked',
        'logout',
      ]) {
        assert.ok(
          actions.some((a) => a.action === action),
          action,
        );
      }
      assert.ok(actions.every((a) => a.request_id.length === 36));
      const admin = await loginAs(t, 'quantri@congtin.demo', PASSWORD);
      const log = await (await get('/quan-tri/nhat-ky?loai=permission.denied', admin.cookie)).text();
      assert.match(log, /congtacvien@congtin.demo/);
      assert.match(log, /GET \/quan-tri\/nguoi-dung/);
    });

    it('does not count page views of logged-in staff', async () => {
      const staff = await loginAs(t, 'lanhdao@congtin.demo', PASSWORD);
      const before = (await (await t.request('/api/v1/stats')).json()) as { total: number };
      await postHit(
        t,
        { path: '/' },
        { cookie: staff.cookie, 'x-forwarded-for': '192.0.2.200', 'user-agent': BROWSER_UA },
      );
      await postHit(t, { path: '/' }, { 'x-forwarded-for': '192.0.2.201' });
      t.clock.advance(2000);
      const afterStats = (await (await t.request('/api/v1/stats')).json()) as { total: number };
      assert.equal(afterStats.total, before.total + 1, 'only the anonymous reader counted');
    });
  });

  describe(`demo accounts on a first start [${dialect}]`, () => {
    const DEMO_EMAILS = [
      'quantri@congtin.demo',
      'bientap@congtin.demo',
      'congtacvien@congtin.demo',
      'donvi@congtin.demo',
      'lanhdao@congtin.demo',
    ];

    it('with ADMIN_EMAIL and no DEMO_ACCOUNTS, makes none: the published password opens nothing', async () => {
      const t = await startTestApp(dialect, {
        env: { ADMIN_EMAIL: 'admin@laocai.example', ADMIN_PASSWORD: 'mật-khẩu-quản-trị' },
      });
      try {
        const emails = (await t.accounts.service.listUsers()).map((u) => u.email);
        assert.deepEqual(emails, ['admin@laocai.example']);
        for (const email of DEMO_EMAILS) {
          const res = await loginRequest(t, email, PASSWORD);
          assert.notEqual(res.status, 303, email);
          assert.equal(res.headers.get('set-cookie'), null, email);
        }
        assert.equal((await loginRequest(t, 'admin@laocai.example', 'mật-khẩu-quản-trị')).status, 303);
      } finally {
        await t.dispose();
      }
    });

    it('without ADMIN_EMAIL, makes them, and each logs in with the published password', async () => {
      const t = await startTestApp(dialect);
      try {
        for (const email of DEMO_EMAILS) assert.equal((await loginRequest(t, email, PASSWORD)).status, 303, email);
      } finally {
        await t.dispose();
      }
    });
  });
}

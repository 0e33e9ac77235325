// /dang-nhap and /dang-xuat: post → redirect → get; the same answer for an unknown e-mail and a
// wrong password; 429 with Retry-After when throttled.
import { cspNonce } from '../../platform/http/security-headers.js';
import type { Context, Hono } from 'hono';
import { clientIp } from '../../platform/http/client-ip.js';
import { vi } from '../../platform/i18n/vi.js';
import type { StaffPageRenderer } from '../../platform/views/staff-layout.js';
import type { BlockList } from 'node:net';
import type { AccountsService } from './accounts.service.js';
import { loginSchema } from './accounts.schema.js';
import type { AuditLog } from './audit.js';
import type { SessionStore } from './sessions.js';
import { requestIdOf, type StaffEnv, type StaffGuard } from './staff-guard.js';
import { LoginForm, LogoutForm } from './views/login-page.js';
import { accountsText } from './accounts.vi.js';

/** Only our own staff pages may be a post-login destination (no open redirect). */
function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && /^\/quan-tri(\/[\w\-/]*)?$/.test(value) ? value : '/quan-tri';
}

export function mountLoginPages(
  app: Hono<StaffEnv>,
  deps: {
    accounts: AccountsService;
    sessions: SessionStore;
    guard: StaffGuard;
    audit: AuditLog;
    renderStaffPage: StaffPageRenderer;
    trustedProxies: BlockList;
  },
) {
  const { guard, renderStaffPage } = deps;
  const html = (c: Context, body: Buffer, status: 200 | 401 | 400 | 429 | 503 = 200) =>
    c.body(new Uint8Array(body), status, { 'Content-Type': 'text/html; charset=utf-8' });

  app.use('/dang-nhap', guard.loadStaff(), guard.csrf());
  app.use('/dang-xuat', guard.loadStaff(), guard.csrf());

  app.get('/dang-nhap', async (c) => {
    if (c.get('staff')) return c.redirect('/quan-tri', 303);
    return html(
      c,
      await renderStaffPage({
        nonce: cspNonce(c),
        title: accountsText.login.title,
        children: <LoginForm returnTo={safeReturnPath(c.req.query('tiep'))} />,
      }),
    );
  });

  app.post('/dang-nhap', async (c) => {
    const form = await c.req.parseBody();
    const returnTo = safeReturnPath(form.tiep);
    const parsed = loginSchema.safeParse({ email: form.email, password: form.password });
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? vi.errors.LOGIN_INVALID;
      return html(
        c,
        await renderStaffPage({
          nonce: cspNonce(c),
          title: accountsText.login.title,
          children: <LoginForm email={String(form.email ?? '')} returnTo={returnTo} error={message} />,
        }),
        400,
      );
    }
    const result = await deps.accounts.login({
      ...parsed.data,
      ip: clientIp(c, deps.trustedProxies),
      userAgent: c.req.header('user-agent') ?? '',
      requestId: requestIdOf(c),
    });
    if (result.kind === 'ok') {
      guard.startSession(c, result.token);
      return c.redirect(returnTo, 303);
    }
    if (result.kind !== 'invalid') c.header('Retry-After', String(result.retryAfterSeconds));
    const error =
      result.kind === 'throttled'
        ? vi.errors.LOGIN_THROTTLED
        : result.kind === 'busy'
          ? vi.errors.LOGIN_BUSY
          : vi.errors.LOGIN_INVALID;
    const page = await renderStaffPage({
      nonce: cspNonce(c),
      title: accountsText.login.title,
      children: <LoginForm email={parsed.data.email} returnTo={returnTo} error={error} />,
    });
    return html(c, page, result.kind === 'throttled' ? 429 : result.kind === 'busy' ? 503 : 401);
  });

  // GET only shows a button: logging out changes state, so it takes a POST with the token.
  app.get('/dang-xuat', async (c) => {
    const staff = c.get('staff');
    if (!staff) return c.redirect('/', 303);
    return html(
      c,
      await renderStaffPage({
        nonce: cspNonce(c),
        title: accountsText.logout.title,
        children: <LogoutForm email={staff.user.email} csrfToken={staff.csrfToken} />,
      }),
    );
  });

  app.post('/dang-xuat', async (c) => {
    const staff = c.get('staff');
    if (staff) {
      await deps.sessions.end(staff.tokenHash);
      await deps.audit.record({
        action: 'logout',
        userId: staff.user.id,
        actor: staff.user.email,
        requestId: requestIdOf(c),
      });
    }
    guard.endSession(c);
    return c.redirect('/', 303);
  });
}

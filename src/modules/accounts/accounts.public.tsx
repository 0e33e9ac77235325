// /dang-nhap and /dang-xuat: post → redirect → get; the same answer for an unknown e-mail and a
// wrong password; 429 with Retry-After when throttled; the code next for a user with a second factor
// (two-factor.public.tsx).
import { cspNonce } from '../../platform/http/security-headers.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { vi } from '../../platform/i18n/vi.js';
import type { StaffPageRenderer } from '../../platform/views/staff-layout.js';
import type { BlockList } from 'node:net';
import type { AccountsService, LoginResult } from './accounts.service.js';
import { loginSchema } from './accounts.schema.js';
import type { AuditLog } from './audit.js';
import type { SessionStore } from './sessions.js';
import { signIn, signOut } from './sign-in-out.js';
import type { StaffEnv, StaffGuard } from './staff-guard.js';
import { LoginForm, LogoutForm } from './views/login-page.js';
import { accountsText } from './accounts.vi.js';
import { askForSecondFactor, mountSecondStep, safeReturnPath } from './two-factor.public.js';
import type { PendingLogins } from './two-factor-login.js';

export interface LoginPagesDeps {
  accounts: AccountsService;
  sessions: SessionStore;
  guard: StaffGuard;
  audit: AuditLog;
  renderStaffPage: StaffPageRenderer;
  trustedProxies: BlockList;
  pendingLogins: PendingLogins;
}

type Status = 200 | 401 | 400 | 429 | 503;

/** What a failed login is told, and with which status. */
const REFUSALS: Record<Exclude<LoginResult['kind'], 'ok' | 'second-factor'>, { message: string; status: Status }> = {
  invalid: { message: vi.errors.LOGIN_INVALID, status: 401 },
  throttled: { message: vi.errors.LOGIN_THROTTLED, status: 429 },
  busy: { message: vi.errors.LOGIN_BUSY, status: 503 },
};

async function page(c: Context, deps: LoginPagesDeps, title: string, children: Child, status: Status = 200) {
  const body = await deps.renderStaffPage({ nonce: cspNonce(c), title, children });
  return c.body(new Uint8Array(body), status, { 'Content-Type': 'text/html; charset=utf-8' });
}

export function mountLoginPages(app: Hono<StaffEnv>, deps: LoginPagesDeps) {
  app.use('/dang-nhap', deps.guard.loadStaff(), deps.guard.csrf());
  app.use('/dang-xuat', deps.guard.loadStaff(), deps.guard.csrf());
  mountLoginForm(app, deps);
  mountSecondStep(app, deps);
  mountLogout(app, deps);
}

function mountLoginForm(app: Hono<StaffEnv>, deps: LoginPagesDeps) {
  const title = accountsText.login.title;

  app.get('/dang-nhap', async (c) => {
    if (c.get('staff')) return c.redirect('/quan-tri', 303);
    return page(c, deps, title, <LoginForm returnTo={safeReturnPath(c.req.query('tiep'))} />);
  });

  app.post('/dang-nhap', async (c) => {
    const form = await c.req.parseBody();
    const returnTo = safeReturnPath(form.tiep);
    const parsed = loginSchema.safeParse({ email: form.email, password: form.password });
    if (!parsed.success) {
      const email = typeof form.email === 'string' ? form.email : '';
      const children = <LoginForm email={email} returnTo={returnTo} errors={fieldErrors(parsed.error)} />;
      return page(c, deps, title, children, 400);
    }
    const result = await signIn(c, deps, parsed.data);
    if (result.kind === 'ok') return c.redirect(returnTo, 303);
    if (result.kind === 'second-factor') return askForSecondFactor(c, deps.guard, result.pendingToken, returnTo);
    if (result.kind !== 'invalid') c.header('Retry-After', String(result.retryAfterSeconds));
    const refusal = REFUSALS[result.kind];
    const children = <LoginForm email={parsed.data.email} returnTo={returnTo} error={refusal.message} />;
    return page(c, deps, title, children, refusal.status);
  });
}

function mountLogout(app: Hono<StaffEnv>, deps: LoginPagesDeps) {
  // GET only shows a button: logging out changes state, so it takes a POST with the token.
  app.get('/dang-xuat', async (c) => {
    const staff = c.get('staff');
    if (!staff) return c.redirect('/', 303);
    const children = <LogoutForm email={staff.user.email} csrfToken={staff.csrfToken} />;
    return page(c, deps, accountsText.logout.title, children);
  });

  app.post('/dang-xuat', async (c) => {
    await signOut(c, deps);
    return c.redirect('/', 303);
  });
}

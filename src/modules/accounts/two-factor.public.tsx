// /dang-nhap/ma-xac-thuc: the second step of the login form. The pending login lives in a cookie
// sent to this path only; the code is throttled like a password (two-factor-login.ts): 429 with
// Retry-After when the limits are reached, the same 401 for a wrong and a replayed code.
import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { BlockList } from 'node:net';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { cspNonce } from '../../platform/http/security-headers.js';
import { vi } from '../../platform/i18n/vi.js';
import type { StaffPageRenderer } from '../../platform/views/staff-layout.js';
import { accountsText } from './accounts.vi.js';
import { signInSecondStep } from './sign-in-out.js';
import type { StaffEnv, StaffGuard } from './staff-guard.js';
import { PENDING_LOGIN_MS, type PendingLogins } from './two-factor-login.js';
import { codeFormSchema } from './two-factor.schema.js';
import { twoFactorText } from './two-factor.vi.js';
import { SecondStepExpired, SecondStepForm } from './views/two-factor-pages.js';

export const SECOND_STEP_PATH = '/dang-nhap/ma-xac-thuc';

export interface SecondStepDeps {
  pendingLogins: PendingLogins;
  guard: StaffGuard;
  renderStaffPage: StaffPageRenderer;
  trustedProxies: BlockList;
}

type Status = 200 | 400 | 401 | 429 | 503;

/** Only our own staff pages may be a post-login destination (no open redirect). */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && /^\/quan-tri(\/[\w\-/]*)?$/.test(value) ? value : '/quan-tri';
}

async function page(c: Context, deps: SecondStepDeps, children: Child, status: Status = 200) {
  const body = await deps.renderStaffPage({ nonce: cspNonce(c), title: twoFactorText.login.title, children });
  return c.body(new Uint8Array(body), status, { 'Content-Type': 'text/html; charset=utf-8' });
}

/** After a right password: the cookie of the pending login, then the code page. */
export function askForSecondFactor(c: Context, guard: StaffGuard, pendingToken: string, returnTo: string) {
  guard.pendingLogin.start(c, pendingToken, PENDING_LOGIN_MS / 1000);
  return c.redirect(`${SECOND_STEP_PATH}?tiep=${encodeURIComponent(returnTo)}`, 303);
}

export function mountSecondStep(app: Hono<StaffEnv>, deps: SecondStepDeps) {
  app.use(SECOND_STEP_PATH, deps.guard.loadStaff(), deps.guard.csrf());

  app.get(SECOND_STEP_PATH, async (c) => {
    if (c.get('staff')) return c.redirect('/quan-tri', 303);
    if (!(await deps.pendingLogins.isLive(deps.guard.pendingLogin.read(c)))) {
      deps.guard.pendingLogin.end(c);
      return page(c, deps, <SecondStepExpired />);
    }
    return page(c, deps, <SecondStepForm returnTo={safeReturnPath(c.req.query('tiep'))} />);
  });

  app.post(SECOND_STEP_PATH, async (c) => {
    const form = await c.req.parseBody();
    const returnTo = safeReturnPath(form.tiep);
    const parsed = codeFormSchema.safeParse({ code: form.code });
    if (!parsed.success)
      return page(c, deps, <SecondStepForm returnTo={returnTo} errors={fieldErrors(parsed.error)} />, 400);
    const pendingToken = deps.guard.pendingLogin.read(c);
    const result = await signInSecondStep(c, deps, { pendingToken, code: parsed.data.code });
    if (result.kind === 'ok') {
      deps.guard.pendingLogin.end(c);
      return c.redirect(returnTo, 303);
    }
    if (result.kind === 'expired') {
      deps.guard.pendingLogin.end(c);
      return page(c, deps, <SecondStepExpired />, 401);
    }
    if (result.kind === 'throttled') {
      c.header('Retry-After', String(result.retryAfterSeconds));
      return page(c, deps, <SecondStepForm returnTo={returnTo} error={vi.errors.LOGIN_THROTTLED} />, 429);
    }
    if (result.kind === 'key_missing') {
      const says = accountsText.errors.TWO_FACTOR_KEY_MISSING;
      return page(c, deps, <SecondStepForm returnTo={returnTo} error={says} />, 503);
    }
    return page(c, deps, <SecondStepForm returnTo={returnTo} error={twoFactorText.login.wrong} />, 401);
  });
}

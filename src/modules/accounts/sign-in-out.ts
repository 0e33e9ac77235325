// Signing in and out, the same by the forms (/dang-nhap, /dang-xuat) and the API
// (/api/v1/auth/login, …/logout): credentials that passed loginSchema are checked by the service
// and a right one gets the session cookie (after the second factor, for a user who has one);
// signing out ends the session, audits it, clears the cookie.
import type { Context } from 'hono';
import type { BlockList } from 'node:net';
import { clientIp } from '../../platform/http/client-ip.js';
import type { AccountsService, LoginResult } from './accounts.service.js';
import type { AuditLog } from './audit.js';
import type { SessionStore } from './sessions.js';
import type { PendingLogins, SecondStepResult } from './two-factor-login.js';
import { requestIdOf, type StaffEnv, type StaffGuard } from './staff-guard.js';

/** The login check for this request (its address and browser); a right one starts the session. */
export async function signIn(
  c: Context<StaffEnv>,
  deps: { accounts: AccountsService; guard: StaffGuard; trustedProxies: BlockList },
  credentials: { email: string; password: string },
): Promise<LoginResult> {
  const result = await deps.accounts.login({
    ...credentials,
    ip: clientIp(c, deps.trustedProxies),
    userAgent: c.req.header('user-agent') ?? '',
    requestId: requestIdOf(c),
  });
  if (result.kind === 'ok') deps.guard.startSession(c, result.token);
  return result;
}

/** The second factor of a pending login (two-factor-login.ts); a right one starts the session. */
export async function signInSecondStep(
  c: Context<StaffEnv>,
  deps: { pendingLogins: PendingLogins; guard: StaffGuard; trustedProxies: BlockList },
  input: { pendingToken: string; code: string },
): Promise<SecondStepResult> {
  const result = await deps.pendingLogins.complete({
    ...input,
    ip: clientIp(c, deps.trustedProxies),
    requestId: requestIdOf(c),
  });
  if (result.kind === 'ok') deps.guard.startSession(c, result.token);
  return result;
}

export async function signOut(
  c: Context<StaffEnv>,
  deps: { sessions: SessionStore; audit: AuditLog; guard: StaffGuard },
): Promise<void> {
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
  deps.guard.endSession(c);
}

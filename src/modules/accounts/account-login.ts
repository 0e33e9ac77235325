// The login check: a place in the password queue, the attempt reserved against the throttle, one
// argon2 verification (against a decoy hash for an unknown e-mail), then the session and the audit
// rows, or, for a user with two-factor login, a pending login that waits for the code (two-factor-login.ts).
import { WorkQueueFullError } from '../../platform/concurrency/work-limiter.js';
import * as q from './accounts.queries.js';
import type { AccountsServiceDeps, LoginAttempt, LoginResult } from './accounts.types.js';
import { accountsText } from './accounts.vi.js';
import { decoyPasswordHash, verifyPassword } from './passwords.js';
import { describeBrowser } from './sessions.js';

/** Why a login failed, for the audit log (the person is told the same thing in every case). */
function failureDetail(user: { disabled: number } | undefined): string {
  if (!user) return accountsText.auditDetail.noAccount;
  return user.disabled ? accountsText.auditDetail.accountDisabled : accountsText.auditDetail.wrongPassword;
}

export function createLoginCheck(deps: AccountsServiceDeps) {
  const { db, clock, audit } = deps;
  const now = () => clock.now().toISOString();

  async function checkLogin(input: LoginAttempt): Promise<LoginResult> {
    const reserved = await deps.throttle.reserve(input.email, input.ip);
    if (reserved.kind === 'throttled') {
      await audit.record({ action: 'login.throttled', actor: input.email, requestId: input.requestId });
      return reserved;
    }
    const user = await q.findUserByEmail(db, input.email);
    const passwordOk = await verifyPassword(user?.password_hash ?? (await decoyPasswordHash()), input.password);
    if (!user || !passwordOk || user.disabled === 1) {
      await audit.record({
        action: 'login.failed',
        userId: user?.id ?? null,
        actor: input.email,
        detail: failureDetail(user),
        requestId: input.requestId,
      });
      return { kind: 'invalid' };
    }
    // The password alone opens nothing for a user with a second factor: the reservation stays
    // counted (as a failure) until the code passes, so codes are throttled like passwords.
    if (await deps.twoFactor.isEnabled(user.id)) {
      const pendingToken = await deps.pendingLogins.create(
        user.id,
        reserved.reservation,
        describeBrowser(input.userAgent),
      );
      return { kind: 'second-factor', pendingToken };
    }
    await deps.throttle.succeeded(reserved.reservation);
    const session = await deps.sessions.create(user.id, describeBrowser(input.userAgent));
    await q.updateUser(db, user.id, { lastLoginAt: now(), now: now() });
    await audit.record({ action: 'login.succeeded', userId: user.id, actor: user.email, requestId: input.requestId });
    return { kind: 'ok', token: session.token, user: { id: user.id, email: user.email } };
  }

  return {
    /**
     * Checks a login: a place in the password queue, then the attempt reserved against the
     * throttle (so a burst verifies no more passwords than the limits allow), then one argon2
     * verification. Unknown e-mail and wrong password take the same path (a real verification
     * against a decoy hash) and give the same answer.
     */
    async login(input: LoginAttempt): Promise<LoginResult> {
      try {
        return await deps.passwordWork.run(() => checkLogin(input));
      } catch (err) {
        // Not audited: refusing a burst must stay cheap, and no password was tried.
        if (!(err instanceof WorkQueueFullError)) throw err;
        return { kind: 'busy', retryAfterSeconds: err.retryAfterSeconds };
      }
    },
  };
}

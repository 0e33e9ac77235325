// The second step of a login: after a right password, a user with two-factor login gets a pending
// login (a random token in a short-lived cookie, stored hashed), not a session. The code is checked
// under the same throttle as passwords (same account and address limits): each try is reserved
// first and counts as a failure unless it passes, and the password's own reservation stays counted
// until then. A pending login allows five tries and five minutes; then the password is asked again.
import { createHash } from 'node:crypto';
import type { Clock, RandomSource } from '../../platform/clock.js';
import type { Db } from '../../database.js';
import { updateUser } from './accounts.queries.js';
import { accountsText } from './accounts.vi.js';
import type { AuditLog } from './audit.js';
import type { LoginThrottle, Reservation } from './login-throttle.js';
import { looksLikeRecoveryCode } from './recovery-codes.js';
import type { SessionStore } from './sessions.js';
import type { TwoFactor } from './two-factor.js';
import * as q from './two-factor.queries.js';

export const PENDING_LOGIN_MS = 5 * 60 * 1000;
export const MAX_CODE_TRIES = 5;

export type SecondStepResult =
  | { kind: 'ok'; token: string; user: { id: number; email: string } }
  | { kind: 'invalid' }
  /** No such pending login, or it is over (expired, used, too many tries, account locked): log in again. */
  | { kind: 'expired' }
  | { kind: 'throttled'; retryAfterSeconds: number }
  /** The six-digit code cannot be checked: the key that encrypted the secret is gone (a recovery code can). */
  | { kind: 'key_missing' };

export interface SecondStepAttempt {
  pendingToken: string;
  code: string;
  ip: string;
  requestId: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const says = accountsText.auditDetail;

type PendingLoginDeps = {
  db: Db;
  clock: Clock;
  random: RandomSource;
  throttle: LoginThrottle;
  sessions: SessionStore;
  twoFactor: Pick<TwoFactor, 'check'>;
  audit: AuditLog;
};

/** The pending login of this token while it may still complete; one that is over is removed. */
async function findLive({ db, clock }: PendingLoginDeps, token: string) {
  if (!token || token.length > 100) return undefined;
  const row = await q.findPending(db, hashToken(token));
  if (!row) return undefined;
  const over = Date.parse(row.expires_at) <= clock.now().getTime() || row.tries >= MAX_CODE_TRIES || row.disabled === 1;
  if (!over) return row;
  await q.deletePending(db, row.token_hash);
  return undefined;
}

type LivePending = NonNullable<Awaited<ReturnType<typeof findLive>>>;

/** The code passed: the password's and the code's reservations were no failures; the session. */
async function succeed(deps: PendingLoginDeps, row: LivePending, code: Reservation, typed: string) {
  const passwordAttempts = row.attempt_ids.split(',').map(Number).filter(Number.isInteger);
  await deps.throttle.succeeded({ attemptIds: [...passwordAttempts, ...code.attemptIds], pairKey: code.pairKey });
  const session = await deps.sessions.create(row.user_id, row.browser);
  const at = deps.clock.now().toISOString();
  await updateUser(deps.db, row.user_id, { lastLoginAt: at, now: at });
  return { session, detail: looksLikeRecoveryCode(typed) ? says.recoveryCode : says.authenticatorCode };
}

export function createPendingLogins(deps: PendingLoginDeps) {
  const { db, clock, audit } = deps;
  const now = () => clock.now();

  return {
    /** A right password's pending login: its token, for the cookie (or the API's same request). */
    async create(userId: number, reservation: Reservation, userAgentBrowser: string): Promise<string> {
      const token = deps.random(32).toString('base64url');
      const at = now().getTime();
      await q.deletePendingBefore(db, new Date(at).toISOString());
      await q.insertPending(db, {
        tokenHash: hashToken(token),
        userId,
        attemptIds: reservation.attemptIds,
        browser: userAgentBrowser,
        expiresAt: new Date(at + PENDING_LOGIN_MS).toISOString(),
      });
      return token;
    },

    /** True while the pending login of this token can still take a code (the code page is shown). */
    async isLive(token: string): Promise<boolean> {
      return (await findLive(deps, token)) !== undefined;
    },

    /** The code of a pending login: a session when it is right and not used before. */
    async complete(input: SecondStepAttempt): Promise<SecondStepResult> {
      const row = await findLive(deps, input.pendingToken);
      if (!row) return { kind: 'expired' };
      const reserved = await deps.throttle.reserve(row.email, input.ip);
      if (reserved.kind === 'throttled') {
        await audit.record({ action: 'login.throttled', actor: row.email, requestId: input.requestId });
        return reserved;
      }
      const checked = await deps.twoFactor.check({ id: row.user_id, email: row.email }, input.code);
      // Deleting the pending login is the claim: two requests with two right codes make one session.
      if (checked === 'ok' && (await q.deletePending(db, row.token_hash))) {
        const { session, detail } = await succeed(deps, row, reserved.reservation, input.code);
        await audit.record({
          action: 'login.succeeded',
          userId: row.user_id,
          actor: row.email,
          detail,
          requestId: input.requestId,
        });
        return { kind: 'ok', token: session.token, user: { id: row.user_id, email: row.email } };
      }
      // A code the server could not check is no guess: not a try, not a failure (a recovery code is next).
      if (checked === 'key_missing') await deps.throttle.released(reserved.reservation);
      else await q.countPendingTry(db, row.token_hash);
      await audit.record({
        action: 'login.failed',
        userId: row.user_id,
        actor: row.email,
        detail: {
          replayed: says.codeReplayed,
          key_missing: says.keyMissing,
          invalid: says.wrongCode,
          ok: says.wrongCode,
        }[checked],
        requestId: input.requestId,
      });
      return checked === 'key_missing' ? { kind: 'key_missing' } : { kind: 'invalid' };
    },

    /** Abandons a pending login (the person went back to the password form). */
    async drop(token: string) {
      if (token) await q.deletePending(db, hashToken(token));
    },
  };
}

export type PendingLogins = ReturnType<typeof createPendingLogins>;

// What the accounts service gives and takes: its callers never see a row.
import type { Clock } from '../../platform/clock.js';
import type { WorkLimiter } from '../../platform/concurrency/work-limiter.js';
import type { Db } from '../../database.js';
import type { ApiTokenStore } from './api-tokens.js';
import type { AuditLog } from './audit.js';
import type { LoginThrottle } from './login-throttle.js';
import type { Role } from './roles.js';
import type { SessionStore } from './sessions.js';
import type { PendingLogins } from './two-factor-login.js';
import type { TwoFactor } from './two-factor.js';

export interface UserView {
  id: number;
  email: string;
  name: string;
  roles: Role[];
  /** The unit a unit reporter belongs to; optional for other roles. */
  unitId: number | null;
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

export type LoginResult =
  | { kind: 'ok'; token: string; user: { id: number; email: string } }
  /** The password was right and the user has a second factor: the code is asked next (no session yet). */
  | { kind: 'second-factor'; pendingToken: string }
  | { kind: 'invalid' }
  | { kind: 'throttled'; retryAfterSeconds: number }
  /** Too many passwords being checked at this moment (a burst): try again in a few seconds. */
  | { kind: 'busy'; retryAfterSeconds: number };

export interface LoginAttempt {
  email: string;
  password: string;
  ip: string;
  userAgent: string;
  requestId: string;
}

export class PasswordPolicyError extends Error {}
export class DuplicateEmailError extends Error {}

/** What the service's parts are built from. */
export interface AccountsServiceDeps {
  db: Db;
  clock: Clock;
  sessions: SessionStore;
  apiTokens: Pick<ApiTokenStore, 'revokeAllFor'>;
  throttle: LoginThrottle;
  audit: AuditLog;
  passwordWork: WorkLimiter;
  twoFactor: Pick<TwoFactor, 'isEnabled'>;
  pendingLogins: Pick<PendingLogins, 'create'>;
}

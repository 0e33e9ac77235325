// Users, login and the first admin. Rows stay here; callers get SessionUser / UserView.
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../database.js';
import { isUniqueViolation } from '../../platform/db/dialect.js';
import * as q from './accounts.queries.js';
import type { ApiTokenStore } from './api-tokens.js';
import type { AuditLog } from './audit.js';
import type { LoginThrottle } from './login-throttle.js';
import { WorkQueueFullError, type WorkLimiter } from '../../platform/concurrency/work-limiter.js';
import { checkPasswordPolicy, decoyPasswordHash, hashPassword, verifyPassword } from './passwords.js';
import { accountsText } from './accounts.vi.js';
import { isRole, type Role } from './roles.js';
import { describeBrowser, type SessionStore } from './sessions.js';

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
  | { kind: 'invalid' }
  | { kind: 'throttled'; retryAfterSeconds: number }
  /** Too many passwords being checked at this moment (a burst): try again in a few seconds. */
  | { kind: 'busy'; retryAfterSeconds: number };

export class PasswordPolicyError extends Error {}
export class DuplicateEmailError extends Error {}

export function createAccountsService(deps: {
  db: Db;
  clock: Clock;
  sessions: SessionStore;
  apiTokens: Pick<ApiTokenStore, 'revokeAllFor'>;
  throttle: LoginThrottle;
  audit: AuditLog;
  passwordWork: WorkLimiter;
}) {
  const { db, clock, audit } = deps;
  const now = () => clock.now().toISOString();

  async function toViews(rows: Awaited<ReturnType<typeof q.listUsers>>): Promise<UserView[]> {
    const roles = await q.listRoles(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      name: r.name,
      roles: (roles.get(r.id) ?? []).filter(isRole),
      unitId: r.unit_id,
      disabled: r.disabled === 1,
      createdAt: r.created_at,
      lastLoginAt: r.last_login_at,
    }));
  }

  async function setPassword(userId: number, email: string, password: string) {
    const problem = checkPasswordPolicy(password, { email });
    if (problem) throw new PasswordPolicyError(problem);
    await q.updateUser(db, userId, {
      passwordHash: await deps.passwordWork.run(() => hashPassword(password)),
      now: now(),
    });
  }

  async function checkLogin(input: {
    email: string;
    password: string;
    ip: string;
    userAgent: string;
    requestId: string;
  }): Promise<LoginResult> {
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
        detail: !user
          ? accountsText.auditDetail.noAccount
          : user.disabled
            ? accountsText.auditDetail.accountDisabled
            : accountsText.auditDetail.wrongPassword,
        requestId: input.requestId,
      });
      return { kind: 'invalid' };
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
    async login(input: {
      email: string;
      password: string;
      ip: string;
      userAgent: string;
      requestId: string;
    }): Promise<LoginResult> {
      try {
        return await deps.passwordWork.run(() => checkLogin(input));
      } catch (err) {
        // Not audited: refusing a burst must stay cheap, and no password was tried.
        if (!(err instanceof WorkQueueFullError)) throw err;
        return { kind: 'busy', retryAfterSeconds: err.retryAfterSeconds };
      }
    },

    async listUsers(): Promise<UserView[]> {
      return toViews(await q.listUsers(db));
    },

    async findUser(id: number): Promise<UserView | undefined> {
      const row = await q.findUserById(db, id);
      return row ? (await toViews([row]))[0] : undefined;
    },

    async createUser(input: {
      email: string;
      name: string;
      password: string;
      roles: Role[];
      unitId?: number | null;
    }): Promise<number> {
      const problem = checkPasswordPolicy(input.password, { email: input.email });
      if (problem) throw new PasswordPolicyError(problem);
      if (await q.findUserByEmail(db, input.email)) throw new DuplicateEmailError(accountsText.fields.emailTaken);
      const passwordHash = await deps.passwordWork.run(() => hashPassword(input.password));
      try {
        return await db.transaction().execute(async (trx) => {
          const id = await q.insertUser(trx, {
            email: input.email,
            name: input.name,
            passwordHash,
            unitId: input.unitId ?? null,
            now: now(),
          });
          await q.replaceRoles(trx, id, input.roles);
          return id;
        });
      } catch (err) {
        // The check above reads before the hash is made: two admins adding one e-mail at once
        // meet the UNIQUE constraint instead, and get the same answer.
        if (isUniqueViolation(err)) throw new DuplicateEmailError(accountsText.fields.emailTaken);
        throw err;
      }
    },

    async updateUser(id: number, changes: { name: string; roles: Role[]; unitId: number | null }) {
      await db.transaction().execute(async (trx) => {
        await q.updateUser(trx, id, { name: changes.name, unitId: changes.unitId, now: now() });
        await q.replaceRoles(trx, id, changes.roles);
      });
    },

    /**
     * Disabling ends every session of the user at once. Their API tokens stop working too (the
     * token check reads the flag), and work again if the account is enabled.
     */
    async setDisabled(id: number, disabled: boolean) {
      await q.updateUser(db, id, { disabled, now: now() });
      if (disabled) await deps.sessions.endAllFor(id);
    },

    /**
     * A new password ends the user's sessions and revokes their API tokens: whoever knew the old
     * one (and may have made a token with it) is locked out.
     */
    async resetPassword(id: number, password: string) {
      const user = await q.findUserById(db, id);
      if (!user) return false;
      await setPassword(id, user.email, password);
      await deps.sessions.endAllFor(id);
      await deps.apiTokens.revokeAllFor(id);
      return true;
    },

    async countUsers() {
      return q.countUsers(db);
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;

// Changes to accounts: a new user, name, roles and unit, disabling, a new password. Checked here:
// what needs the database (one account per e-mail; a reset's password against the stored e-mail).
import { isUniqueViolation } from '../../platform/db/dialect.js';
import * as q from './accounts.queries.js';
import { DuplicateEmailError, PasswordPolicyError, type AccountsServiceDeps } from './accounts.types.js';
import { accountsText } from './accounts.vi.js';
import { hashPassword } from './passwords.js';
import { newPasswordSchema } from './accounts.schema.js';
import type { Role } from './roles.js';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  roles: Role[];
  unitId?: number | null;
}

/** Throws PasswordPolicyError with newPasswordSchema's reason when `password` may not be set for `email`. */
export function refuseWeakPassword(email: string, password: string): void {
  const checked = newPasswordSchema.safeParse({ email, password });
  if (!checked.success) throw new PasswordPolicyError(checked.error.issues[0]?.message);
}

export function createUserCommands(deps: AccountsServiceDeps) {
  const { db, clock } = deps;
  const now = () => clock.now().toISOString();

  const hash = (password: string) => deps.passwordWork.run(() => hashPassword(password));

  return {
    /** `input` has passed newUserSchema (the form) or newPasswordSchema (the first accounts). */
    async createUser(input: NewUser): Promise<number> {
      if (await q.findUserByEmail(db, input.email)) throw new DuplicateEmailError(accountsText.fields.emailTaken);
      const passwordHash = await hash(input.password);
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
      refuseWeakPassword(user.email, password);
      await q.updateUser(db, id, { passwordHash: await hash(password), now: now() });
      await deps.sessions.endAllFor(id);
      await deps.apiTokens.revokeAllFor(id);
      return true;
    },
  };
}

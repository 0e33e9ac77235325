// The inputs of accounts, one schema each, with Vietnamese messages: the login form and the login
// API take loginSchema; the new user form newUserSchema; a password set any other way (the admin's
// reset, the command line's, the first accounts') newPasswordSchema. The services keep only the
// checks that need the database: an e-mail already taken; the stored e-mail of a password's user.
import { z } from 'zod';
import { accountsText } from './accounts.vi.js';
import { API_TOKEN_EXPIRIES } from './api-tokens.js';
import { isLoginName, PASSWORD_MAX, passwordProblem } from './passwords.js';
import { ROLES } from './roles.js';

const says = accountsText.fields;

const email = z
  .string({ error: says.emailRequired })
  .trim()
  .min(1, says.emailRequired)
  .max(254, says.emailTooLong)
  .transform((value) => value.normalize('NFC').toLowerCase())
  .pipe(z.email({ error: says.emailInvalid }));

export const loginSchema = z.object({
  email,
  // The policy is checked when a password is set; at login any length up to the cap is tried.
  password: z
    .string({ error: says.passwordRequired })
    .min(1, says.passwordRequired)
    .max(PASSWORD_MAX * 4, says.passwordTooLong),
});

export const userFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, says.nameRequired)
    .max(120, says.nameTooLong)
    .transform((s) => s.normalize('NFC')),
  email,
  roles: z.array(z.enum(ROLES, { error: says.roleInvalid })).min(1, says.rolesRequired),
});

/** A password being set: 8–128 characters, not a common one. */
const newPassword = z.string({ error: says.passwordRequired }).superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** …and not the login's own name. */
function notTheLoginName(value: { email: string; password: string }, ctx: z.RefinementCtx) {
  if (isLoginName(value.password, value.email))
    ctx.addIssue({ code: 'custom', path: ['password'], message: accountsText.passwordPolicy.sameAsLogin });
}

/** A new account with its first password (the new user form). */
export const newUserSchema = userFormSchema.extend({ password: newPassword }).superRefine(notTheLoginName);

/** A new password for the account of `email` (a reset, npm run reset-password, the first accounts). */
export const newPasswordSchema = z.object({ email: z.string(), password: newPassword }).superRefine(notTheLoginName);

export const userEditSchema = userFormSchema.omit({ email: true });
export type UserForm = z.infer<typeof userFormSchema>;

export const apiTokenFormSchema = z.object({
  name: z
    .string({ error: says.tokenNameMissing })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, says.tokenNameEmpty)
        // Counted in characters as a reader sees them, not UTF-16 units.
        .refine((s) => [...s].length <= 100, says.tokenNameTooLong),
    ),
  expiry: z.enum(API_TOKEN_EXPIRIES, { error: says.tokenExpiry }),
});

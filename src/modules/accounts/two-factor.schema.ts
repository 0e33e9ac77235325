// The inputs of two-factor login, one schema each: a code typed in a form (the login's second step,
// turning it on, turning it off), the JSON login that may carry its code, and the admin's roles.
import { z } from 'zod';
import { loginSchema } from './accounts.schema.js';
import { ROLES } from './roles.js';
import { twoFactorText } from './two-factor.vi.js';

const says = twoFactorText.fields;

/** Six digits, or a recovery code (16 letters and digits, dashes and spaces allowed). */
const code = z.string({ error: says.codeRequired }).trim().min(1, says.codeRequired).max(40, says.codeTooLong);

export const codeFormSchema = z.object({ code });

/** POST /api/v1/auth/login: the password, and the code for an account that has a second factor. */
export const apiLoginSchema = loginSchema.extend({ code: code.optional() });

/** The admin's choice: none, some or every role. */
export const requiredRolesSchema = z.object({
  roles: z.array(z.enum(ROLES, { error: says.roleInvalid })),
});

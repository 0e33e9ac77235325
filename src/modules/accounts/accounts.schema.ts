// Forms at the edge, with Vietnamese messages.
import { z } from 'zod';
import { accountsText } from './accounts.vi.js';
import { API_TOKEN_EXPIRIES } from './api-tokens.js';
import { PASSWORD_MAX } from './passwords.js';
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

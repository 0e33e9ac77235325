// Passwords: argon2id, NFC-normalised (the same word typed on a Mac and on Windows must match),
// 8–128 characters counted as characters, never truncated; the most common ones refused.
import type * as Argon2 from '@node-rs/argon2';
import { requiredOnFirstUse } from '../../platform/required-on-first-use.js';
import { fold } from '../../platform/text/fold.js';
import { accountsText } from './accounts.vi.js';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

// Vietnamese favourites that the English-centred list misses.
const VIETNAMESE_COMMON = [
  'matkhau',
  'matkhau123',
  'matkhau@123',
  '12345678a',
  '123456a@',
  'anhyeuem',
  'emyeuanh',
  'vietnam',
  'vietnam123',
  'hanoi123',
  'laocai123',
  'dangcongsan',
  'admin@123',
  'abc@1234',
  'quantri',
  'quantri123',
];
// Required on first use, not imported: the package unpacks all its word lists when loaded (a few
// MB kept for good), and only a password being set needs them.
const commonPasswords = requiredOnFirstUse<typeof import('@zxcvbn-ts/language-common'), Set<string>>(
  '@zxcvbn-ts/language-common',
  ({ dictionary }) => new Set([...(dictionary['passwords-common'] as string[]), ...VIETNAMESE_COMMON]),
);
const isCommon = (password: string) => commonPasswords().has(fold(password));
// Required on first use too: a native addon that only a login or a password being set needs; not
// loading it at start takes ~25 ms off it (bench/RESULTS.md, "seventh stop").
const argon2 = requiredOnFirstUse<typeof Argon2>('@node-rs/argon2');

/** Why `password` may not be anyone's (length in characters, a common one), or undefined. */
export function passwordProblem(password: string): string | undefined {
  const normalized = password.normalize('NFC');
  const length = [...normalized].length;
  const says = accountsText.passwordPolicy;
  if (length < PASSWORD_MIN) return says.tooShort(PASSWORD_MIN);
  if (length > PASSWORD_MAX) return says.tooLong(PASSWORD_MAX);
  if (isCommon(normalized)) return says.tooCommon;
  return undefined;
}

/** True when the password is the login's name (the e-mail before the @), accents and case aside. */
export function isLoginName(password: string, email: string): boolean {
  const local = email.split('@')[0];
  return Boolean(local) && fold(password.normalize('NFC')) === fold(local!);
}

/** argon2id is the library's default (m=19 MiB, t=2, p=1: OWASP's first recommendation). */
export function hashPassword(password: string): Promise<string> {
  return argon2().hash(password.normalize('NFC'));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await argon2().verify(passwordHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

/**
 * A real hash to verify against when the account does not exist, so an unknown e-mail costs the
 * same time as a wrong password and the answer cannot tell them apart.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy password that matches nothing 7f3a');
  return decoyHash;
}

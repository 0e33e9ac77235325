// Recovery codes: ten per user, for the day the phone is lost. Each is 80 random bits written as
// four groups of four letters and digits (Crockford's base32, no I, L, O, U), shown once and stored
// only as SHA-256: with 80 bits a leaked hash cannot be reversed by trying codes.
import { createHash } from 'node:crypto';
import type { RandomSource } from '../../platform/clock.js';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** What a person typed, as it is hashed: lower case, without spaces or dashes, O→0, I/L→1. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toLowerCase().replace(/[\s-]/g, '').replace(/o/g, '0').replace(/[il]/g, '1');
}

/** True when `typed` has the shape of a recovery code (and not of a six-digit code). */
export function looksLikeRecoveryCode(typed: string): boolean {
  return /^[0-9a-hjkmnp-tv-z]{16}$/.test(normaliseRecoveryCode(typed));
}

export const hashRecoveryCode = (typed: string) =>
  createHash('sha256').update(normaliseRecoveryCode(typed)).digest('hex');

/** Ten new codes, as shown to the person ("abcd-efgh-jkmn-pqrs"). */
export function makeRecoveryCodes(random: RandomSource): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = random(10);
    let bits = 0n;
    for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
    let code = '';
    for (let i = 0; i < 16; i++) code += ALPHABET[Number((bits >> BigInt(75 - i * 5)) & 31n)];
    return code.match(/.{4}/g)!.join('-');
  });
}

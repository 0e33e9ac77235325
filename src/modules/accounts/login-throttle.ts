// Login attempts are reserved in the database before a password is verified, so a burst of
// concurrent attempts (on one node or many) can never verify more passwords than the limits allow.
// A reservation counts as a failure until the password turns out right, when it is taken back.
//
// Three limits over a sliding 15-minute window (docs/SECURITY.md says why these):
// - an account from one address: 5. This is the lockout a guesser meets first. It does not lock
//   the account for everyone, so 5 wrong passwords from 5 addresses cannot keep its owner out;
// - an address, whatever the accounts: 20 (one guesser trying many accounts);
// - an account, whatever the addresses: 50 (a guesser spread over many addresses).
// Addresses are keyed with a server secret, never stored raw.
import { createHmac } from 'node:crypto';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../database.js';
import {
  deleteLoginAttempts,
  deleteLoginFailures,
  deleteLoginFailuresBefore,
  insertLoginAttempts,
  listLoginAttemptsSince,
  lockLoginKeys,
} from './accounts.queries.js';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const MAX_FAILURES_PER_ACCOUNT = 50;
const PRUNE_EVERY_MS = 60 * 1000;

export type Reservation = { attemptIds: number[]; pairKey: string };
export type ReserveResult =
  | { kind: 'reserved'; reservation: Reservation }
  | { kind: 'throttled'; retryAfterSeconds: number };

export function createLoginThrottle(deps: { db: Db; clock: Clock; addressSecret: string }) {
  const addressHash = (ip: string) => createHmac('sha256', deps.addressSecret).update(ip).digest('hex').slice(0, 32);
  let lastPrune = 0;

  function limitsFor(email: string, ip: string): Array<{ key: string; limit: number }> {
    const address = addressHash(ip);
    return [
      { key: `email-ip:${email} ${address}`, limit: MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS },
      { key: `ip:${address}`, limit: MAX_FAILURES_PER_ADDRESS },
      { key: `email:${email}`, limit: MAX_FAILURES_PER_ACCOUNT },
    ];
  }

  async function pruneNow(now: number) {
    if (now - lastPrune < PRUNE_EVERY_MS) return;
    lastPrune = now;
    await deleteLoginFailuresBefore(deps.db, new Date(now - LOGIN_WINDOW_MS).toISOString());
  }

  return {
    /**
     * Counts this attempt before its password is checked, in one transaction that holds the
     * keys' locks: the limit-th concurrent attempt is the last to get through, on any node.
     */
    async reserve(email: string, ip: string): Promise<ReserveResult> {
      const now = deps.clock.now().getTime();
      const at = new Date(now).toISOString();
      const since = new Date(now - LOGIN_WINDOW_MS).toISOString();
      const limits = limitsFor(email, ip);
      const result = await deps.db.transaction().execute(async (trx): Promise<ReserveResult> => {
        await lockLoginKeys(
          trx,
          limits.map((l) => l.key),
          at,
        );
        let releaseAt = 0;
        for (const { key, limit } of limits) {
          const recent = await listLoginAttemptsSince(trx, key, since, limit);
          // Allowed again when the oldest of the last `limit` attempts leaves the window.
          if (recent.length >= limit) releaseAt = Math.max(releaseAt, Date.parse(recent[0]!) + LOGIN_WINDOW_MS);
        }
        if (releaseAt > 0)
          return { kind: 'throttled', retryAfterSeconds: Math.max(1, Math.ceil((releaseAt - now) / 1000)) };
        const attemptIds = await insertLoginAttempts(
          trx,
          limits.map((l) => l.key),
          at,
        );
        return { kind: 'reserved', reservation: { attemptIds, pairKey: limits[0]!.key } };
      });
      await pruneNow(now);
      return result;
    },

    /**
     * The password was right: this attempt was no failure, and the account's lockout from this
     * address is lifted. Failures from other addresses stay counted (they were someone else).
     */
    async succeeded(reservation: Reservation) {
      await deleteLoginAttempts(deps.db, reservation.attemptIds);
      await deleteLoginFailures(deps.db, reservation.pairKey);
    },

    /** Nothing could be checked (a fault of the server's, not a guess): this attempt is not counted. */
    async released(reservation: Reservation) {
      await deleteLoginAttempts(deps.db, reservation.attemptIds);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

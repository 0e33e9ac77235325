// Failed logins are counted in the database (so every node sees them): 5 per account or 20 per
// address in 15 minutes, then 429 until the oldest failure leaves the window. Addresses are keyed
// with a server secret, never stored raw.
import { createHmac } from 'node:crypto';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../database.js';
import { deleteLoginFailures, deleteLoginFailuresBefore, insertLoginFailures, listLoginFailuresSince } from './accounts.queries.js';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export function createLoginThrottle(deps: { db: Db; clock: Clock; addressSecret: string }) {
  const accountKey = (email: string) => `email:${email}`;
  const addressKey = (ip: string) => `ip:${createHmac('sha256', deps.addressSecret).update(ip).digest('hex').slice(0, 32)}`;

  async function secondsUntilAllowed(key: string, limit: number): Promise<number> {
    const now = deps.clock.now().getTime();
    const failures = await listLoginFailuresSince(deps.db, key, new Date(now - LOGIN_WINDOW_MS).toISOString());
    if (failures.length < limit) return 0;
    // Allowed again when enough failures have aged out of the window.
    const release = Date.parse(failures[failures.length - limit]!.at) + LOGIN_WINDOW_MS;
    return Math.max(1, Math.ceil((release - now) / 1000));
  }

  return {
    /** Seconds to wait before this account or address may try again; 0 when allowed. */
    async retryAfter(email: string, ip: string): Promise<number> {
      return Math.max(
        await secondsUntilAllowed(accountKey(email), MAX_FAILURES_PER_ACCOUNT),
        await secondsUntilAllowed(addressKey(ip), MAX_FAILURES_PER_ADDRESS),
      );
    },
    async recordFailure(email: string, ip: string) {
      const now = deps.clock.now();
      await insertLoginFailures(deps.db, [accountKey(email), addressKey(ip)], now.toISOString());
      await deleteLoginFailuresBefore(deps.db, new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString());
    },
    clearAccount(email: string) {
      return deleteLoginFailures(deps.db, accountKey(email));
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

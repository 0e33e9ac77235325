// How many contact forms one address may send: a sliding hour per address, kept in memory only
// (like the beacon's throttle) and keyed by an HMAC of the address, so no address is held as
// typed. With several nodes each counts its own, which still bounds a flood by the node count.
import { createHmac } from 'node:crypto';
import type { Clock } from '../../platform/clock.js';

/** Sends (valid or not) per address per hour: a person who corrects a refused form twice is far below it. */
export const SENDS_PER_HOUR = 8;
const WINDOW_MS = 60 * 60 * 1000;
/** Beyond this many addresses remembered, the oldest entries are dropped first (memory bound). */
const MAX_ADDRESSES = 50_000;

export interface SenderLimit {
  /** Counts one send from `ip`; returns seconds to wait when over the limit, else 0. */
  take(ip: string): number;
}

export function createSenderLimit(deps: { clock: Clock; secret: string; perHour?: number }): SenderLimit {
  const limit = deps.perHour ?? SENDS_PER_HOUR;
  const sends = new Map<string, number[]>();
  const keyOf = (ip: string) => createHmac('sha256', deps.secret).update(`sender:${ip}`).digest('base64url');
  return {
    take(ip) {
      const now = deps.clock.now().getTime();
      const key = keyOf(ip);
      const recent = (sends.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
      if (recent.length >= limit) {
        sends.set(key, recent);
        return Math.max(1, Math.ceil((recent[0]! + WINDOW_MS - now) / 1000));
      }
      recent.push(now);
      sends.delete(key);
      sends.set(key, recent);
      if (sends.size > MAX_ADDRESSES) sends.delete(sends.keys().next().value as string);
      return 0;
    },
  };
}

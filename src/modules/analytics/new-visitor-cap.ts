// At most NEW_VISITORS_PER_ADDRESS distinct browsers (user agents) per address are counted in a
// window: one machine sending 300 user agents would otherwise be 300 readers. 60 in 10 minutes
// still fits a whole office behind one NAT address. Kept in memory only, like the throttle: keys
// are seeded hashes of the address (an IPv6 /64, which one subscriber usually holds whole), and
// the map is dropped at each window.
import { randomInt } from 'node:crypto';
import type { Clock } from '../../platform/clock.js';
import { fnv1a32 } from './short-hash.js';

export const NEW_VISITORS_PER_ADDRESS = 60;
export const NEW_VISITOR_WINDOW_MS = 10 * 60_000;
// A flood of distinct addresses starts the window afresh rather than growing the map without end.
const MAX_ADDRESSES = 100_000;

export interface NewVisitorCap {
  /**
   * Whether this browser (a hash of its user agent, fnv1a32) at this address may be counted;
   * false once the address has its fill.
   */
  admit(address: string, browser: number): boolean;
}

export function createNewVisitorCap(options: {
  clock: Clock;
  limit?: number;
  windowMs?: number;
  maxAddresses?: number;
}): NewVisitorCap {
  const limit = options.limit ?? NEW_VISITORS_PER_ADDRESS;
  const windowMs = options.windowMs ?? NEW_VISITOR_WINDOW_MS;
  const maxAddresses = options.maxAddresses ?? MAX_ADDRESSES;
  // Random per process, so the keys are no fixed table from which addresses could be read back.
  const seeds = [randomInt(2 ** 32), randomInt(2 ** 32)] as const;
  let windowStart = 0;
  // Per address: the one browser seen so far, or the set of them once there are several.
  let seen = new Map<number, number | Set<number>>();

  return {
    admit(address, browser) {
      const now = options.clock.now().getTime();
      if (now - windowStart >= windowMs) {
        windowStart = now - (now % windowMs);
        seen = new Map();
      }
      const network = networkOf(address);
      // 52 bits from two seeded hashes: two addresses sharing one budget by chance is negligible.
      const key = fnv1a32(network, seeds[0]) * 2 ** 20 + (fnv1a32(network, seeds[1]) >>> 12);
      const known = seen.get(key);
      if (known === undefined) {
        if (seen.size >= maxAddresses) seen = new Map();
        seen.set(key, browser);
        return true;
      }
      if (typeof known === 'number') {
        if (known === browser) return true;
        if (limit < 2) return false;
        seen.set(key, new Set([known, browser]));
        return true;
      }
      if (known.has(browser)) return true;
      if (known.size >= limit) return false;
      known.add(browser);
      return true;
    },
  };
}

/** IPv4 addresses as they are; IPv6 addresses by their /64 network. */
export function networkOf(address: string): string {
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.toLowerCase().split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':');
}

// Fixed one-minute windows per key, kept only in memory (keys may be addresses: never stored).
// A key is kept as a 52-bit seeded hash, and a window holds at most `maxKeys` of them: a beacon
// flood from distinct addresses had grown the maps by a string per address, about 70 MB a minute
// at 8,000 hits/s (bench/RESULTS.md, "Memory"). Past maxKeys, a key first seen in this window
// passes uncounted until the window ends, while every key already counted stays throttled.
import { randomInt } from 'node:crypto';
import type { Clock } from '../../platform/clock.js';
import { fnv1a32 } from './short-hash.js';

export interface Throttle {
  /** Counts one request for `key`; returns seconds to wait when over the limit, else 0. */
  take(key: string): number;
}

const WINDOW_MS = 60_000;
const MAX_KEYS = 100_000;

export function createThrottle(options: { limitPerMinute: number; clock: Clock; maxKeys?: number }): Throttle {
  const maxKeys = options.maxKeys ?? MAX_KEYS;
  // Random per process, so the keys are no fixed table from which addresses could be read back.
  const seeds = [randomInt(2 ** 32), randomInt(2 ** 32)] as const;
  let windowStart = 0;
  let counts = new Map<number, number>();
  return {
    take(key) {
      const now = options.clock.now().getTime();
      if (now - windowStart >= WINDOW_MS) {
        windowStart = now - (now % WINDOW_MS);
        counts = new Map();
      }
      // Two keys sharing one count by chance is negligible at 52 bits.
      const hashed = fnv1a32(key, seeds[0]) * 2 ** 20 + (fnv1a32(key, seeds[1]) >>> 12);
      const known = counts.get(hashed);
      if (known === undefined && counts.size >= maxKeys) return 0;
      const count = (known ?? 0) + 1;
      counts.set(hashed, count);
      if (count <= options.limitPerMinute) return 0;
      return Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000));
    },
  };
}

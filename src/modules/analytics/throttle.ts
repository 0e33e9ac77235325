// Fixed one-minute windows per key, kept only in memory (keys may be addresses: never stored).
import type { Clock } from '../../platform/clock.js';

export interface Throttle {
  /** Counts one request for `key`; returns seconds to wait when over the limit, else 0. */
  take(key: string): number;
}

const WINDOW_MS = 60_000;

export function createThrottle(options: { limitPerMinute: number; clock: Clock }): Throttle {
  let windowStart = 0;
  let counts = new Map<string, number>();
  return {
    take(key) {
      const now = options.clock.now().getTime();
      if (now - windowStart >= WINDOW_MS) {
        windowStart = now - (now % WINDOW_MS);
        counts = new Map();
      }
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      if (count <= options.limitPerMinute) return 0;
      return Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000));
    },
  };
}

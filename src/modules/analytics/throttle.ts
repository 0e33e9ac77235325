// Fixed one-minute windows per key, kept only in memory (keys may be addresses: never stored).
// A key is kept as a 52-bit seeded hash, and a window holds at most `maxKeys` of them: a beacon
// flood from distinct addresses had grown the maps by a string per address, about 70 MB a minute
// at 8,000 hits/s (bench/RESULTS.md, "Memory"). Past maxKeys, a key first seen in this window
// passes uncounted until the window ends, while every key already counted stays throttled.
// The counts live in typed arrays (open addressing, linear probing, at most 80 % full), emptied in
// place when a window ends: a Map of 100,000 number keys had cost ~5 MB of heap objects a window
// and the garbage collector's work to drop them (bench/RESULTS.md, "sixth stop").
import { randomInt } from 'node:crypto';
import type { Clock } from '../../platform/clock.js';
import { fnv1a32 } from './short-hash.js';

export interface Throttle {
  /** Counts one request for `key`; returns seconds to wait when over the limit, else 0. */
  take(key: string): number;
}

const WINDOW_MS = 60_000;
const MAX_KEYS = 100_000;
const INITIAL_CAPACITY = 1024;
const MAX_LOAD = 0.8;

/** Counts per 52-bit key (32 + 20 bits); a count of 0 marks an empty slot. */
function createCountTable() {
  let capacity = INITIAL_CAPACITY;
  let high = new Uint32Array(capacity);
  let low = new Uint32Array(capacity);
  let counts = new Uint32Array(capacity);
  let size = 0;

  /** The key's slot, or the empty slot where it would go. */
  function slotOf(h: number, l: number): number {
    let slot = Math.imul(h ^ (h >>> 16), 0x45d9f3b) & (capacity - 1);
    while (counts[slot] !== 0 && (high[slot] !== h || low[slot] !== l)) slot = (slot + 1) & (capacity - 1);
    return slot;
  }

  function grow() {
    const old = { high, low, counts };
    capacity *= 2;
    high = new Uint32Array(capacity);
    low = new Uint32Array(capacity);
    counts = new Uint32Array(capacity);
    for (let s = 0; s < old.counts.length; s++) {
      if (old.counts[s] === 0) continue;
      const at = slotOf(old.high[s]!, old.low[s]!);
      high[at] = old.high[s]!;
      low[at] = old.low[s]!;
      counts[at] = old.counts[s]!;
    }
  }

  return {
    get size() {
      return size;
    },
    count: (h: number, l: number) => counts[slotOf(h, l)]!,
    /** Adds one to the key's count and returns it. */
    add(h: number, l: number): number {
      let slot = slotOf(h, l);
      if (counts[slot] === 0) {
        if (size + 1 > capacity * MAX_LOAD) {
          grow();
          slot = slotOf(h, l);
        }
        high[slot] = h;
        low[slot] = l;
        size++;
      }
      return ++counts[slot]!;
    },
    /** Empties the table, keeping its arrays (the next window will likely need the same room). */
    clear() {
      counts.fill(0);
      size = 0;
    },
  };
}

export function createThrottle(options: { limitPerMinute: number; clock: Clock; maxKeys?: number }): Throttle {
  const maxKeys = options.maxKeys ?? MAX_KEYS;
  // Random per process, so the keys are no fixed table from which addresses could be read back.
  const seeds = [randomInt(2 ** 32), randomInt(2 ** 32)] as const;
  let windowStart = 0;
  const counts = createCountTable();
  return {
    take(key) {
      const now = options.clock.now().getTime();
      if (now - windowStart >= WINDOW_MS) {
        windowStart = now - (now % WINDOW_MS);
        counts.clear();
      }
      // Two keys sharing one count by chance is negligible at 52 bits.
      const h = fnv1a32(key, seeds[0]);
      const l = fnv1a32(key, seeds[1]) >>> 12;
      if (counts.size >= maxKeys && counts.count(h, l) === 0) return 0;
      const count = counts.add(h, l);
      if (count <= options.limitPerMinute) return 0;
      return Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000));
    },
  };
}

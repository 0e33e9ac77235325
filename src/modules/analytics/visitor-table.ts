// The latest row of each remembered visitor (visitor-log-store.ts), kept in typed arrays rather
// than a Map of strings and objects. A Map cost ~140 bytes a visitor in the heap, plus the old
// generation's room to grow around it and the garbage collector's work marking 100,000 entries
// at every full collection: after a flood of new addresses the resident memory stood ~60 MiB above
// idle (bench/RESULTS.md, "Speed at the limit, sixth stop"). Here a visitor costs 36 bytes off the
// heap and one pointer to its page's string (shared with every visitor on that page).
//
// The id is the 128-bit hex of visitor-id.ts, stored whole as four 32-bit words, so two visitors
// never share a row by chance (counters stay exact). An id of any other form (none in production;
// tests and old rows might) is kept in a small Map beside the table.
//
// Open addressing with linear probing, at most 80 % full, doubling when it would be fuller;
// deleting shifts the rest of the run back, so there are no tombstones and no rebuilds.

export interface VisitorEntry {
  /** Visit start and last hit, ms since the epoch. */
  startedMs: number;
  lastHitMs: number;
  lastPath: string;
}

const INITIAL_CAPACITY = 1024;
const MAX_LOAD = 0.8;
const CANONICAL_ID = /^[0-9a-f]{32}$/;

export interface VisitorTable {
  get(id: string): VisitorEntry | undefined;
  has(id: string): boolean;
  readonly size: number;
  set(id: string, entry: VisitorEntry): void;
  delete(id: string): void;
  /** Deletes every entry whose last hit is before `cutoffMs`. */
  deleteIdleSince(cutoffMs: number): void;
  countActiveSince(sinceMs: number): number;
}

/** The table's arrays; slot i's id is words[4i … 4i+3], all zero when the slot is empty. */
interface Slots {
  capacity: number;
  mask: number;
  words: Uint32Array;
  started: Float64Array;
  lastHit: Float64Array;
  paths: (string | undefined)[];
  used: number;
}

/** A canonical id as its four 32-bit words. */
type Key = [number, number, number, number];

function emptySlots(capacity: number): Slots {
  return {
    capacity,
    mask: capacity - 1,
    words: new Uint32Array(capacity * 4),
    started: new Float64Array(capacity),
    lastHit: new Float64Array(capacity),
    paths: new Array(capacity).fill(undefined),
    used: 0,
  };
}

/** The id's words; undefined for an id of another form. */
function parseId(id: string): Key | undefined {
  if (id.length !== 32 || !CANONICAL_ID.test(id)) return undefined;
  const key: Key = [0, 8, 16, 24].map((at) => Number.parseInt(id.slice(at, at + 8), 16)) as Key;
  // All-zero marks an empty slot; that id (chance 2^-128) lives in the Map instead.
  return (key[0] | key[1] | key[2] | key[3]) === 0 ? undefined : key;
}

const isEmpty = (t: Slots, slot: number) =>
  (t.words[slot * 4]! | t.words[slot * 4 + 1]! | t.words[slot * 4 + 2]! | t.words[slot * 4 + 3]!) === 0;

/** The id is an HMAC: its first word's bits are already uniform. */
const homeOf = (t: Slots, firstWord: number) => firstWord & t.mask;

/** The slot holding `key`, or -(the empty slot where it would go) - 1. */
function findSlot(t: Slots, key: Key): number {
  const [k0, k1, k2, k3] = key;
  const w = t.words;
  for (let slot = homeOf(t, k0); ; slot = (slot + 1) & t.mask) {
    const b = slot * 4;
    if (w[b] === k0 && w[b + 1] === k1 && w[b + 2] === k2 && w[b + 3] === k3) return slot;
    if (isEmpty(t, slot)) return -slot - 1;
  }
}

function put(t: Slots, slot: number, key: Key, entry: VisitorEntry) {
  t.words.set(key, slot * 4);
  t.started[slot] = entry.startedMs;
  t.lastHit[slot] = entry.lastHitMs;
  t.paths[slot] = entry.lastPath;
}

const entryAt = (t: Slots, slot: number): VisitorEntry => ({
  startedMs: t.started[slot]!,
  lastHitMs: t.lastHit[slot]!,
  lastPath: t.paths[slot]!,
});

/** The same entries in a table twice the size. */
function grown(t: Slots): Slots {
  const bigger = emptySlots(t.capacity * 2);
  for (let s = 0; s < t.capacity; s++) {
    if (isEmpty(t, s)) continue;
    const key = Array.from(t.words.subarray(s * 4, s * 4 + 4)) as Key;
    put(bigger, -findSlot(bigger, key) - 1, key, entryAt(t, s));
  }
  bigger.used = t.used;
  return bigger;
}

/** Empties `slot` and moves later members of its run back, so every lookup still finds them. */
function removeAt(t: Slots, slot: number) {
  let hole = slot;
  for (let next = (slot + 1) & t.mask; !isEmpty(t, next); next = (next + 1) & t.mask) {
    const home = homeOf(t, t.words[next * 4]!);
    // `next` may fill the hole unless its home lies cyclically in (hole, next].
    const between = hole <= next ? home > hole && home <= next : home > hole || home <= next;
    if (between) continue;
    t.words.copyWithin(hole * 4, next * 4, next * 4 + 4);
    t.started[hole] = t.started[next]!;
    t.lastHit[hole] = t.lastHit[next]!;
    t.paths[hole] = t.paths[next];
    hole = next;
  }
  t.words.fill(0, hole * 4, hole * 4 + 4);
  t.paths[hole] = undefined;
  t.used--;
}

export function createVisitorTable(initialCapacity = INITIAL_CAPACITY): VisitorTable {
  let t = emptySlots(initialCapacity);
  const others = new Map<string, VisitorEntry>();
  return {
    get(id) {
      const key = parseId(id);
      if (!key) return others.get(id);
      const slot = findSlot(t, key);
      return slot < 0 ? undefined : entryAt(t, slot);
    },
    has(id) {
      const key = parseId(id);
      return key ? findSlot(t, key) >= 0 : others.has(id);
    },
    get size() {
      return t.used + others.size;
    },
    set(id, entry) {
      const key = parseId(id);
      if (!key) {
        others.set(id, entry);
        return;
      }
      let slot = findSlot(t, key);
      if (slot < 0) {
        if (t.used + 1 > t.capacity * MAX_LOAD) {
          t = grown(t);
          slot = findSlot(t, key);
        }
        slot = -slot - 1;
        t.used++;
      }
      put(t, slot, key, entry);
    },
    delete(id) {
      const key = parseId(id);
      if (!key) others.delete(id);
      else {
        const slot = findSlot(t, key);
        if (slot >= 0) removeAt(t, slot);
      }
    },
    deleteIdleSince(cutoffMs) {
      for (const [id, entry] of others) if (entry.lastHitMs < cutoffMs) others.delete(id);
      // A removal may shift a later entry into the slot just looked at: look at it again. An entry
      // that wraps around from the start of the table may be looked at twice, which is harmless.
      for (let s = 0; s < t.capacity; ) {
        if (!isEmpty(t, s) && t.lastHit[s]! < cutoffMs) removeAt(t, s);
        else s++;
      }
    },
    countActiveSince(sinceMs) {
      let n = 0;
      for (const entry of others.values()) if (entry.lastHitMs >= sinceMs) n++;
      for (let s = 0; s < t.capacity; s++) if (!isEmpty(t, s) && t.lastHit[s]! >= sinceMs) n++;
      return n;
    },
  };
}

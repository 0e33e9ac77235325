// The blocks every public page shares (the menu's categories, the latest articles of a category,
// the home page's lists), read once and kept in memory while the content is the same, so a page
// the page cache does not hold costs one query for its own content instead of five.
//
// "The same" is told by two things, never by a timer alone:
// - the content version, a number the database's triggers count up at every change that a block
//   could show (migration 029); checked at most every `checkEveryMs`, so a change made by another
//   node, an import or a restore shows within that time, and at once on the node that made it
//   (`invalidate`, from the writers' onContentChanged);
// - the next moment a scheduled article appears or an expired one goes, when what is visible
//   changes with no write at all: the blocks are dropped then.
import type { Clock } from '../clock.js';

export interface SharedBlocksDeps {
  clock: Clock;
  /** The content version now in the database. */
  readVersion: () => Promise<string>;
  /** The first moment after `now` that a block could change with no write (ISO), or null. */
  nextChangeAfter: (nowIso: string) => Promise<string | null>;
  /** Run when another writer changed the content (site settings held elsewhere reload then). */
  onOutsideChange?: () => Promise<void>;
  checkEveryMs: number;
  /** Entries kept at most; the oldest goes first (a crawler of every category's pages cannot grow it). */
  maxEntries: number;
}

export interface SharedBlocks {
  /** The block under `key`, read with `load` when this content has not been read yet. */
  read<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** This node changed the content: every block is read again. */
  invalidate(): void;
}

interface Generation {
  entries: Map<string, unknown>;
  /** Epoch ms at which scheduled content changes what is visible; Infinity when nothing is due. */
  validUntil: number;
}

export function createSharedBlocks(deps: SharedBlocksDeps): SharedBlocks {
  let current: Generation | null = null;
  let version: string | null = null;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let checking: Promise<void> | null = null;

  async function startGeneration(): Promise<Generation> {
    const generation: Generation = { entries: new Map(), validUntil: Number.POSITIVE_INFINITY };
    current = generation;
    const next = await deps.nextChangeAfter(deps.clock.now().toISOString());
    if (next !== null) generation.validUntil = Date.parse(next);
    return generation;
  }

  async function checkVersion(now: number) {
    const seen = await deps.readVersion();
    checkedAt = now;
    if (seen === version) return;
    const outside = version !== null;
    version = seen;
    current = null;
    if (outside) await deps.onOutsideChange?.();
  }

  async function currentGeneration(): Promise<Generation> {
    const now = deps.clock.now().getTime();
    if (now - checkedAt >= deps.checkEveryMs) {
      checking ??= checkVersion(now).finally(() => {
        checking = null;
      });
      await checking;
    }
    if (current && now < current.validUntil) return current;
    return startGeneration();
  }

  return {
    async read<T>(key: string, load: () => Promise<T>): Promise<T> {
      const generation = await currentGeneration();
      if (generation.entries.has(key)) return generation.entries.get(key) as T;
      // A change while it is read starts a new generation: this value, perhaps older than the
      // change, lands in the old one, which nobody reads again.
      const value = await load();
      if (generation.entries.size >= deps.maxEntries) {
        const oldest = generation.entries.keys().next().value;
        if (oldest !== undefined) generation.entries.delete(oldest);
      }
      generation.entries.set(key, value);
      return value;
    },

    invalidate() {
      current = null;
    },
  };
}

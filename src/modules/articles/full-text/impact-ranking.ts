// Ranks the articles holding every word of a query, from the words' postings (postings-block.ts):
// articles whose title holds every word first, then the others, each part by relevance: the sum
// over the words of idf × the word's weight in the article (term-weights.ts). Equal scores, the
// newer id first. Pure and the same on both databases, so both give the same results.
//
// Written for speed (a common word is in ~90,000 of 100,000 articles, and every match is scored,
// so that totals are exact and the last page is as right as the first): dense postings are read
// in place, the rarest word drives the loop and the others are checked rarest first, and each
// word's score per weight level is looked up rather than multiplied.
import { BLOCK_SIZE, decodeInto, denseWeights, mergeInto, postingCount } from './postings-block.js';
import { TITLE_BIT, WEIGHT_MASK } from './term-weights.js';
import { TopResults } from './top-results.js';

/** The stored postings of one query word: several rows per block when an unfinished word expands. */
export type WordPostings = Array<{ block: number; data: Uint8Array }>;

export interface Ranking {
  /** The best `limit` after `offset`, best first. */
  ids: number[];
  total: number;
  /** How many matches hold every word in the title (they come first). */
  titleCount: number;
}

// Added to a title match's score, so every title match outranks every other match.
const TITLE_TIER = 1e9;

/**
 * Buffers reused from one search to the next (ranking is synchronous, so one set serves all).
 * Allocating them per search (~0.5 MB of ArrayBuffers) was measured to make V8's collector fall
 * behind under a steady stream of searches: 1.6 ms per ranking over 200 in a row, 22 ms over 3,000.
 */
class Scratch {
  private blocks: Uint8Array[] = [];
  private used = 0;
  private masks = new Uint32Array(0);

  reset(): void {
    this.used = 0;
  }

  /** A zeroed block of weights, 4-byte aligned. */
  block(): Uint8Array {
    const b = this.blocks[this.used] ?? new Uint8Array(BLOCK_SIZE);
    if (this.used < this.blocks.length) b.fill(0);
    else this.blocks.push(b);
    this.used++;
    return b;
  }

  /** Room for `count` blocks' two masks (every match, title matches): 32 bits per 4 articles each. */
  maskWords(count: number): Uint32Array {
    const needed = count * 2 * (BLOCK_SIZE / 4);
    if (this.masks.length < needed) this.masks = new Uint32Array(needed);
    return this.masks;
  }
}
const scratch = new Scratch();

interface DecodedWord {
  /** Each block's weights, one byte per article offset. */
  blocks: Map<number, Uint8Array>;
  /** How many articles hold the word (for a word standing for several, any of them). */
  df: number;
}

function countHeld(weights: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < BLOCK_SIZE; i++) if (weights[i] !== 0) n++;
  return n;
}

// Every block is read 32 bits at a time, which needs its bytes to start at a multiple of 4.
function copyOf(bytes: Uint8Array): Uint8Array {
  const copy = scratch.block();
  copy.set(bytes);
  return copy;
}

function decodeWord(rows: WordPostings): DecodedWord {
  const byBlock = new Map<number, Uint8Array[]>();
  for (const row of rows) {
    const list = byBlock.get(row.block);
    if (list) list.push(row.data);
    else byBlock.set(row.block, [row.data]);
  }
  const blocks = new Map<number, Uint8Array>();
  let df = 0;
  for (const [block, datas] of byBlock) {
    if (datas.length === 1) {
      const data = datas[0]!;
      let weights = denseWeights(data);
      if (weights && weights.byteOffset % 4 !== 0) weights = copyOf(weights);
      if (!weights) {
        weights = scratch.block();
        decodeInto(data, weights);
      }
      blocks.set(block, weights);
      df += postingCount(data);
      continue;
    }
    const merged = scratch.block();
    for (const data of datas) mergeInto(data, merged, TITLE_BIT);
    blocks.set(block, merged);
    df += countHeld(merged);
  }
  return { blocks, df };
}

/** BM25's idf (never negative): a word in fewer articles says more about each. */
function idf(documents: number, df: number): number {
  const n = Math.max(documents, df);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The score a word adds at each weight level (0–127). */
function contributions(idfValue: number): Float64Array {
  const table = new Float64Array(WEIGHT_MASK + 1);
  for (let level = 1; level <= WEIGHT_MASK; level++) table[level] = idfValue * level;
  return table;
}

/** Each word's weights in `block` as 32-bit words (4 articles each), or null if a word has none there. */
function blockWords(decoded: DecodedWord[], block: number): Uint32Array[] | null {
  const words: Uint32Array[] = [];
  for (const word of decoded) {
    const bytes = word.blocks.get(block);
    if (!bytes) return null;
    words.push(new Uint32Array(bytes.buffer, bytes.byteOffset, BLOCK_SIZE / 4));
  }
  return words;
}

// Four articles at a time (little-endian lanes): the high bit of each byte of held(v) is set
// where that article holds the word, of v & LANE_TOP where the word is in its title.
const LANE_TOP = 0x80808080;
const held = (v: number) => (((v & 0x7f7f7f7f) + 0x7f7f7f7f) | v) & LANE_TOP;
const lanesSet = (mask: number) => Math.imul((mask >>> 7) & 0x01010101, 0x01010101) >>> 24;

interface MatchMasks {
  block: number;
  /** Per 32-bit word of the block: lanes where every word is held, and where every word is in the title. */
  all: Uint32Array;
  title: Uint32Array;
}

/** First pass: which articles hold every word (and every word in the title), 4 at a time. */
function matchMasks(decoded: DecodedWord[]): MatchMasks[] {
  const masks: MatchMasks[] = [];
  const room = scratch.maskWords(decoded[0]!.blocks.size);
  const quarter = BLOCK_SIZE / 4;
  for (const block of decoded[0]!.blocks.keys()) {
    const words = blockWords(decoded, block);
    if (!words) continue;
    const all = room.subarray(masks.length * 2 * quarter, (masks.length * 2 + 1) * quarter);
    const title = room.subarray((masks.length * 2 + 1) * quarter, (masks.length * 2 + 2) * quarter);
    for (let j = 0; j < BLOCK_SIZE / 4; j++) {
      let m = LANE_TOP;
      let t = LANE_TOP;
      for (let w = 0; w < words.length && m !== 0; w++) {
        const v = words[w]![j]!;
        m &= held(v);
        t &= v;
      }
      all[j] = m;
      title[j] = t & m;
    }
    masks.push({ block, all, title });
  }
  return masks;
}

export function rankMatches(
  words: WordPostings[],
  options: {
    documents: number;
    excluded: ReadonlySet<number>;
    offset: number;
    limit: number;
    /** Rank title matches only when there are at least this many (search-engine.ts). */
    titleMatchesSuffice?: number;
  },
): Ranking {
  if (words.length === 0) return { ids: [], total: 0, titleCount: 0 };
  scratch.reset();
  // Rarest first (stable: equal counts keep the query's order, so sums add up in one order everywhere).
  const decoded = words.map(decodeWord).sort((a, b) => a.df - b.df);
  const scores = decoded.map((w) => contributions(idf(options.documents, w.df)));
  const masks = matchMasks(decoded);
  let total = 0;
  let titleCount = 0;
  for (const { all, title } of masks)
    for (let j = 0; j < BLOCK_SIZE / 4; j++) {
      if (all[j] === 0) continue;
      total += lanesSet(all[j]!);
      titleCount += lanesSet(title[j]!);
    }
  const isMatch = (id: number) =>
    decoded.every((w) => (w.blocks.get(Math.floor(id / BLOCK_SIZE))?.[id % BLOCK_SIZE] ?? 0) !== 0);
  const inTitle = (id: number) =>
    decoded.every((w) => (w.blocks.get(Math.floor(id / BLOCK_SIZE))![id % BLOCK_SIZE]! & TITLE_BIT) !== 0);
  for (const id of options.excluded)
    if (isMatch(id)) {
      total--;
      if (inTitle(id)) titleCount--;
    }

  // Second pass: score. When the title matches alone fill the page (or are enough for the
  // caller), the others need no score.
  const wanted = options.offset + options.limit;
  const titleOnly = titleCount >= Math.min(wanted, options.titleMatchesSuffice ?? wanted);
  const top = new TopResults(wanted);
  for (const { block, all, title } of masks) {
    const lanes = titleOnly ? title : all;
    const bytes = decoded.map((w) => w.blocks.get(block)!);
    const base = block * BLOCK_SIZE;
    for (let j = 0; j < BLOCK_SIZE / 4; j++) {
      const m = lanes[j]!;
      if (m === 0) continue;
      for (let lane = 0; lane < 4; lane++) {
        if ((m & (0x80 << (lane * 8))) === 0) continue;
        const offset = j * 4 + lane;
        if (options.excluded.size > 0 && options.excluded.has(base + offset)) continue;
        let score = 0;
        for (let w = 0; w < bytes.length; w++) score += scores[w]![bytes[w]![offset]! & WEIGHT_MASK]!;
        top.offer((title[j]! & (0x80 << (lane * 8))) !== 0 ? TITLE_TIER + score : score, base + offset);
      }
    }
  }
  const best = top.takeBestFirst();
  return { ids: best.slice(options.offset, options.offset + options.limit), total, titleCount };
}

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
      if (!weights) {
        weights = new Uint8Array(BLOCK_SIZE);
        decodeInto(data, weights);
      }
      blocks.set(block, weights);
      df += postingCount(data);
      continue;
    }
    const merged = new Uint8Array(BLOCK_SIZE);
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

export function rankMatches(
  words: WordPostings[],
  options: { documents: number; excluded: ReadonlySet<number>; offset: number; limit: number },
): Ranking {
  if (words.length === 0) return { ids: [], total: 0, titleCount: 0 };
  // Rarest first (stable: equal counts keep the query's order, so sums add up in one order everywhere).
  const decoded = words.map(decodeWord).sort((a, b) => a.df - b.df);
  const scores = decoded.map((w) => contributions(idf(options.documents, w.df)));
  const top = new TopResults(options.offset + options.limit);
  const count = decoded.length;
  // Usually none: the check is skipped then (a Set lookup per match cost ~1 ms for 90,000 matches).
  const excluded = options.excluded.size > 0 ? options.excluded : null;
  let total = 0;
  let titleCount = 0;
  for (const [block, driver] of decoded[0]!.blocks) {
    const weights: Uint8Array[] = [];
    for (const word of decoded) {
      const w = word.blocks.get(block);
      if (w) weights.push(w);
    }
    if (weights.length < count) continue;
    const base = block * BLOCK_SIZE;
    for (let offset = 0; offset < BLOCK_SIZE; offset++) {
      const first = driver[offset]!;
      if (first === 0) continue;
      let score = scores[0]![first & WEIGHT_MASK]!;
      let inTitle = first & TITLE_BIT;
      let w = 1;
      for (; w < count; w++) {
        const byte = weights[w]![offset]!;
        if (byte === 0) break;
        score += scores[w]![byte & WEIGHT_MASK]!;
        inTitle &= byte;
      }
      if (w < count || excluded?.has(base + offset)) continue;
      total++;
      if (inTitle !== 0) titleCount++;
      top.offer(inTitle !== 0 ? TITLE_TIER + score : score, base + offset);
    }
  }
  const best = top.takeBestFirst();
  return { ids: best.slice(options.offset, options.offset + options.limit), total, titleCount };
}

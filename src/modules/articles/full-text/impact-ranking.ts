// Ranks the articles holding every word of a query, from the words' postings (postings-block.ts):
// articles whose title holds every word first, then the others, each part by relevance: the sum
// over the words of idf × the word's weight in the article (term-weights.ts). Equal scores, the
// newer id first. Pure and the same on both databases, so both give the same results.
import { BLOCK_SIZE, decodeInto, mergeInto } from './postings-block.js';
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

/** Each block's weights, one byte per article offset, and how many articles hold the word. */
function decodeWord(rows: WordPostings): { blocks: Map<number, Uint8Array>; df: number } {
  const blocks = new Map<number, Uint8Array>();
  const rowsPerBlock = new Map<number, number>();
  for (const row of rows) rowsPerBlock.set(row.block, (rowsPerBlock.get(row.block) ?? 0) + 1);
  for (const row of rows) {
    const weights = blocks.get(row.block) ?? new Uint8Array(BLOCK_SIZE);
    blocks.set(row.block, weights);
    if (rowsPerBlock.get(row.block) === 1) decodeInto(row.data, weights);
    else mergeInto(row.data, weights, TITLE_BIT);
  }
  let df = 0;
  for (const weights of blocks.values()) for (let i = 0; i < BLOCK_SIZE; i++) if (weights[i] !== 0) df++;
  return { blocks, df };
}

/** BM25's idf, never below a small positive floor so a word in every article still counts a little. */
function idf(documents: number, df: number): number {
  const n = Math.max(documents, df);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

export function rankMatches(
  words: WordPostings[],
  options: { documents: number; excluded: ReadonlySet<number>; offset: number; limit: number },
): Ranking {
  if (words.length === 0) return { ids: [], total: 0, titleCount: 0 };
  const decoded = words.map(decodeWord);
  const idfs = decoded.map((w) => idf(options.documents, w.df));
  const top = new TopResults(options.offset + options.limit);
  let total = 0;
  let titleCount = 0;
  const first = decoded[0]!.blocks;
  for (const [block, firstWeights] of first) {
    const all = decoded.map((w) => w.blocks.get(block));
    if (all.some((w) => w === undefined)) continue;
    const weights = all as Uint8Array[];
    const base = block * BLOCK_SIZE;
    for (let offset = 0; offset < BLOCK_SIZE; offset++) {
      if (firstWeights[offset] === 0) continue;
      let score = 0;
      let inTitle = TITLE_BIT;
      let every = true;
      for (let w = 0; w < weights.length; w++) {
        const byte = weights[w]![offset]!;
        if (byte === 0) {
          every = false;
          break;
        }
        score += idfs[w]! * (byte & WEIGHT_MASK);
        inTitle &= byte;
      }
      if (!every || options.excluded.has(base + offset)) continue;
      total++;
      if (inTitle !== 0) titleCount++;
      top.offer(inTitle !== 0 ? TITLE_TIER + score : score, base + offset);
    }
  }
  const best = top.takeBestFirst();
  return { ids: best.slice(options.offset, options.offset + options.limit), total, titleCount };
}

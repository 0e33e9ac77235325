// ListedContent.search answered from memory. Briefs, events and documents are small tables (one
// brief a day, a few events a week, the committee's own documents): each kind keeps its public
// entries in memory while the content stays (KeepInMemory) and finds the reader's words in them
// here, rather than asking the database three statements more on every first page of search
// (each 100-400 µs on SQLite, a round trip each on PostgreSQL). The matching is what the SQL did
// (LIKE '%word%' on folded text): the same results, on both databases by construction.
import { foldedWords } from '../text/fold.js';
import type { ListedHit } from './listed-content.js';

export interface ListedEntry {
  hit: ListedHit;
  /** Folded text (platform/text/fold.ts) in which every word of the query must be found. */
  words: string;
  /**
   * A folded key, e.g. a document's number without its punctuation ("132khduk"): the query's words
   * run together match when they are in it ("132 KH ĐUK"), and come first when they are all of it.
   */
  key?: string;
}

/** At most this many words of a query are looked for (the rest are ignored). */
const MAX_WORDS = 12;

/** The entries (listed best first) holding every word, those whose key is the words first; at most `limit`. */
export function findListed(entries: readonly ListedEntry[], text: string, limit: number): ListedHit[] {
  const all = foldedWords(text);
  const words = [...new Set(all)].slice(0, MAX_WORDS);
  if (words.length === 0 || limit <= 0) return [];
  const whole = all.slice(0, MAX_WORDS).join('');
  const exact: ListedHit[] = [];
  const others: ListedHit[] = [];
  for (const entry of entries) {
    const { key } = entry;
    const inKey = key?.includes(whole) === true;
    if (!inKey && !words.every((w) => entry.words.includes(w))) continue;
    if (key === whole) exact.push(entry.hit);
    else if (others.length < limit) others.push(entry.hit);
    if (exact.length >= limit) break;
  }
  return [...exact, ...others].slice(0, limit);
}

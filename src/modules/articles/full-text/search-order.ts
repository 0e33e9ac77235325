// The order of search results, as disjoint tiers of boolean conditions that both engines spell in
// their own syntax (FTS5 MATCH text, PostgreSQL tsquery), so the two databases order alike.
//
// Two keys, in this order:
// 1. Where: articles whose title holds every word come first (ranked by the engine inside), then
//    every other match, newest first.
// 2. How close the words are, inside each of those: the whole query as a phrase; then every word
//    standing next to its neighbour from the query, in order ("Đảng ủy … Lào Cai" for "dang uy lao
//    cai": "dang uy" and "lao cai" both occur); then at least one such pair; then the words anywhere.
//    So "Đảng ủy Khối … tỉnh Lào Cai" ranks above "Đảng ủy chăm lo cho người lao động" (one pair) and
//    the words reversed or scattered rank last. Adjacent pairs instead of a distance window (NEAR)
//    because PostgreSQL's tsquery can say "next to, in order" (<->) but not "within ten words".
// Every tier keeps to articles holding every word, so the set of results is that of a plain
// all-words search: only the order depends on the tiers.
import type { SearchQuery } from './search-query.js';

/** A run of consecutive query words that must stand next to each other, in order. */
export interface Phrase {
  tokens: string[];
  /** The last word may be unfinished (the query's last word, when the reader has not finished it). */
  prefixLast: boolean;
}

export type Condition =
  | { phrase: Phrase }
  | { all: Condition[] }
  | { any: Condition[] }
  /** The condition holds within the title alone. */
  | { title: Condition };

export interface Tier {
  /** Every one of these holds. */
  include: Condition[];
  /** None of these holds. */
  exclude: Condition[];
  /** Ordered by the engine's relevance score; otherwise newest first. */
  ranked: boolean;
}

function phraseOf(query: SearchQuery, from: number, to: number): Condition {
  const last = query.tokens.length - 1;
  return { phrase: { tokens: query.tokens.slice(from, to + 1), prefixLast: query.prefixLast && to === last } };
}

/** The query's words, each anywhere. */
export function everyWord(query: SearchQuery): Condition {
  return { all: query.tokens.map((_, i) => phraseOf(query, i, i)) };
}

/** Closeness conditions, strictest first; each implies the next. Empty for a single word. */
export function closenessLevels(query: SearchQuery): Condition[] {
  const n = query.tokens.length;
  if (n < 2) return [];
  const whole = phraseOf(query, 0, n - 1);
  if (n === 2) return [whole];
  const pairs = Array.from({ length: n - 1 }, (_, i) => phraseOf(query, i, i + 1));
  // Word i stands in pair i-1 (with the word before) or pair i (with the word after).
  const everyWordPaired: Condition = {
    all: query.tokens.map((_, i) => ({ any: pairs.slice(Math.max(0, i - 1), Math.min(n - 1, i + 1)) })),
  };
  return [whole, everyWordPaired, { any: pairs }];
}

/** The tiers in result order; together they hold exactly the articles having every word. */
export function searchTiers(query: SearchQuery): Tier[] {
  const words = everyWord(query);
  const inTitle: Condition = { title: words };
  const levels = closenessLevels(query);
  // Level k: holds levels[k] but not levels[k-1]; the last one: none of them.
  const byCloseness = [...levels, undefined].map((level, k) => ({
    include: level ? [level] : [],
    exclude: k > 0 ? [levels[k - 1]!] : [],
  }));
  return [
    ...byCloseness.map((c) => ({ include: [inTitle, ...c.include], exclude: c.exclude, ranked: true })),
    ...byCloseness.map((c) => ({ include: [words, ...c.include], exclude: [inTitle, ...c.exclude], ranked: false })),
  ];
}

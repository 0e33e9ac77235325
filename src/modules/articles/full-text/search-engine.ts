// One interface over two engines: SQLite FTS5 (bm25) and PostgreSQL tsvector + GIN (ts_rank).
// Both index the folded columns (title_f, lead_f, body_f) and only return published articles.
//
// Order, the same on both (search-tiers.ts): first the articles whose title holds every word of the
// query, ranked by the engine (title weighted above lead above body); then every other match, newest
// first; inside each, articles with the words next to each other and in order before the others.
// Ranking only the title matches keeps a search for a common word ("đảng", 45,000 matches in the
// 50k-article benchmark) within a few milliseconds, and it is what a reader of news expects.
import type { SearchQuery } from './search-query.js';

export interface SearchPage {
  ids: number[];
  total: number;
}

export interface SearchService {
  search(query: SearchQuery, options: { limit: number; offset: number; nowIso: string }): Promise<SearchPage>;
}

/** One tier of results as an engine runs it. */
export interface TierRunner {
  count(): Promise<number>;
  fetch(limit: number, offset: number): Promise<number[]>;
}

/**
 * The page [offset, offset+limit) of the tiers one after the other. A tier is counted only when the
 * page starts past it, so the first page (nearly every search) costs one query per tier reached.
 */
export async function pageOfTiers(options: { limit: number; offset: number }, tiers: TierRunner[]): Promise<number[]> {
  const ids: number[] = [];
  let skip = options.offset;
  for (const tier of tiers) {
    if (ids.length >= options.limit) break;
    if (skip > 0) {
      const size = await tier.count();
      if (size <= skip) {
        skip -= size;
        continue;
      }
    }
    ids.push(...(await tier.fetch(options.limit - ids.length, skip)));
    skip = 0;
  }
  return ids;
}

/** Runs `load` once, on first use. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= load();
    return value;
  };
}

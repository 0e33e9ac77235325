// One interface over two engines: SQLite FTS5 (bm25) and PostgreSQL tsvector + GIN (ts_rank).
// Both index the folded columns (title_f, lead_f, body_f) and only return published articles.
//
// Order, the same on both: first the articles whose title holds every word of the query, ranked
// by the engine (title weighted above lead above body); then every other match, newest first.
// Then closeness-order.ts moves the closest matches first within each part (the first 100).
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

/** An engine's answer also says how many results are title matches (they come first). */
export interface RankedSearch {
  search(
    query: SearchQuery,
    options: { limit: number; offset: number; nowIso: string },
  ): Promise<SearchPage & { titleCount: number }>;
}

/** The page [offset, offset+limit) of "title matches, then the rest", from the two tiers. */
export async function pageOfTiers(
  options: { limit: number; offset: number },
  titleCount: number,
  titleTier: (limit: number, offset: number) => Promise<number[]>,
  restTier: (limit: number, offset: number) => Promise<number[]>,
): Promise<number[]> {
  const ids: number[] = [];
  if (options.offset < titleCount) ids.push(...(await titleTier(options.limit, options.offset)));
  const remaining = options.limit - ids.length;
  if (remaining > 0) ids.push(...(await restTier(remaining, Math.max(0, options.offset - titleCount))));
  return ids;
}

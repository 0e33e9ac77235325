// What search answers: the ids of a page of published articles holding every word of the query,
// and how many there are. Order: first the articles whose title holds every word, then the
// others, each part by relevance (title weighted above lead above body, rare words above common
// ones: impact-ranking.ts); then closeness-order.ts moves the closest matches first within each
// part among the first 50.
import type { SearchQuery } from './search-query.js';

export interface SearchPage {
  ids: number[];
  total: number;
}

export interface SearchService {
  search(query: SearchQuery, options: { limit: number; offset: number; nowIso: string }): Promise<SearchPage>;
}

export interface RankedSearchOptions {
  limit: number;
  offset: number;
  nowIso: string;
  /**
   * When at least this many articles hold every word in their titles, the answer's ids are title
   * matches only (the others are not scored: on common words that is most of the work); `total`
   * and `titleCount` stay exact. Unset: the ids are `offset + limit` deep, as usual.
   */
  titleMatchesSuffice?: number;
}

/** An engine's answer also says how many results are title matches (they come first). */
export interface RankedSearch {
  search(query: SearchQuery, options: RankedSearchOptions): Promise<SearchPage & { titleCount: number }>;
}

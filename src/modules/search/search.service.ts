// One interface over two engines: SQLite FTS5 (bm25) and PostgreSQL tsvector + GIN (ts_rank).
// Both index the folded columns (title_f, lead_f, body_f), weight title above lead above body,
// and only return published articles.
import type { SearchQuery } from './search-query.js';

export interface SearchPage {
  ids: number[];
  total: number;
}

export interface SearchService {
  search(query: SearchQuery, options: { limit: number; offset: number; nowIso: string }): Promise<SearchPage>;
}

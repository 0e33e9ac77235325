// Vietnamese full-text search over published articles: the results page and the public list API.
// Rules: diacritic- and đ-insensitive (folded on both sides), prefix on the last word, title
// ranked above lead above body, words next to each other and in order first (closeness-order.ts),
// and no reader input ever reaches an engine as syntax. The index itself is the articles module's
// (articles/full-text/), since it lives on the articles table.
export { createFullTextSearch as createSearchService, parseSearchQuery } from '../articles/index.js';
export type { SearchService } from '../articles/index.js';
export { mountSearch } from './search.public.js';

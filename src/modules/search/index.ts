// Vietnamese full-text search over published articles: the results page and the public list API.
// Rules: diacritic- and đ-insensitive (folded on both sides), prefix on the last word, title
// ranked above lead above body, words next to each other and in order first (closeness-order.ts),
// and no reader input ever reaches the index as syntax. The index itself is the articles module's
// (articles/full-text/), since the articles table's triggers feed it.
export {
  createFullTextSearch as createSearchService,
  createSearchIndexer,
  parseSearchQuery,
} from '../articles/index.js';
export type { SearchService } from '../articles/index.js';
export { mountSearch } from './search.public.js';

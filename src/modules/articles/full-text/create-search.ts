// The full-text search over published articles: congtin's own index (search-indexer.ts fills
// it from a queue the articles table's triggers keep), the same tables and code on SQLite and
// PostgreSQL, asked through one interface; the search module builds the pages and the API on it.
// The closest matches come first (closeness-order.ts).
import type { Db } from '../../../database.js';
import { withClosenessOrder } from './closeness-order.js';
import { createIndexedSearch } from './indexed-engine.js';
import type { SearchService } from './search-engine.js';
import type { SearchIndexer } from './search-indexer.js';

export function createFullTextSearch(db: Db, indexer: SearchIndexer): SearchService {
  return withClosenessOrder(db, createIndexedSearch(db, indexer));
}

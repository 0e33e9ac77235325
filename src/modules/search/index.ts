// Vietnamese full-text search over published articles. Rules: diacritic- and đ-insensitive
// (folded on both sides), prefix on the last word, title ranked above lead above body, and no
// reader input ever reaches an engine as syntax.
import type { Dialect } from '../../platform/db/dialect.js';
import type { Db } from '../../database.js';
import { createPostgresSearch } from './postgres-search.js';
import { createSqliteSearch } from './sqlite-search.js';
import type { SearchService } from './search.service.js';

export function createSearchService(db: Db, dialect: Dialect): SearchService {
  return dialect === 'postgres' ? createPostgresSearch(db) : createSqliteSearch(db);
}
export type { SearchService } from './search.service.js';
export { parseSearchQuery } from './search-query.js';
export { mountSearch } from './search.public.js';

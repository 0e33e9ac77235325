// The full-text index over published articles (the articles' own FTS5 table on SQLite, their
// search_vector column on PostgreSQL, both made by the migrations on the articles table), asked
// through one interface; the search module builds the pages and the API on it. The closest
// matches come first (closeness-order.ts).
import type { Db } from '../../../database.js';
import type { Dialect } from '../../../platform/db/dialect.js';
import { withClosenessOrder } from './closeness-order.js';
import { createPostgresSearch } from './postgres-engine.js';
import type { SearchService } from './search-engine.js';
import { createSqliteSearch } from './sqlite-engine.js';

export function createFullTextSearch(db: Db, dialect: Dialect): SearchService {
  return withClosenessOrder(db, dialect === 'postgres' ? createPostgresSearch(db) : createSqliteSearch(db));
}

// How many of the reader's words the title contains. Engines' own ranks (bm25, ts_rank) let a
// long body full of "lao động" outrank a title that says "Đảng ủy … Lào Cai"; ordering by title
// coverage first is what a reader expects of a news search.
import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from '../../platform/db/dialect.js';
import type { SearchQuery } from './search-query.js';

export function titleCoverage(dialect: Dialect, query: SearchQuery, titleColumn: RawBuilder<string>): RawBuilder<number> {
  const padded = sql`(' ' || ${titleColumn})`;
  const terms = [...new Set(query.tokens)].map((token) => {
    const needle = ` ${token}`;
    const position = dialect === 'postgres' ? sql`strpos(${padded}, ${needle})` : sql`instr(${padded}, ${needle})`;
    return sql`(case when ${position} > 0 then 1 else 0 end)`;
  });
  return sql<number>`(${sql.join(terms, sql` + `)})`;
}

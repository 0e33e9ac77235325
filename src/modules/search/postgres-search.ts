import { sql } from 'kysely';
import type { Db } from '../../database.js';
import type { SearchQuery } from './search-query.js';
import type { SearchService } from './search.service.js';
import { titleCoverage } from './title-coverage.js';

/** to_tsquery text: tokens are [a-z0-9]+ only, joined by &, the last one as a prefix. */
export function toTsQuery(query: SearchQuery): string {
  return query.tokens.map((t, i) => (i === query.tokens.length - 1 && query.prefixLast ? `${t}:*` : t)).join(' & ');
}

export function createPostgresSearch(db: Db): SearchService {
  return {
    async search(query, { limit, offset, nowIso }) {
      if (query.tokens.length === 0) return { ids: [], total: 0 };
      const tsquery = toTsQuery(query);
      const coverage = titleCoverage('postgres', query, sql<string>`a.title_f`);
      // Weights for D, C (body), B (lead), A (title).
      const rows = await sql<{ id: number; total: number }>`
        select a.id, count(*) over () as total
        from articles a, to_tsquery('simple', ${tsquery}) q
        where a.search_vector @@ q and a.status = 'published' and a.published_at <= ${nowIso}
        order by ${coverage} desc, ts_rank(array[0.05, 0.1, 0.4, 1.0]::float4[], a.search_vector, q) desc, a.published_at desc
        limit ${limit} offset ${offset}`.execute(db);
      if (rows.rows.length > 0) return { ids: rows.rows.map((r) => r.id), total: Number(rows.rows[0]!.total) };
      if (offset === 0) return { ids: [], total: 0 };
      const count = await sql<{ total: number }>`
        select count(*) as total from articles a
        where a.search_vector @@ to_tsquery('simple', ${tsquery}) and a.status = 'published' and a.published_at <= ${nowIso}`.execute(db);
      return { ids: [], total: Number(count.rows[0]?.total ?? 0) };
    },
  };
}

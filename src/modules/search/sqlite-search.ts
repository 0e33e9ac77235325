import { sql } from 'kysely';
import type { Db } from '../../database.js';
import type { SearchQuery } from './search-query.js';
import type { SearchService } from './search.service.js';
import { titleCoverage } from './title-coverage.js';

/** FTS5 MATCH text: every token quoted (so no token is ever syntax), the last one as a prefix. */
export function toFts5Match(query: SearchQuery): string {
  return query.tokens
    .map((t, i) => (i === query.tokens.length - 1 && query.prefixLast ? `"${t}"*` : `"${t}"`))
    .join(' ');
}

export function createSqliteSearch(db: Db): SearchService {
  return {
    async search(query, { limit, offset, nowIso }) {
      if (query.tokens.length === 0) return { ids: [], total: 0 };
      const match = toFts5Match(query);
      const coverage = titleCoverage('sqlite', query, sql<string>`a.title_f`);
      // bm25() only works in a plain FTS query, so rank first (materialised), then join and filter.
      const rows = await sql<{ id: number; total: number }>`
        with m as materialized (
          select rowid as id, bm25(articles_fts, 10.0, 4.0, 1.0) as rank from articles_fts where articles_fts match ${match})
        select a.id as id, count(*) over () as total
        from m join articles a on a.id = m.id
        where a.status = 'published' and a.published_at <= ${nowIso}
        order by ${coverage} desc, m.rank, a.published_at desc
        limit ${limit} offset ${offset}`.execute(db);
      if (rows.rows.length > 0) return { ids: rows.rows.map((r) => r.id), total: Number(rows.rows[0]!.total) };
      if (offset === 0) return { ids: [], total: 0 };
      const count = await sql<{ total: number }>`
        select count(*) as total from articles_fts f join articles a on a.id = f.rowid
        where articles_fts match ${match} and a.status = 'published' and a.published_at <= ${nowIso}`.execute(db);
      return { ids: [], total: Number(count.rows[0]?.total ?? 0) };
    },
  };
}

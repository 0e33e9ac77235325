import { sql } from 'kysely';
import type { Db } from '../../../database.js';
import type { SearchQuery } from './search-query.js';
import { pageOfTiers, type RankedSearch } from './search-engine.js';

/**
 * to_tsquery text: tokens are [a-z0-9]+ only, joined by &, the last one as a prefix; `weight`
 * "A" restricts every word to the title (the tsvector gives title A, lead B, body C).
 */
export function toTsQuery(query: SearchQuery, weight = ''): string {
  return query.tokens
    .map((t, i) => {
      const prefix = i === query.tokens.length - 1 && query.prefixLast ? '*' : '';
      return prefix || weight ? `${t}:${prefix}${weight}` : t;
    })
    .join(' & ');
}

export function createPostgresSearch(db: Db): RankedSearch {
  return {
    async search(query, { limit, offset, nowIso }) {
      if (query.tokens.length === 0) return { ids: [], total: 0, titleCount: 0 };
      const all = sql`to_tsquery('simple', ${toTsQuery(query)})`;
      const title = sql`to_tsquery('simple', ${toTsQuery(query, 'A')})`;
      const visible = sql`status = 'published' and published_at <= ${nowIso}`;
      const count = async (tsquery: typeof all) =>
        Number(
          (
            await sql<{
              n: number;
            }>`select count(*) as n from articles where search_vector @@ ${tsquery} and ${visible}`.execute(db)
          ).rows[0]?.n ?? 0,
        );

      const total = await count(all);
      if (total === 0) return { ids: [], total, titleCount: 0 };
      const titleCount = await count(title);
      const ids = await pageOfTiers(
        { limit, offset },
        titleCount,
        async (n, skip) =>
          (
            await sql<{ id: number }>`select id from articles where search_vector @@ ${title} and ${visible}
              order by ts_rank(array[0.1, 0.2, 0.4, 1.0]::float4[], search_vector, ${all}) desc, published_at desc, id desc
              limit ${n} offset ${skip}`.execute(db)
          ).rows.map((r) => r.id),
        async (n, skip) =>
          (
            await sql<{ id: number }>`select id from articles
              where search_vector @@ ${all} and not (search_vector @@ ${title}) and ${visible}
              order by published_at desc, id desc limit ${n} offset ${skip}`.execute(db)
          ).rows.map((r) => r.id),
      );
      return { ids, total, titleCount };
    },
  };
}

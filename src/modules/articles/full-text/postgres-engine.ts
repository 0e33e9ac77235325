import { sql } from 'kysely';
import type { Db } from '../../../database.js';
import type { SearchQuery } from './search-query.js';
import { once, pageOfTiers, type SearchService, type TierRunner } from './search-engine.js';
import { type Condition, everyWord, searchTiers, type Tier } from './search-tiers.js';

/**
 * to_tsquery text of a condition: tokens are [a-z0-9]+ only; a phrase's words are joined by <->
 * (next to each other, in order); `weight` "A" restricts them to the title (the tsvector gives
 * title A, lead B, body C).
 */
export function toTsQueryText(condition: Condition, weight = ''): string {
  if ('phrase' in condition) {
    const { tokens, prefixLast } = condition.phrase;
    const words = tokens.map((t, i) => {
      const prefix = i === tokens.length - 1 && prefixLast ? '*' : '';
      return prefix || weight ? `${t}:${prefix}${weight}` : t;
    });
    return words.length === 1 ? words[0]! : `(${words.join(' <-> ')})`;
  }
  if ('title' in condition) return toTsQueryText(condition.title, 'A');
  const [parts, operator] = 'all' in condition ? [condition.all, ' & '] : [condition.any, ' | '];
  return parts.length === 1
    ? toTsQueryText(parts[0]!, weight)
    : `(${parts.map((p) => toTsQueryText(p, weight)).join(operator)})`;
}

/** Every word of the query, the last one as a prefix when unfinished. */
export function toTsQuery(query: SearchQuery): string {
  return toTsQueryText(everyWord(query));
}

function tierTsQuery(tier: Tier): string {
  return [...tier.include.map((c) => toTsQueryText(c)), ...tier.exclude.map((c) => `!${toTsQueryText(c)}`)].join(' & ');
}

export function createPostgresSearch(db: Db): SearchService {
  return {
    async search(query, { limit, offset, nowIso }) {
      if (query.tokens.length === 0) return { ids: [], total: 0 };
      const words = sql`to_tsquery('simple', ${toTsQuery(query)})`;
      const visible = sql`status = 'published' and published_at <= ${nowIso}`;
      const count = async (tsquery: string) =>
        Number(
          (
            await sql<{
              n: number;
            }>`select count(*) as n from articles where search_vector @@ to_tsquery('simple', ${tsquery}) and ${visible}`.execute(
              db,
            )
          ).rows[0]?.n ?? 0,
        );

      const total = await count(toTsQuery(query));
      if (total === 0) return { ids: [], total };
      const tiers = searchTiers(query).map((tier): TierRunner => {
        const tsquery = tierTsQuery(tier);
        const order = tier.ranked
          ? sql`ts_rank(array[0.1, 0.2, 0.4, 1.0]::float4[], search_vector, ${words}) desc, published_at desc, id desc`
          : sql`published_at desc, id desc`;
        return {
          count: once(() => count(tsquery)),
          fetch: async (n, skip) =>
            (
              await sql<{ id: number }>`select id from articles
                where search_vector @@ to_tsquery('simple', ${tsquery}) and ${visible}
                order by ${order} limit ${n} offset ${skip}`.execute(db)
            ).rows.map((r) => r.id),
        };
      });
      return { ids: await pageOfTiers({ limit, offset }, tiers), total };
    },
  };
}

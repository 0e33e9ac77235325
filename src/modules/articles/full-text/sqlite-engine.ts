import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../database.js';
import { hasPublishedAfter } from '../articles.queries.js';
import type { SearchQuery } from './search-query.js';
import { once, pageOfTiers, type SearchService, type TierRunner } from './search-engine.js';
import { type Condition, everyWord, searchTiers, type Tier } from './search-tiers.js';

/** FTS5 MATCH text of a condition: every token quoted (so no token is ever syntax). */
export function toFts5(condition: Condition): string {
  if ('phrase' in condition) return `"${condition.phrase.tokens.join(' ')}"${condition.phrase.prefixLast ? '*' : ''}`;
  if ('title' in condition) return `{title_f} : (${toFts5(condition.title)})`;
  const [parts, operator] = 'all' in condition ? [condition.all, ' AND '] : [condition.any, ' OR '];
  return parts.length === 1 ? toFts5(parts[0]!) : `(${parts.map(toFts5).join(operator)})`;
}

/** Every word of the query, the last one as a prefix when unfinished. */
export function toFts5Match(query: SearchQuery): string {
  return toFts5(everyWord(query));
}

function tierMatch(tier: Tier): string {
  const held = tier.include.map(toFts5).join(' AND ');
  return tier.exclude.length === 0 ? held : `(${held}) NOT (${tier.exclude.map(toFts5).join(' OR ')})`;
}

// Below this many matches it is cheapest to sort the matches themselves; above it, to read the
// date index newest first and keep the rows in the match set (measured on the 50k benchmark
// archive: 0.1–2 ms and 1–12 ms respectively, against 100 ms for sorting 45,000 matches).
const FEW_MATCHES = 2000;

export function createSqliteSearch(db: Db): SearchService {
  async function countMatches(match: string, visible: RawBuilder<unknown>): Promise<number> {
    const rows = await sql<{
      n: number;
    }>`select count(*) as n from articles_fts where articles_fts match ${match} and ${visible}`.execute(db);
    return Number(rows.rows[0]?.n ?? 0);
  }

  const rankedMatches = async (match: string, visible: RawBuilder<unknown>, n: number, skip: number) =>
    (
      await sql<{
        id: number;
      }>`select rowid as id from articles_fts where articles_fts match ${match} and ${visible}
        order by bm25(articles_fts, 10.0, 4.0, 1.0), rowid desc limit ${n} offset ${skip}`.execute(db)
    ).rows.map((r) => r.id);

  // The plans are spelled out (CROSS JOIN, INDEXED BY): with statistics the planner has been seen
  // to pick a plan 10× slower for these queries.
  const newestMatches = async (match: string, few: boolean, nowIso: string, n: number, skip: number) =>
    (few
      ? await sql<{
          id: number;
        }>`select a.id from (select rowid as id from articles_fts where articles_fts match ${match}) m
          cross join articles a on a.id = m.id
          where a.status = 'published' and a.published_at <= ${nowIso}
          order by a.published_at desc, a.id desc limit ${n} offset ${skip}`.execute(db)
      : await sql<{ id: number }>`select a.id from articles a indexed by articles_status_published_idx
          where a.status = 'published' and a.published_at <= ${nowIso}
            and a.id in (select rowid from articles_fts where articles_fts match ${match})
          order by a.published_at desc, a.id desc limit ${n} offset ${skip}`.execute(db)
    ).rows.map((r) => r.id);

  return {
    async search(query, { limit, offset, nowIso }) {
      if (query.tokens.length === 0) return { ids: [], total: 0 };
      // The index holds published articles only. Those scheduled for later are excluded, and the
      // exclusion is left out entirely when there are none (the common case, and faster).
      const visible = (await hasPublishedAfter(db, nowIso))
        ? sql`rowid not in (select id from articles where status = 'published' and published_at > ${nowIso})`
        : sql`1 = 1`;

      const total = await countMatches(toFts5Match(query), visible);
      if (total === 0) return { ids: [], total };
      const tiers = searchTiers(query).map((tier): TierRunner => {
        const match = tierMatch(tier);
        const count = once(() => countMatches(match, visible));
        return {
          count,
          fetch: async (n, skip) =>
            tier.ranked
              ? rankedMatches(match, visible, n, skip)
              : newestMatches(match, total <= FEW_MATCHES || (await count()) <= FEW_MATCHES, nowIso, n, skip),
        };
      });
      return { ids: await pageOfTiers({ limit, offset }, tiers), total };
    },
  };
}

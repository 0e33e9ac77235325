import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../database.js';
import { hasPublishedAfter } from '../articles.queries.js';
import type { SearchQuery } from './search-query.js';
import { pageOfTiers, type RankedSearch } from './search-engine.js';

/** FTS5 MATCH text: every token quoted (so no token is ever syntax), the last one as a prefix. */
export function toFts5Match(query: SearchQuery): string {
  return query.tokens
    .map((t, i) => (i === query.tokens.length - 1 && query.prefixLast ? `"${t}"*` : `"${t}"`))
    .join(' ');
}

// Below this many matches it is cheapest to sort the matches themselves; above it, to read the
// date index newest first and keep the rows in the match set (measured on the 50k benchmark
// archive: 0.1–2 ms and 1–12 ms respectively, against 100 ms for sorting 45,000 matches).
const FEW_MATCHES = 2000;

export function createSqliteSearch(db: Db): RankedSearch {
  async function countMatches(match: string, visible: RawBuilder<unknown>): Promise<number> {
    const rows = await sql<{
      n: number;
    }>`select count(*) as n from articles_fts where articles_fts match ${match} and ${visible}`.execute(db);
    return Number(rows.rows[0]?.n ?? 0);
  }

  return {
    async search(query, { limit, offset, nowIso }) {
      if (query.tokens.length === 0) return { ids: [], total: 0, titleCount: 0 };
      const words = toFts5Match(query);
      const titleMatch = `{title_f} : (${words})`;
      // The index holds published articles only. Those scheduled for later are excluded, and the
      // exclusion is left out entirely when there are none (the common case, and faster).
      const visible = (await hasPublishedAfter(db, nowIso))
        ? sql`rowid not in (select id from articles where status = 'published' and published_at > ${nowIso})`
        : sql`1 = 1`;

      const total = await countMatches(words, visible);
      if (total === 0) return { ids: [], total, titleCount: 0 };
      const titleCount = await countMatches(titleMatch, visible);
      // With no title match the rest is every match, and FTS need not evaluate the NOT half.
      const restMatch = titleCount === 0 ? words : `(${words}) NOT {title_f} : (${words})`;

      const rankedTitleMatches = async (n: number, skip: number) =>
        (
          await sql<{
            id: number;
          }>`select rowid as id from articles_fts where articles_fts match ${titleMatch} and ${visible}
            order by bm25(articles_fts, 10.0, 4.0, 1.0), rowid desc limit ${n} offset ${skip}`.execute(db)
        ).rows.map((r) => r.id);

      const newestOtherMatches = async (n: number, skip: number) => {
        // The plans are spelled out (CROSS JOIN, INDEXED BY): with statistics the planner has
        // been seen to pick a plan 10× slower for these queries.
        const rows =
          total - titleCount <= FEW_MATCHES
            ? await sql<{
                id: number;
              }>`select a.id from (select rowid as id from articles_fts where articles_fts match ${restMatch}) m
                cross join articles a on a.id = m.id
                where a.status = 'published' and a.published_at <= ${nowIso}
                order by a.published_at desc, a.id desc limit ${n} offset ${skip}`.execute(db)
            : await sql<{ id: number }>`select a.id from articles a indexed by articles_status_published_idx
                where a.status = 'published' and a.published_at <= ${nowIso}
                  and a.id in (select rowid from articles_fts where articles_fts match ${restMatch})
                order by a.published_at desc, a.id desc limit ${n} offset ${skip}`.execute(db);
        return rows.rows.map((r) => r.id);
      };

      return {
        ids: await pageOfTiers({ limit, offset }, titleCount, rankedTitleMatches, newestOtherMatches),
        total,
        titleCount,
      };
    },
  };
}

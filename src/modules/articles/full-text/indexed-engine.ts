// The search engine over congtin's own index (search-indexer.ts keeps it): the postings of every
// word of the query in one read (an unfinished last word of 2–3 letters by its prefix's own
// postings, a longer one by the range of words it starts), ranked in impact-ranking.ts. The same
// queries and code on SQLite and PostgreSQL.
import type { Db } from '../../../database.js';
import { rankMatches, type WordPostings } from './impact-ranking.js';
import { listScheduledIds, readPostings } from './search-index.queries.js';
import type { RankedSearch } from './search-engine.js';
import type { SearchIndexer } from './search-indexer.js';
import type { SearchQuery } from './search-query.js';
import { INDEXED_PREFIXES, prefixTerm } from './term-weights.js';

/** How each word of the query is looked up: a stored key, or the range of words it starts. */
type Lookup = { key: string } | { range: string };

function lookups(query: SearchQuery): Lookup[] {
  const last = query.tokens.length - 1;
  return query.tokens.map((token, i) => {
    if (!(i === last && query.prefixLast)) return { key: token };
    return (INDEXED_PREFIXES as readonly number[]).includes(token.length)
      ? { key: prefixTerm(token) }
      : { range: token };
  });
}

/** Which rows belong to which word (a row may serve two: "quyet quye"). */
function postingsOfWords(
  words: Lookup[],
  rows: Array<{ term: string; block: number; data: Uint8Array }>,
): WordPostings[] {
  return words.map((word) =>
    rows.filter((row) =>
      'key' in word ? row.term === word.key : row.term.startsWith(word.range) && !row.term.endsWith('*'),
    ),
  );
}

export function createIndexedSearch(db: Db, indexer: SearchIndexer): RankedSearch {
  return {
    async search(query, { limit, offset, nowIso }) {
      if (query.tokens.length === 0) return { ids: [], total: 0, titleCount: 0 };
      const words = lookups(query);
      const keys = words.flatMap((w) => ('key' in w ? [w.key] : []));
      const range = words.find((w) => 'range' in w);
      // Three reads at once (PostgreSQL answers them on three connections): whether changes
      // wait, the postings, and the published articles due later (in the index already, left out
      // until their time). When catching up changed the index, the postings are read again.
      const read = () =>
        Promise.all([
          indexer.catchUp(),
          readPostings(db, keys, range && 'range' in range ? range.range : null),
          listScheduledIds(db, nowIso),
        ]);
      let [state, rows, excluded] = await read();
      if (state.changed) [state, rows, excluded] = await read();
      const postings = postingsOfWords(words, rows);
      // Every word must match: one without postings ends the search.
      if (postings.some((p) => p.length === 0)) return { ids: [], total: 0, titleCount: 0 };
      return rankMatches(postings, { documents: state.documents, excluded, offset, limit });
    },
  };
}

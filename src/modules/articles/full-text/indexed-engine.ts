// The search engine over congtin's own index (search-indexer.ts keeps it): each word's postings
// read by key (an unfinished last word of 2–3 letters by its prefix's own postings, a longer one by
// the range of words it starts), ranked in impact-ranking.ts. The same queries
// and code on SQLite and PostgreSQL.
import type { Db } from '../../../database.js';
import { rankMatches } from './impact-ranking.js';
import { listScheduledIds, readPrefixPostings, readWordPostings } from './search-index.queries.js';
import type { RankedSearch } from './search-engine.js';
import type { SearchIndexer } from './search-indexer.js';
import { INDEXED_PREFIXES, prefixTerm } from './term-weights.js';

export function createIndexedSearch(db: Db, indexer: SearchIndexer): RankedSearch {
  return {
    async search(query, { limit, offset, nowIso }) {
      if (query.tokens.length === 0) return { ids: [], total: 0, titleCount: 0 };
      const documents = await indexer.catchUp();
      const last = query.tokens.length - 1;
      const words = [];
      for (const [i, token] of query.tokens.entries()) {
        const postings = !(i === last && query.prefixLast)
          ? await readWordPostings(db, token)
          : (INDEXED_PREFIXES as readonly number[]).includes(token.length)
            ? await readWordPostings(db, prefixTerm(token))
            : await readPrefixPostings(db, token);
        // Every word must match: one without postings ends the search.
        if (postings.length === 0) return { ids: [], total: 0, titleCount: 0 };
        words.push(postings);
      }
      // Published articles due later are in the index already; they are left out until their time.
      const excluded = await listScheduledIds(db, nowIso);
      return rankMatches(words, { documents, excluded, offset, limit });
    },
  };
}

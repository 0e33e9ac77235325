// The search engine over congtin's own index (search-indexer.ts keeps it): each word's postings
// read by key (an unfinished last word by range), ranked in impact-ranking.ts. The same queries
// and code on SQLite and PostgreSQL.
import type { Db } from '../../../database.js';
import { rankMatches } from './impact-ranking.js';
import { listScheduledIds, readPrefixPostings, readWordPostings } from './search-index.queries.js';
import type { RankedSearch } from './search-engine.js';
import type { SearchIndexer } from './search-indexer.js';

export function createIndexedSearch(db: Db, indexer: SearchIndexer): RankedSearch {
  return {
    async search(query, { limit, offset, nowIso }) {
      if (query.tokens.length === 0) return { ids: [], total: 0, titleCount: 0 };
      const documents = await indexer.catchUp();
      const last = query.tokens.length - 1;
      const words = [];
      for (const [i, token] of query.tokens.entries()) {
        const postings =
          i === last && query.prefixLast ? await readPrefixPostings(db, token) : await readWordPostings(db, token);
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

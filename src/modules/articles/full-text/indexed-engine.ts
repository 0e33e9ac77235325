// The search engine over congtin's own index (search-indexer.ts keeps it): the postings of every
// word of the query in one read (an unfinished last word of 2–3 letters by its prefix's own
// postings, a longer one by the range of words it starts), those of common words kept in memory
// (postings-cache.ts), ranked in impact-ranking.ts. The same queries and code on both databases.
import type { Db } from '../../../database.js';
import { rankMatches } from './impact-ranking.js';
import { PostingsCache } from './postings-cache.js';
import { listScheduledIds, type PostingRow, readPostings } from './search-index.queries.js';
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
function postingsOfWords(words: Lookup[], rows: PostingRow[]): PostingRow[][] {
  return words.map((word) =>
    rows.filter((row) =>
      'key' in word ? row.term === word.key : row.term.startsWith(word.range) && !row.term.endsWith('*'),
    ),
  );
}

const cacheKey = (word: Lookup) => ('key' in word ? word.key : `${word.range}~`);

/** The postings of these words, in one statement (none to read: no statement). */
async function readWords(db: Db, words: Lookup[]): Promise<PostingRow[]> {
  if (words.length === 0) return [];
  const keys = words.flatMap((w) => ('key' in w ? [w.key] : []));
  const range = words.find((w): w is { range: string } => 'range' in w)?.range ?? null;
  return readPostings(db, keys, range);
}

/** Postings kept in memory: ~80 common words' at 100,000 articles. */
const CACHE_BYTES = 8 * 1024 * 1024;

export function createIndexedSearch(db: Db, indexer: SearchIndexer): RankedSearch {
  const cache = new PostingsCache(CACHE_BYTES);
  const remember = (words: Lookup[], rows: PostingRow[]) => {
    if (rows.length === 0) return;
    const perWord = postingsOfWords(words, rows);
    words.forEach((word, i) => {
      if (perWord[i]!.length > 0) cache.set(cacheKey(word), perWord[i]!, rows[0]!.generation);
    });
  };

  /** Every word's postings, all of one generation of the index, and the state they belong to. */
  async function readAll(words: Lookup[], nowIso: string) {
    const cached = words.map((w) => cache.peek(cacheKey(w)));
    const toRead = words.filter((_, i) => !cached[i]);
    // Three reads at once (PostgreSQL answers them on three connections): whether changes wait,
    // the postings not in memory, and the published articles due later (in the index already,
    // left out until their time).
    const [state, rows, excluded] = await Promise.all([
      indexer.catchUp(),
      readWords(db, toRead),
      listScheduledIds(db, nowIso),
    ]);
    const cacheValid = cached.every((c) => !c || c.generation === state.generation);
    const readValid = rows.length === 0 || rows[0]!.generation === state.generation;
    if (state.changed || !cacheValid || !readValid) {
      // The index changed meanwhile (here or on another node): read every word again, together.
      const again = await readWords(db, words);
      remember(words, again);
      return { state, excluded, postings: postingsOfWords(words, again) };
    }
    remember(toRead, rows);
    const fresh = postingsOfWords(toRead, rows);
    return { state, excluded, postings: words.map((_, i) => cached[i]?.rows ?? fresh[toRead.indexOf(words[i]!)]!) };
  }

  return {
    async search(query, { limit, offset, nowIso, titleMatchesSuffice }) {
      if (query.tokens.length === 0) return { ids: [], total: 0, titleCount: 0 };
      const { state, excluded, postings } = await readAll(lookups(query), nowIso);
      // Every word must match: one without postings ends the search.
      if (postings.some((p) => p.length === 0)) return { ids: [], total: 0, titleCount: 0 };
      return rankMatches(postings, { documents: state.documents, excluded, offset, limit, titleMatchesSuffice });
    },
  };
}

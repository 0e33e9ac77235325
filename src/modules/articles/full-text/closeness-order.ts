// Puts the closest matches first among the first CLOSENESS_WINDOW results of an engine's order
// (articles whose title holds every word, ranked; then the others, newest first). Inside each of
// those two parts the results are sorted by closeness (closeness.ts), the engine's order breaking
// ties; past the window the engine's order stands.
//
// Why a window rather than every match: closeness needs word positions. Asking the engine for
// them (FTS5 phrase queries, tsquery <->) reads the position lists of every article holding the
// words, which for common words ("đảng ủy", in nearly every article) cost 3–8× the whole search
// before this (measured on 5,000 articles) growing with the archive. Reading the folded text of
// 50 results costs the same at any archive size, and is the same code on both databases.
import type { Db } from '../../../database.js';
import { closenessOf, closenessTests } from './closeness.js';
import { loadFoldedTexts } from './folded-text.queries.js';
import type { RankedSearch, SearchService } from './search-engine.js';

/** Five pages of ten: readers rarely go further; past it the engine's order stands. Measured on
 * 5,000 articles, asking the engine for 50 results instead of 10 cost ~0.5 ms, for 100 up to 10. */
export const CLOSENESS_WINDOW = 50;
/** The body's opening, about 300 words: reading 50 whole bodies cost several times more. */
const BODY_CHARS = 2000;

export function withClosenessOrder(db: Db, engine: RankedSearch): SearchService {
  return {
    async search(query, options) {
      const tests = closenessTests(query);
      if (tests.length === 0 || options.offset >= CLOSENESS_WINDOW) return engine.search(query, options);
      const end = options.offset + options.limit;
      // Title matches come first and closeness never moves a result across that line, so when
      // they fill this page the others need not be ranked (most of the work on common words).
      const window = await engine.search(query, {
        ...options,
        limit: CLOSENESS_WINDOW,
        offset: 0,
        titleMatchesSuffice: end,
      });
      const texts = await loadFoldedTexts(db, window.ids, BODY_CHARS);
      const ordered = window.ids
        .map((id, position) => {
          const text = texts.get(id);
          return {
            id,
            position,
            part: position < window.titleCount ? 0 : 1,
            score: text ? closenessOf(tests, text) : 0,
          };
        })
        .sort((a, b) => a.part - b.part || b.score - a.score || a.position - b.position)
        .map((r) => r.id);
      const ids = ordered.slice(options.offset, end);
      if (end > CLOSENESS_WINDOW && window.ids.length === CLOSENESS_WINDOW) {
        const after = await engine.search(query, {
          ...options,
          limit: end - CLOSENESS_WINDOW,
          offset: CLOSENESS_WINDOW,
        });
        ids.push(...after.ids);
      }
      return { ids, total: window.total };
    },
  };
}

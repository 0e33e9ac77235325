// A reader's words → folded tokens. Only [a-z0-9] survive, so quotes, AND/OR, %, ' and FTS
// syntax reach neither engine as syntax: they are ordinary words or nothing.
import { foldedWords } from '../../../platform/text/fold.js';

export const MAX_QUERY_LENGTH = 200;
const MAX_TOKENS = 12;

export interface SearchQuery {
  /** What the reader typed, NFC, trimmed: shown back on the page. */
  text: string;
  tokens: string[];
  /** The last word may be unfinished ("lao ca" finds "Lào Cai"). */
  prefixLast: boolean;
}

export function parseSearchQuery(raw: string): SearchQuery {
  const text = raw.normalize('NFC').trim();
  let tokens = foldedWords(text)
    .slice(0, MAX_TOKENS)
    .map((t) => t.slice(0, 40));
  let prefixLast = tokens.length > 0 && /[\p{L}\p{N}]$/u.test(text);
  const last = tokens[tokens.length - 1];
  if (prefixLast && last !== undefined && last.length === 1) {
    // A single letter being typed ("phát triển đảng v") would match every word starting with
    // it: drop it while other words carry the search, and never treat it as a prefix.
    if (tokens.length > 1) tokens = tokens.slice(0, -1);
    prefixLast = false;
  }
  return { text, tokens, prefixLast };
}

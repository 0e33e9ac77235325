// A reader's words → folded tokens. Only [a-z0-9] survive, so quotes, AND/OR, %, ' and FTS
// syntax reach neither engine as syntax: they are ordinary words or nothing.
import { fold } from '../../platform/text/fold.js';

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
  const tokens = (fold(text).match(/[a-z0-9]+/g) ?? []).slice(0, MAX_TOKENS).map((t) => t.slice(0, 40));
  return { text, tokens, prefixLast: tokens.length > 0 && /[\p{L}\p{N}]$/u.test(text) };
}

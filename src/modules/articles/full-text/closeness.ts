// How close together an article holds the query's words, for ordering results: the same code on
// both databases, on the folded text (title_f, lead_f, body_f), so SQLite and PostgreSQL agree.
//
// Levels, each implying the next (the score is how many hold):
// 1. the whole query as a phrase, in one field;
// 2. every word next to a neighbour from the query, in order ("Đảng ủy Khối … tỉnh Lào Cai" for
//    "dang uy lao cai": "dang uy" and "lao cai" both occur).
// So "Đảng ủy … Lào Cai" ranks above "Đảng ủy chăm lo cho người lao động" (the words apart), and the
// words reversed or scattered rank below both. Adjacency is FTS5's: words separated by anything
// that is not a letter or digit ("Đảng ủy, Lào Cai" holds "uy lao"), never across fields.
import type { SearchQuery } from './search-query.js';

export interface FoldedText {
  title_f: string;
  lead_f: string;
  body_f: string;
}

/** A test on one field's folded text. */
type FieldTest = (field: string) => boolean;

function phraseTest(tokens: string[], prefixLast: boolean): RegExp {
  const last = tokens.length - 1;
  // Tokens are [a-z0-9]+ only (search-query.ts), so they need no escaping.
  const words = tokens.map((t, i) => (i === last && prefixLast ? `${t}[a-z0-9]*` : `${t}(?![a-z0-9])`));
  return new RegExp(`(?<![a-z0-9])${words.join('[^a-z0-9]+')}`);
}

/** The closeness tests of a query, strictest first; none for a single word. */
export function closenessTests(query: SearchQuery): Array<(text: FoldedText) => boolean> {
  const { tokens, prefixLast } = query;
  const n = tokens.length;
  if (n < 2) return [];
  const phrase = (from: number, to: number): FieldTest => {
    const re = phraseTest(tokens.slice(from, to + 1), prefixLast && to === n - 1);
    return (field) => re.test(field);
  };
  const inSomeField = (test: FieldTest) => (text: FoldedText) =>
    test(text.title_f) || test(text.lead_f) || test(text.body_f);
  const whole = inSomeField(phrase(0, n - 1));
  if (n === 2) return [whole];
  const pairs = Array.from({ length: n - 1 }, (_, i) => inSomeField(phrase(i, i + 1)));
  // Word i stands in pair i-1 (with the word before) or pair i (with the word after).
  const everyWordPaired = (text: FoldedText) => {
    const held = pairs.map((pair) => pair(text));
    return tokens.every((_, i) => held[i - 1] === true || held[i] === true);
  };
  return [whole, everyWordPaired];
}

/** How many closeness levels the text reaches (0 when the words are apart, or for one word). */
export function closenessOf(tests: Array<(text: FoldedText) => boolean>, text: FoldedText): number {
  return tests.filter((test) => test(text)).length;
}

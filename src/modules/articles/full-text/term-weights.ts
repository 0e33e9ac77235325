// What each word of an article weighs in search: the index stores one byte per (word, article).
// The low 7 bits are a BM25F term weight, 1–127: occurrences counted 10× in the title, 4× in the
// lead and once in the body (the weights FTS5's bm25(10, 4, 1) used before), saturating as BM25's
// k1 makes them, and normalised by the article's length. Bit 7 says the word is in the title
// (articles whose title holds every word of a query come first). The word's rarity (idf) is
// applied when searching, from the index itself, so adding articles never re-weights old ones.
//
// The weight is a function of the article alone (a fixed average length rather than the
// archive's), so an article indexes to the same bytes on any node and on either database.

export const TITLE_BIT = 0x80;
export const WEIGHT_MASK = 0x7f;

/** Words are what the reader's query keeps (search-query.ts): runs of a–z and 0–9, at most 40. */
export const MAX_TERM_LENGTH = 40;
const WORD = /[a-z0-9]+/g;

const FIELD_WEIGHTS = { title: 10, lead: 4, body: 1 } as const;
const K1 = 1.2;
const B = 0.75;
/** Words in a typical article (title + lead + body); the length normalisation's pivot. */
const AVERAGE_WORDS = 400;

export interface FoldedFields {
  title_f: string;
  lead_f: string;
  body_f: string;
}

/** Every word of the article with its weight byte (title bit | 1–127). */
export function termWeights(fields: FoldedFields): Map<string, number> {
  const counts = new Map<string, { weighted: number; inTitle: boolean }>();
  let words = 0;
  const add = (text: string, weight: number, inTitle: boolean) => {
    for (const match of text.matchAll(WORD)) {
      const term = match[0].length > MAX_TERM_LENGTH ? match[0].slice(0, MAX_TERM_LENGTH) : match[0];
      words++;
      const seen = counts.get(term);
      if (seen) {
        seen.weighted += weight;
        seen.inTitle ||= inTitle;
      } else counts.set(term, { weighted: weight, inTitle });
    }
  };
  add(fields.title_f, FIELD_WEIGHTS.title, true);
  add(fields.lead_f, FIELD_WEIGHTS.lead, false);
  add(fields.body_f, FIELD_WEIGHTS.body, false);
  const norm = K1 * (1 - B + (B * words) / AVERAGE_WORDS);
  const weights = new Map<string, number>();
  for (const [term, { weighted, inTitle }] of counts) {
    const saturated = weighted / (weighted + norm);
    const level = Math.min(WEIGHT_MASK, Math.max(1, Math.round(saturated * WEIGHT_MASK)));
    weights.set(term, inTitle ? level | TITLE_BIT : level);
  }
  return weights;
}

export interface WeighedArticle {
  id: number;
  terms: string[];
  /** The weight byte of each of `terms`, in order. */
  weights: number[];
}

/**
 * Prefixes of 2 and 3 letters are indexed as words of their own ("qu*" stands for qua, quan,
 * quy…, with the highest weight among them and the title bit if any is in the title), as FTS5's
 * prefix='2 3' did: an unfinished word that short stands for dozens of words, most of them
 * common, and merging their postings at search time cost ~5 ms at 100,000 articles.
 */
export const INDEXED_PREFIXES = [2, 3] as const;
export const prefixTerm = (prefix: string) => `${prefix}*`;
export const isPrefixTerm = (term: string) => term.endsWith('*');

/** The words and the indexed prefixes they stand under. */
export function withPrefixes(words: string[]): Set<string> {
  const terms = new Set(words);
  for (const word of words)
    for (const length of INDEXED_PREFIXES) if (word.length >= length) terms.add(prefixTerm(word.slice(0, length)));
  return terms;
}

/** The weights of the article's words and of their indexed prefixes. */
export function termAndPrefixWeights(fields: FoldedFields): Map<string, number> {
  const weights = termWeights(fields);
  const prefixes = new Map<string, number>();
  for (const [term, weight] of weights)
    for (const length of INDEXED_PREFIXES) {
      if (term.length < length) continue;
      const key = prefixTerm(term.slice(0, length));
      const old = prefixes.get(key) ?? 0;
      prefixes.set(key, Math.max(old & WEIGHT_MASK, weight & WEIGHT_MASK) | ((old | weight) & TITLE_BIT));
    }
  for (const [key, weight] of prefixes) weights.set(key, weight);
  return weights;
}

/** termAndPrefixWeights of many articles, as plain data (it runs on a worker for big batches). */
export function weighArticles(articles: Array<FoldedFields & { id: number }>): WeighedArticle[] {
  return articles.map((article) => {
    const weights = termAndPrefixWeights(article);
    return { id: article.id, terms: [...weights.keys()], weights: [...weights.values()] };
  });
}

// Highlights on the original accented text: matches are found in the folded text, then mapped
// back through foldWithMap's index so "dang uy" marks "Đảng ủy".
import { foldWithMap } from '../../platform/text/fold.js';
import type { SearchQuery } from '../articles/index.js';

export interface Segment {
  text: string;
  mark: boolean;
}

// One pattern per word, made once per query (a results page marks ~30 texts with the same words).
const patternsOf = new WeakMap<SearchQuery, RegExp[]>();
function wordPatterns(query: SearchQuery): RegExp[] {
  let patterns = patternsOf.get(query);
  if (!patterns) {
    patterns = query.tokens.map((token, i) => {
      const prefix = i === query.tokens.length - 1 && query.prefixLast;
      return new RegExp(`(?<![a-z0-9])${token}${prefix ? '[a-z0-9]*' : '(?![a-z0-9])'}`, 'g');
    });
    patternsOf.set(query, patterns);
  }
  return patterns;
}

function findMatches(folded: string, query: SearchQuery): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const pattern of wordPatterns(query))
    for (const m of folded.matchAll(pattern)) ranges.push([m.index, m.index + m[0].length]);
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Original-text ranges of every match. */
function matchRanges(original: string, query: SearchQuery): Array<[number, number]> {
  const { folded, origin } = foldWithMap(original);
  if (!origin) return findMatches(folded, query);
  return findMatches(folded, query).map(([s, e]) => {
    const lastStart = origin[e - 1]!;
    const lastLength = String.fromCodePoint(original.codePointAt(lastStart)!).length;
    return [origin[s]!, lastStart + lastLength] as [number, number];
  });
}

function toSegments(text: string, ranges: Array<[number, number]>, from = 0, to = text.length): Segment[] {
  const segments: Segment[] = [];
  let cursor = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    if (s > cursor) segments.push({ text: text.slice(cursor, s), mark: false });
    segments.push({ text: text.slice(Math.max(s, cursor), Math.min(e, to)), mark: true });
    cursor = Math.min(e, to);
  }
  if (cursor < to) segments.push({ text: text.slice(cursor, to), mark: false });
  return segments;
}

export function highlightAll(text: string, query: SearchQuery): Segment[] {
  return toSegments(text, matchRanges(text, query));
}

/** About `length` characters around the densest cluster of matches, with ellipses. */
export function makeSnippet(text: string, query: SearchQuery, length = 240): Segment[] {
  const ranges = matchRanges(text, query);
  if (text.length <= length) return toSegments(text, ranges);
  let bestStart = 0;
  let bestCount = -1;
  for (const [s] of ranges) {
    const count = ranges.filter(([rs, re]) => rs >= s && re <= s + length).length;
    if (count > bestCount) {
      bestCount = count;
      bestStart = s;
    }
  }
  // Start at a word boundary a little before the first match, so the match has context.
  let from = Math.max(0, bestStart - 40);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space === -1 || space > bestStart ? from : space + 1;
  }
  let to = Math.min(text.length, from + length);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > from + length / 2) to = space;
  }
  const segments = toSegments(text, ranges, from, to);
  if (from > 0) segments.unshift({ text: '… ', mark: false });
  if (to < text.length) segments.push({ text: ' …', mark: false });
  return segments;
}

// Dates written in Vietnamese prose, found for the timeline: "ngày 3 tháng 2 năm 1930",
// "ngày 03/02/1930" (also 3-2-1930, 3.2.1930), "tháng 8 năm 1945", "tháng 8/1945", "năm 1945".
// Pure: one pass of one pattern, longest form first, so "ngày 3 tháng 2 năm 1930" is one date and
// never also "năm 1930". Years 1800–2100 only; an impossible day (31/02) is not a date.

import { historyText } from './history.vi.js';

export type DatePrecision = 'day' | 'month' | 'year';

export interface FoundDate {
  /** Sortable: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'. */
  key: string;
  precision: DatePrecision;
  /** As written in the text. */
  written: string;
  /** The sentence it is in, trimmed to about 240 characters. */
  sentence: string;
}

const { day: NGAY, month: THANG, year: NAM } = historyText.dateWords;
const DAY = String.raw`(\d{1,2})`;
const MONTH = String.raw`(\d{1,2})`;
const YEAR = String.raw`(\d{4})`;
const SEP = String.raw`[/.\-]`;

// Alternatives in order: full spelled date, numeric date, spelled month, numeric month, year.
const PATTERN = new RegExp(
  [
    String.raw`${NGAY}\s+${DAY}\s+${THANG}\s+${MONTH}\s+${NAM}\s+${YEAR}`,
    String.raw`(?<![\d/.\-])${DAY}${SEP}${MONTH}${SEP}${YEAR}(?![\d/.\-]\d)`,
    String.raw`${THANG}\s+${MONTH}\s+${NAM}\s+${YEAR}`,
    String.raw`${THANG}\s+${MONTH}\s*/\s*${YEAR}`,
    String.raw`${NAM}\s+${YEAR}(?!\d)`,
  ].join('|'),
  'giu',
);

const MAX_SENTENCE = 240;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');
const goodYear = (y: number) => y >= 1800 && y <= 2100;

function keyOf(
  day: number | undefined,
  month: number | undefined,
  year: number,
): Omit<FoundDate, 'written' | 'sentence'> | undefined {
  if (!goodYear(year)) return undefined;
  if (month === undefined) return { key: String(year), precision: 'year' };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return { key: `${year}-${pad(month)}`, precision: 'month' };
  if (day < 1 || day > daysIn(year, month)) return undefined;
  return { key: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

function fromMatch(m: RegExpMatchArray): Omit<FoundDate, 'written' | 'sentence'> | undefined {
  const n = (i: number) => (m[i] === undefined ? undefined : Number(m[i]));
  if (m[1] !== undefined) return keyOf(n(1), n(2), n(3)!);
  if (m[4] !== undefined) return keyOf(n(4), n(5), n(6)!);
  if (m[7] !== undefined) return keyOf(undefined, n(7), n(8)!);
  if (m[9] !== undefined) return keyOf(undefined, n(9), n(10)!);
  return keyOf(undefined, undefined, n(11)!);
}

/** The sentence around `index`: from after the previous . ! ? or line break to the next one. */
function sentenceAt(text: string, index: number, length: number): string {
  const before = text.slice(0, index);
  const start = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('! '),
    before.lastIndexOf('? '),
    before.lastIndexOf('\n'),
  );
  const rest = text.slice(index + length);
  const stop = rest.search(/[.!?](\s|$)|\n/);
  const sentence = text
    .slice(start + 1, stop === -1 ? text.length : index + length + stop + 1)
    .replace(/\s+/g, ' ')
    .trim();
  return sentence.length > MAX_SENTENCE ? `${sentence.slice(0, MAX_SENTENCE - 1).trimEnd()}…` : sentence;
}

/** Every date in the text, in the order written. */
export function findDates(text: string): FoundDate[] {
  const normalized = text.normalize('NFC');
  const found: FoundDate[] = [];
  for (const m of normalized.matchAll(PATTERN)) {
    const date = fromMatch(m);
    if (!date) continue;
    found.push({
      ...date,
      written: m[0].replace(/\s+/g, ' '),
      sentence: sentenceAt(normalized, m.index!, m[0].length),
    });
  }
  return found;
}

/** 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' → "03/02/1930", "08/1945", "1945". */
export function formatDateKey(key: string): string {
  const [year, month, day] = key.split('-');
  return [day, month, year].filter(Boolean).join('/');
}

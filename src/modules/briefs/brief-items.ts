// A brief as the service hands it out (rows never leave it), its items as stored, and the small
// pure helpers around days and months: rows → domain objects, the folded text search reads.
import { fold } from '../../platform/text/fold.js';
import type { BriefStatus } from './briefs.tables.js';

/** An item as stored: a portal article keeps its id with the title and address it had when saved. */
export interface StoredItem {
  kind: 'article' | 'outside';
  articleId: number | null;
  title: string;
  /** '' for a portal article: the site's name is shown. */
  source: string;
  url: string;
  summary: string;
}

export interface BriefItem extends StoredItem {
  /** The name shown: the outside source, or the portal's own name. */
  sourceName: string;
}

export interface Brief {
  id: number;
  date: string;
  intro: string;
  items: BriefItem[];
  status: BriefStatus;
  version: number;
  /** The public page, site-relative: /diem-tin/YYYY-MM-DD. */
  url: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface BriefRevision {
  version: number;
  status: BriefStatus;
  reason: string;
  savedBy: string;
  savedAt: string;
  intro: string;
  itemCount: number;
}

export const briefPath = (day: string) => `/diem-tin/${day}`;

export function parseStoredItems(json: string): StoredItem[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as StoredItem[]) : [];
  } catch {
    return [];
  }
}

export function briefOf(
  row: {
    id: number;
    day: string;
    intro: string;
    items: string;
    status: BriefStatus;
    version: number;
    created_at: string;
    updated_at: string;
    published_at: string | null;
  },
  siteName: string,
): Brief {
  return {
    id: row.id,
    date: row.day,
    intro: row.intro,
    items: parseStoredItems(row.items).map((item) => ({ ...item, sourceName: item.source || siteName })),
    status: row.status,
    version: row.version,
    url: briefPath(row.day),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
  };
}

/** The folded copy of every word a reader may search a brief by. */
export function searchTextOf(intro: string, items: readonly StoredItem[]): string {
  return fold([intro, ...items.flatMap((i) => [i.title, i.source, i.summary])].join(' \n '));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** `day` moved by `n` calendar days (integer arithmetic on UTC dates; no time zone involved). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** YYYY-MM of a real month (2026-13 and 2026-1 are not). */
export function isMonth(value: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  return m !== null && Number(m[1]) >= 1900 && Number(m[1]) <= 2999 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export function addMonths(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The weeks of a month, Monday first: each a row of seven days (YYYY-MM-DD) or null outside the month. */
export function monthWeeks(month: string): Array<Array<string | null>> {
  const first = `${month}-01`;
  const weekday = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  const days: Array<string | null> = Array.from({ length: weekday }, () => null);
  for (let day = first; day.startsWith(month); day = addDays(day, 1)) days.push(day);
  while (days.length % 7 !== 0) days.push(null);
  const weeks: Array<Array<string | null>> = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
}

// Anniversaries are computed, never typed: from each unit's founding date and from the dates the
// committee commemorates, the "kỷ niệm N năm" falling within the coming twelve months of Vietnam
// time. Pure: the caller gives today (a Vietnam calendar date), so tests pin leap years and
// year boundaries without a clock.
import { daysInMonth, isCalendarDate } from '../../platform/time/vietnam-time.js';

/** Where an anniversary comes from: a unit's founding, or a commemorated date. */
export interface AnniversarySource {
  /** Stable key, e.g. "unit:3" or "date:5": names the source, whatever the year. */
  key: string;
  /** What is commemorated: "thành lập Chi bộ …" or the date's own name. */
  name: string;
  /** The original day, YYYY-MM-DD. */
  date: string;
}

export interface Anniversary {
  key: string;
  name: string;
  /** The original day, YYYY-MM-DD. */
  since: string;
  /** This year's day, YYYY-MM-DD (29 February falls on 28 February in a common year). */
  on: string;
  years: number;
  /** A multiple of 5 years (5 and up) or of 10. */
  round: boolean;
  /** A multiple of 10 years: the great ones. */
  major: boolean;
}

/** The day of `date`'s month and day in `year`; 29/02 becomes 28/02 in a common year. */
export function dayInYear(date: string, year: number): string {
  const month = Number(date.slice(5, 7));
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${date.slice(5, 7)}-${String(day).padStart(2, '0')}`;
}

/** The same calendar day one year on (29/02 → 28/02 when the next year is common). */
function oneYearOn(today: string): string {
  return dayInYear(today, Number(today.slice(0, 4)) + 1);
}

export function isRoundYears(years: number): { round: boolean; major: boolean } {
  const major = years >= 10 && years % 10 === 0;
  return { round: major || (years >= 5 && years % 5 === 0), major };
}

/**
 * Anniversaries from `today` (included) to the same day next year (excluded), soonest first; a
 * source's first one is 1 year. Sources with no valid date, or founded in the future, give none.
 */
export function upcomingAnniversaries(sources: readonly AnniversarySource[], today: string): Anniversary[] {
  const end = oneYearOn(today);
  const thisYear = Number(today.slice(0, 4));
  const found: Anniversary[] = [];
  for (const source of sources) {
    if (!isCalendarDate(source.date)) continue;
    const startYear = Number(source.date.slice(0, 4));
    for (const year of [thisYear, thisYear + 1]) {
      const on = dayInYear(source.date, year);
      const years = year - startYear;
      if (years < 1 || on < today || on >= end) continue;
      found.push({ key: source.key, name: source.name, since: source.date, on, years, ...isRoundYears(years) });
    }
  }
  return found.sort((a, b) => (a.on === b.on ? a.name.localeCompare(b.name, 'vi') : a.on < b.on ? -1 : 1));
}

// Dates and numbers as Vietnamese readers write them: dd/mm/yyyy, 24-hour clock, "465.023".
import { vietnamParts } from '../time/vietnam-time.js';
import { en } from './en.js';

const pad = (n: number) => String(n).padStart(2, '0');

export function formatDate(at: Date | string): string {
  const p = vietnamParts(new Date(at));
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

export function formatDateTime(at: Date | string): string {
  const p = vietnamParts(new Date(at));
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

const numberFormat = new Intl.NumberFormat('vi-VN');
/**
 * "465.023". Whole numbers (every counter and view count on every page) are grouped here, as
 * Intl does for vi-VN but about ten times cheaper; anything else goes to Intl (format.test.ts
 * compares the two).
 */
export function formatNumber(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return numberFormat.format(n);
  const digits = String(Math.abs(n));
  let out = digits.length > 3 ? digits.slice(0, digits.length % 3 || 3) : digits;
  for (let i = out.length; i < digits.length; i += 3) out += `.${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

const weekdays = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
/** "Thứ sáu, 27/11/2026", for the header date line. */
export function formatLongDate(at: Date): string {
  const shiftedDay = new Date(at.getTime() + 7 * 3600_000).getUTCDay();
  return `${weekdays[shiftedDay]}, ${formatDate(at)}`;
}

/** "5 December 2026" (Vietnam's day), for the English pages. */
export function formatEnglishDate(at: Date | string): string {
  const p = vietnamParts(new Date(at));
  return `${p.day} ${en.dates.months[p.month - 1]} ${p.year}`;
}

/** "Saturday, 5 December 2026", the English header's date line. */
export function formatEnglishLongDate(at: Date): string {
  const shiftedDay = new Date(at.getTime() + 7 * 3600_000).getUTCDay();
  return `${en.dates.weekdays[shiftedDay]}, ${formatEnglishDate(at)}`;
}

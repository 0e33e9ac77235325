// The unit form at the edge, with Vietnamese messages; founding dates as people write them.
import { z } from 'zod';
import { daysInMonth } from '../../platform/time/vietnam-time.js';
import { unitsText } from './units.vi.js';

const m = unitsText.fieldErrors;

export const NAME_MAX = 200;
export const SHORT_NAME_MAX = 60;

/** NFC, trimmed, inner runs of spaces made one: "Chi bộ  Sở Tư pháp" and "Chi bộ Sở Tư pháp" are one name. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** How names are compared: case aside (Vietnamese-aware), diacritics kept ("Bộ" is not "Bố"). */
export function nameKey(value: string): string {
  return cleanText(value).toLocaleLowerCase('vi');
}

const chars = (s: string) => [...s].length;

/**
 * A founding date typed as dd/mm/yyyy (d/m/yyyy and dd-mm-yyyy too) or yyyy-mm-dd → 'YYYY-MM-DD';
 * undefined when it is no real calendar date.
 */
export function parseFoundingDate(text: string): string | undefined {
  const value = text.trim();
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [day, month, year] = vn ? [vn[1], vn[2], vn[3]].map(Number) : iso ? [iso[3], iso[2], iso[1]].map(Number) : [];
  if (day === undefined || month === undefined || year === undefined) return undefined;
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy', as the form shows it. */
export function formatFoundingDate(iso: string | null): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

export const FOUNDED_ON_FORMAT = m.foundedOnFormat;

export const unitFormSchema = z.object({
  name: z
    .string()
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, m.nameRequired)
        .refine((s) => chars(s) <= NAME_MAX, m.nameTooLong(NAME_MAX)),
    ),
  shortName: z
    .string()
    .transform(cleanText)
    .pipe(z.string().refine((s) => chars(s) <= SHORT_NAME_MAX, m.shortNameTooLong(SHORT_NAME_MAX))),
  parentId: z
    .string()
    .trim()
    .regex(/^(|[1-9][0-9]{0,9})$/, m.parentUnknown)
    .transform((s) => (s === '' ? null : Number(s))),
  foundedOn: z
    .string()
    .trim()
    .refine((s) => s === '' || parseFoundingDate(s) !== undefined, FOUNDED_ON_FORMAT)
    .transform((s) => (s === '' ? null : parseFoundingDate(s)!)),
  address: z.string().transform(cleanText).pipe(z.string().max(300, m.addressTooLong)),
  phone: z
    .string()
    .transform(cleanText)
    .pipe(z.string().regex(/^[0-9+().\s-]{0,30}$/, m.phoneFormat)),
  email: z
    .string()
    .transform((s) => s.normalize('NFC').trim().toLowerCase())
    .pipe(z.union([z.literal(''), z.email({ error: m.emailInvalid }).max(254, m.emailTooLong)])),
  position: z
    .string()
    .trim()
    .regex(/^(|\d{1,4})$/, m.positionFormat)
    .transform((s) => (s === '' ? null : Number(s))),
});

export type UnitFormInput = z.infer<typeof unitFormSchema>;

// A unit's fields at the edge, one schema per input: the unit form (unitFormSchema) and a row of
// the import sheet (unitSheetRowSchema), the same cleaning and limits with each input's messages;
// founding dates as people write them, never after today. What needs the tree (parents, names
// unique among siblings, one root) the service checks inside its transaction.
import { z } from 'zod';
import { daysInMonth } from '../../platform/time/vietnam-time.js';
import { unitsImportText } from './units-import.vi.js';
import { unitsText } from './units.vi.js';

const m = unitsText.fieldErrors;
const sheet = unitsImportText.problems;

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

const nameField = (messages: { missing: string; tooLong: string }) =>
  z
    .string()
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, messages.missing)
        .refine((s) => chars(s) <= NAME_MAX, messages.tooLong),
    );

const shortNameField = (tooLong: string) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().refine((s) => chars(s) <= SHORT_NAME_MAX, tooLong));

/** The unit form's fields; `today` is the Vietnam day a founding date may not be after. */
export function unitFormSchema(today: string) {
  return z.object({
    name: nameField({ missing: m.nameRequired, tooLong: m.nameTooLong(NAME_MAX) }),
    shortName: shortNameField(m.shortNameTooLong(SHORT_NAME_MAX)),
    // Optional; the same cleaning and length as the name (a form without the field leaves it empty).
    nameEn: z
      .string()
      .default('')
      .transform(cleanText)
      .pipe(z.string().refine((s) => chars(s) <= NAME_MAX, m.nameEnTooLong(NAME_MAX))),
    parentId: z
      .string()
      .trim()
      .regex(/^(|[1-9][0-9]{0,9})$/, m.parentUnknown)
      .transform((s) => (s === '' ? null : Number(s))),
    foundedOn: z
      .string()
      .trim()
      .refine((s) => s === '' || parseFoundingDate(s) !== undefined, FOUNDED_ON_FORMAT)
      .transform((s) => (s === '' ? null : parseFoundingDate(s)!))
      .refine((iso) => iso === null || iso <= today, unitsText.rules.foundedInFuture),
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
}

export type UnitFormInput = z.infer<ReturnType<typeof unitFormSchema>>;

/** A "Ngày thành lập" cell: an Excel date, text as the form takes it, or empty. */
function readFoundingCell(value: Date | string | null): { iso: string | null } | { error: string } {
  if (value === null) return { iso: null };
  if (value instanceof Date) {
    // Excel keeps a date without a zone; exceljs gives it as that day at 00:00 UTC.
    if (Number.isNaN(value.getTime()) || value.getUTCFullYear() < 1900) return { error: sheet.dateCellInvalid };
    return { iso: value.toISOString().slice(0, 10) };
  }
  const text = cleanText(value);
  if (text === '') return { iso: null };
  const iso = parseFoundingDate(text);
  return iso ? { iso } : { error: sheet.dateTextInvalid(text) };
}

/**
 * A row of the import sheet: its own cells, cleaned and limited as the form's fields, with
 * messages that name the sheet's columns. ("Trực thuộc" names a unit: the import resolves it.)
 */
export function unitSheetRowSchema(today: string) {
  return z.object({
    name: nameField({ missing: sheet.nameMissing, tooLong: sheet.nameTooLong(NAME_MAX) }),
    shortName: shortNameField(sheet.shortNameTooLong(SHORT_NAME_MAX)),
    foundedOn: z.union([z.instanceof(Date), z.string(), z.null()]).transform((value, ctx) => {
      const cell = readFoundingCell(value);
      if ('error' in cell) ctx.addIssue({ code: 'custom', message: cell.error });
      else if (cell.iso !== null && cell.iso > today)
        ctx.addIssue({ code: 'custom', message: sheet.foundedInFuture(formatFoundingDate(cell.iso)) });
      return 'iso' in cell ? cell.iso : null;
    }),
  });
}

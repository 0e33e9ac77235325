// A document's fields at the edge (one schema, the staff form's), and the list's filters (one
// schema, read by the public page and the JSON API alike). What needs the database (a number taken)
// the service checks.
import { z } from 'zod';
import { daysInMonth } from '../../platform/time/vietnam-time.js';
import { documentKindLabels, documentsText } from './documents.vi.js';

const m = documentsText.input;

export const DOCUMENT_KINDS = Object.keys(documentKindLabels) as Array<keyof typeof documentKindLabels>;
export type DocumentKind = keyof typeof documentKindLabels;

export const isDocumentKind = (value: string): value is DocumentKind => Object.hasOwn(documentKindLabels, value);
export const kindLabel = (kind: string): string => (isDocumentKind(kind) ? documentKindLabels[kind] : kind);

export const NUMBER_MAX = 60;
export const ISSUER_MAX = 200;
export const TITLE_MAX = 500;
export const SUMMARY_MAX = 5_000;
export const QUERY_MAX = 200;
export const FIRST_YEAR = 1945;

const chars = (s: string) => [...s].length;
// C0/C1 controls other than tab and line breaks: never part of a document's text.
function hasControl(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** NFC, trimmed, inner runs of spaces made one. */
export function cleanLine(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** dd/mm/yyyy (d/m/yyyy, dd-mm-yyyy) or yyyy-mm-dd → 'YYYY-MM-DD', or undefined for no real date. */
export function parseIssuedOn(text: string): string | undefined {
  const value = text.trim();
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [day, month, year] = vn ? [vn[1], vn[2], vn[3]].map(Number) : iso ? [iso[3], iso[2], iso[1]].map(Number) : [];
  if (day === undefined || month === undefined || year === undefined) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. */
export function formatIssuedOn(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

const line = (max: number, missing: string | undefined, tooLong: string) =>
  z
    .string()
    .default('')
    .refine((s) => !hasControl(s), m.controlCharacters)
    .transform(cleanLine)
    .pipe(
      z
        .string()
        .refine((s) => missing === undefined || s.length > 0, missing ?? '')
        .refine((s) => chars(s) <= max, tooLong),
    );

/** The staff form's fields; `today` (YYYY-MM-DD, Vietnam) is the last day a document may be dated. */
export function documentFormSchema(today: string) {
  return z.object({
    number: line(NUMBER_MAX, m.numberRequired, m.numberTooLong).refine(
      (s) => s === '' || (/[0-9]/.test(s) && /\p{L}/u.test(s)),
      m.numberShape,
    ),
    kind: z
      .string()
      .default('')
      .refine(isDocumentKind, m.kindRequired)
      .transform((s) => s as DocumentKind),
    issuer: line(ISSUER_MAX, m.issuerRequired, m.issuerTooLong),
    issuedOn: z
      .string()
      .default('')
      .transform((s, ctx) => {
        const iso = parseIssuedOn(s);
        if (!iso) {
          ctx.addIssue({ code: 'custom', message: m.issuedOnInvalid });
          return z.NEVER;
        }
        if (Number(iso.slice(0, 4)) < FIRST_YEAR || iso > today) {
          ctx.addIssue({ code: 'custom', message: m.issuedOnRange });
          return z.NEVER;
        }
        return iso;
      }),
    title: line(TITLE_MAX, m.titleRequired, m.titleTooLong),
    summary: z
      .string()
      .default('')
      .refine((s) => !hasControl(s), m.controlCharacters)
      .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
      .pipe(z.string().refine((s) => chars(s) <= SUMMARY_MAX, m.summaryTooLong)),
  });
}

export type DocumentInput = z.output<ReturnType<typeof documentFormSchema>>;
export type DocumentFormValues = Record<keyof DocumentInput, string>;

const q = documentsText.query;

/** The list's filters as typed in the address (?q=&kind=&issuer=&year=&page=), each optional. */
export const documentQuerySchema = z.object({
  q: z
    .string()
    .optional()
    .refine((s) => s === undefined || chars(s) <= QUERY_MAX, q.q)
    .transform((s) => (s ? cleanLine(s) : '')),
  kind: z
    .string()
    .optional()
    .refine((s) => !s || isDocumentKind(s), q.kind)
    .transform((s) => (s ? (s as DocumentKind) : undefined)),
  issuer: z
    .string()
    .optional()
    .refine((s) => s === undefined || chars(s) <= ISSUER_MAX, q.issuer)
    .transform((s) => (s ? cleanLine(s) : undefined)),
  year: z
    .string()
    .optional()
    .refine((s) => !s || (/^[0-9]{4}$/.test(s) && Number(s) >= FIRST_YEAR && Number(s) <= 2100), q.year)
    .transform((s) => (s ? Number(s) : undefined)),
});

export type DocumentQuery = z.output<typeof documentQuerySchema>;

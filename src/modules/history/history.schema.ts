// The history workspace's inputs at the edge, one zod schema each (the staff forms read them). What
// needs the database (a parent in the same book, a source of this section, a live account) the
// service checks.
import { z } from 'zod';
import { historyText, sourceKindLabels } from './history.vi.js';

const m = historyText.input;

export const TITLE_MAX = 300;
export const LINE_MAX = 500;
export const SUMMARY_MAX = 5_000;
export const COMMENT_MAX = 5_000;
/** About as long as an article body may be: a long section of a book. */
export const BODY_MAX = 1_000_000;

export const SOURCE_KINDS = Object.keys(sourceKindLabels) as Array<keyof typeof sourceKindLabels>;
export type SourceKind = keyof typeof sourceKindLabels;
const isSourceKind = (value: string): value is SourceKind => Object.hasOwn(sourceKindLabels, value);

// C0/C1 controls other than tab and line breaks never belong in a title or a note.
function hasControl(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

const chars = (s: string) => [...s].length;

/** One line of text: NFC, inner spaces made one, trimmed; required when `missing` is given. */
const line = (max: number, missing?: string) =>
  z
    .string()
    .default('')
    .refine((s) => !hasControl(s), m.controlCharacters)
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .refine((s) => !missing || s.length > 0, missing ?? '')
    .refine((s) => chars(s) <= max, max === TITLE_MAX ? m.titleTooLong(max) : m.textTooLong(max));

/** Several lines of plain text. */
const block = (max: number, missing?: string) =>
  z
    .string()
    .default('')
    .refine((s) => !hasControl(s), m.controlCharacters)
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .refine((s) => !missing || s.length > 0, missing ?? '')
    .refine((s) => chars(s) <= max, m.textTooLong(max));

const id = (message: string) =>
  z
    .string()
    .default('')
    .refine((s) => /^[1-9]\d{0,9}$/.test(s.trim()), message)
    .transform((s) => Number(s.trim()));

export const bookFormSchema = z.object({
  title: line(TITLE_MAX, m.titleMissing),
  period: line(60),
  summary: block(SUMMARY_MAX),
});
export type BookInput = z.output<typeof bookFormSchema>;
export type BookFormValues = Record<keyof BookInput, string>;

/** A new chapter (no parent) or a section under another one of the same book. */
export const newSectionSchema = z.object({
  title: line(TITLE_MAX, m.titleMissing),
  parentId: z
    .string()
    .default('')
    .refine((s) => s.trim() === '' || /^[1-9]\d{0,9}$/.test(s.trim()), m.parentInvalid)
    .transform((s) => (s.trim() === '' ? null : Number(s.trim()))),
});
export type NewSectionInput = z.output<typeof newSectionSchema>;

export const sectionTextSchema = z.object({
  title: line(TITLE_MAX, m.titleMissing),
  bodyHtml: z
    .string()
    .default('')
    .refine((s) => s.length <= BODY_MAX, m.bodyTooLong),
  version: id(m.versionInvalid),
});
export type SectionTextInput = z.output<typeof sectionTextSchema>;

export const sourceFormSchema = z.object({
  kind: z
    .string()
    .default('')
    .refine((s) => isSourceKind(s), m.kindMissing)
    .transform((s) => s as SourceKind),
  title: line(LINE_MAX, m.titleMissing),
  keptAt: line(LINE_MAX),
  reference: line(200),
  dated: line(60),
  givenBy: line(200),
});
export type SourceInput = z.output<typeof sourceFormSchema>;
export type SourceFormValues = Record<keyof SourceInput, string>;

export const commentSchema = z.object({ body: block(COMMENT_MAX, m.commentMissing) });

/** Sending a section back to draft: the reviewer's remark is optional, and kept as a comment. */
export const returnSchema = z.object({ reason: block(COMMENT_MAX) });

export const appointSchema = z.object({ userId: id(m.userMissing) });

export const moveSchema = z.object({
  direction: z
    .string()
    .default('')
    .refine((s) => s === 'up' || s === 'down', m.directionInvalid)
    .transform((s) => s as 'up' | 'down'),
});

export const publishSchema = z.object({ categoryId: id(m.categoryMissing) });

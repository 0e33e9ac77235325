// The opinion reports' inputs at the edge, one zod schema each: the report form, the case form,
// the period settings, and the period asked in a query string. What needs the database (a period
// open, a report already filed) the service checks.
import { z } from 'zod';
import { isCalendarDate } from '../../platform/time/vietnam-time.js';
import { isPeriodKey } from './opinion-periods.js';
import { CLASSIFICATIONS, FOLLOW_UPS, PERIOD_KINDS, SEVERITIES } from './opinion.tables.js';
import { opinionText } from './opinion.vi.js';

const m = opinionText.input;
export const LONG_MAX = 10_000;
export const LINE_MAX = 300;

/** C0/C1 controls other than tab and line breaks: never part of a report's text. */
export function hasControl(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

const text = (max: number, required: boolean) =>
  z
    .string()
    .default('')
    .refine((s) => !hasControl(s), m.controlCharacters)
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .refine((s) => !required || s.length > 0, m.required)
    .refine((s) => [...s].length <= max, m.tooLong(max));

const line = (max: number) => text(max, true).transform((s) => s.replace(/\s+/g, ' '));
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .default('')
    .pipe(z.enum(values, { error: m.choose }));

export const periodKeySchema = z.string().refine(isPeriodKey, m.badPeriod);

/** dd/mm/yyyy (or yyyy-mm-dd) → 'YYYY-MM-DD'; not after `today`. */
function occurredOn(today: string) {
  return z
    .string()
    .default('')
    .transform((s, ctx) => {
      const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s.trim());
      const iso = vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : s.trim();
      if (!isCalendarDate(iso)) {
        ctx.addIssue({ code: 'custom', message: m.badDate });
        return z.NEVER;
      }
      if (iso > today) {
        ctx.addIssue({ code: 'custom', message: m.futureDate });
        return z.NEVER;
      }
      return iso;
    });
}

export const reportFormSchema = z.object({
  periodKey: z.string().default(''),
  classification: oneOf(CLASSIFICATIONS),
  membersSituation: text(LONG_MAX, true),
  topics: text(LINE_MAX * 10, false),
  publicOpinion: text(LONG_MAX, true),
});
export type ReportFormValues = { [K in keyof z.input<typeof reportFormSchema>]-?: string };
export type ReportInput = z.output<typeof reportFormSchema>;

export const caseFormSchema = (today: string) =>
  z.object({
    title: line(LINE_MAX),
    severity: oneOf(SEVERITIES),
    classification: oneOf(CLASSIFICATIONS),
    occurredOn: occurredOn(today),
    place: line(LINE_MAX),
    people: text(LONG_MAX, false),
    actionsTaken: text(LONG_MAX, false),
    followUp: oneOf(FOLLOW_UPS),
  });
export type CaseFormValues = { [K in keyof z.input<ReturnType<typeof caseFormSchema>>]-?: string };
export type CaseInput = z.output<ReturnType<typeof caseFormSchema>>;

const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .default('')
    .refine((s) => /^\d{1,2}$/.test(s.trim()) && Number(s) >= min && Number(s) <= max, message)
    .transform(Number);

export const settingsFormSchema = z.object({
  periodKind: oneOf(PERIOD_KINDS),
  deadlineDay: wholeNumber(1, 28, m.deadlineDay),
  graceDays: wholeNumber(0, 60, m.graceDays),
});
export type SettingsFormValues = { [K in keyof z.input<typeof settingsFormSchema>]-?: string };
export type SettingsInput = z.output<typeof settingsFormSchema>;

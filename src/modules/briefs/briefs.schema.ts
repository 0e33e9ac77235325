// What the morning brief takes, one zod schema per input, read by the staff form and the JSON API
// alike: a brief (date, intro, ordered items), a correction's reason, the API's date range, and
// the setting of which plan task a publication feeds. Messages in briefs.vi.ts.
import { z } from 'zod';
import { isCalendarDate } from '../../platform/time/vietnam-time.js';
import { briefsText } from './briefs.vi.js';

const text = briefsText.input;
const about = briefsText.api;

export const MAX_ITEMS = 20;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Strictly YYYY-MM-DD and a real calendar day (2026-13-40 and 2026-1-1 are not). */
export const isBriefDay = (value: string) => DAY.test(value) && isCalendarDate(value);

const required = (empty: string, max: number, tooLong: string) =>
  z.string({ error: empty }).trim().min(1, empty).max(max, tooLong);

/**
 * Only http(s) addresses with a host: javascript:, data:, vbscript: and the like are refused here,
 * once, for forms and API alike. Spaces and control characters are refused rather than cleaned,
 * and the stored value is the URL parser's own serialisation.
 */
export function safeOutsideUrl(value: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  // The scheme as typed must be followed by //: "https:alert(1)" is not an address anyone meant.
  if (!/^https?:\/\/[^/]/i.test(value)) return undefined;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!url.hostname || url.username || url.password) return undefined;
  return url.href;
}

const outsideUrl = z
  .string({ error: text.urlInvalid })
  .trim()
  .max(2000, text.urlTooLong)
  .transform((value, ctx) => {
    const safe = safeOutsideUrl(value);
    if (safe === undefined) {
      ctx.addIssue({ code: 'custom', message: text.urlInvalid });
      return z.NEVER;
    }
    return safe;
  });

export const articleItemSchema = z.strictObject({
  kind: z.literal('article'),
  articleId: z.number({ error: text.articleInvalid }).int(text.articleInvalid).positive(text.articleInvalid),
});

export const outsideItemSchema = z.strictObject({
  kind: z.literal('outside'),
  title: required(text.titleRequired, 300, text.titleTooLong),
  source: required(text.sourceRequired, 120, text.sourceTooLong),
  url: outsideUrl,
  summary: z.string({ error: text.summaryTooLong }).trim().max(1000, text.summaryTooLong).default(''),
});

export const briefItemSchema = z.discriminatedUnion('kind', [articleItemSchema, outsideItemSchema], {
  error: text.itemKindInvalid,
});

export const briefInputSchema = z.strictObject({
  date: z.string({ error: text.dateInvalid }).refine(isBriefDay, text.dateInvalid).describe(about.date),
  intro: required(text.introRequired, 3000, text.introTooLong).describe(about.intro),
  items: z
    .array(briefItemSchema, { error: text.tooManyItems })
    .max(MAX_ITEMS, text.tooManyItems)
    .default([])
    .describe(about.items),
});

/** A change to a saved brief: the version read (409 when someone saved since), a reason when published. */
export const briefChangeSchema = briefInputSchema.extend({
  version: z.number({ error: text.versionInvalid }).int(text.versionInvalid).positive(text.versionInvalid),
  reason: z
    .string({ error: text.reasonTooLong })
    .trim()
    .max(500, text.reasonTooLong)
    .default('')
    .describe(about.reason),
});

export const briefSettingsSchema = z.strictObject({
  taskId: z.number({ error: text.taskInvalid }).int(text.taskInvalid).positive(text.taskInvalid).nullable(),
});

export type BriefInput = z.output<typeof briefInputSchema>;
export type BriefChange = z.output<typeof briefChangeSchema>;
export type BriefItemInput = z.output<typeof briefItemSchema>;

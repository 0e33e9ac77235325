// What a writer sends, checked once: the article's fields and a rejection's reason as zod schemas
// that the article form (article-form-input.ts, its typed strings read into these shapes first)
// and the JSON API (articles.schema.ts) both validate with, so the two cannot accept different
// things or say different things about the same mistake. The newsroom service checks only what
// needs the database or the article as stored (newsroom-validation.ts).
import { z } from 'zod';
import { CLASSIFICATIONS } from './articles.tables.js';
import { articlesApiText } from './articles-api.vi.js';
import { articleInputText } from './articles-input.vi.js';

const t = articleInputText.article;
const d = articlesApiText.fields;

/** A record id: a positive whole number, with the field's own sentence when it is not one. */
export const positiveId = (message: string) => z.number({ error: message }).int(message).positive(message);

/** An article's text, whichever way it comes. */
export const articleText = {
  title: z.string({ error: t.titleRequired }).trim().min(1, t.titleRequired).max(250, t.titleTooLong),
  lead: z.string({ error: t.leadNotText }).max(1000, t.leadTooLong),
  bodyHtml: z.string({ error: t.bodyNotHtml }).max(1_000_000, t.bodyTooLong),
};

/** The rest of an article's fields, each of which may be left out (most are the editors'). */
export const articleSettings = {
  byline: z.string().max(120, t.bylineTooLong).describe(d.byline).optional(),
  authorId: positiveId(t.authorInvalid).describe(d.authorId).optional(),
  featured: z.boolean().describe(d.featured).optional(),
  featuredImageId: positiveId(t.featuredImageInvalid).nullable().describe(d.featuredImageId).optional(),
  classification: z.enum(CLASSIFICATIONS, { error: t.classificationInvalid }).describe(d.classification).optional(),
};

/** Why an editor sends an article back: something to act on, at most 1,000 characters. */
export const rejectionSchema = z
  .object({
    reason: z
      .string({ error: articleInputText.reject.reasonRequiredShort })
      .normalize('NFC')
      .trim()
      .min(1, articleInputText.reject.reasonRequired)
      .max(1000, articleInputText.reject.reasonTooLong),
  })
  .strict();

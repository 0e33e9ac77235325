// The article form as the newsroom service's input: read as typed (NFC), then checked field by
// field into messages a person can act on. The service checks the rest against the database.
import type { Context } from 'hono';
import { z } from 'zod';
import { AppError, BadRequestError } from '../../platform/http/errors.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { parseId } from '../../platform/http/query.js';
import { parseVietnamLocalDateTime } from '../../platform/time/vietnam-time.js';
import { CLASSIFICATIONS, type Classification } from './articles.tables.js';
import type { ArticleInput, Intent } from './newsroom-types.js';
import type { ArticleFormValues } from './views/article-form-values.js';
import { articleInputText } from './articles-input.vi.js';
import { articleSettings, articleText, positiveId } from './article-input.js';

const t = articleInputText.article;

export async function readArticleForm(
  c: Context,
): Promise<{ values: ArticleFormValues; action: string; reason: string }> {
  const form = await c.req.parseBody();
  const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).normalize('NFC') : '');
  return {
    values: {
      title: text('title'),
      lead: text('lead'),
      bodyHtml: text('bodyHtml'),
      categoryId: text('categoryId'),
      byline: text('byline'),
      authorId: text('authorId'),
      featured: text('featured') === '1',
      featuredImageId: text('featuredImageId'),
      publishAt: text('publishAt'),
      expiresAt: text('expiresAt'),
      classification: (CLASSIFICATIONS as readonly string[]).includes(text('classification'))
        ? (text('classification') as Classification)
        : 'public',
      version: text('version'),
    },
    action: text('action') || 'save',
    reason: text('reason'),
  };
}

// What the form adds to the article's fields (article-input.ts): the category by its id, and
// local Vietnam times typed as dates and hours (read before the check: an unreadable one is an
// Invalid Date, which the schema refuses with the field's sentence).
const articleFormSchema = z.object({
  ...articleText,
  categoryId: positiveId(t.categoryRequired),
  ...articleSettings,
  publishAt: z.date({ error: t.publishAtInvalid }).optional(),
  expiresAt: z.date({ error: t.expiresAtInvalid }).nullable(),
});

/** A local date and time typed in the form: blank is `blank`, an unreadable one an Invalid Date. */
function localTime<B>(raw: string, blank: B): Date | B {
  if (!raw.trim()) return blank;
  return parseVietnamLocalDateTime(raw) ?? new Date(Number.NaN);
}

/** An id typed in the form: blank is `blank`, anything but digits NaN (which the schema refuses). */
const formId = <B>(raw: string, blank: B): number | B => (raw === '' ? blank : (parseId(raw) ?? Number.NaN));

function intentOf(action: string, publishAt: Date | undefined): Intent {
  if (action === 'save') return { action: 'save' };
  if (action === 'submit') return { action: 'submit' };
  if (action === 'publish') return { action: 'publish', publishAt };
  throw new BadRequestError('BAD_REQUEST');
}

/** The typed form as service input, or the field messages a person can act on. */
export function parseArticleForm(
  values: ArticleFormValues,
  action: string,
): { input: ArticleInput; intent: Intent; expectedVersion?: number } | { errors: Record<string, string> } {
  if (!['save', 'submit', 'publish'].includes(action)) throw new BadRequestError('BAD_REQUEST');
  const parsed = articleFormSchema.safeParse({
    title: values.title,
    lead: values.lead,
    bodyHtml: values.bodyHtml,
    categoryId: formId(values.categoryId, undefined),
    byline: values.byline,
    authorId: formId(values.authorId, undefined),
    featured: values.featured,
    featuredImageId: formId(values.featuredImageId, null),
    classification: values.classification,
    publishAt: localTime(values.publishAt, undefined),
    expiresAt: localTime(values.expiresAt, null),
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  const { publishAt, ...input } = parsed.data;
  return { input, intent: intentOf(action, publishAt), expectedVersion: parseId(values.version) };
}

/** The field messages of a refusal the service made, so the form can show them beside the fields. */
export function fieldErrorsOf(err: unknown): Record<string, string> | undefined {
  return err instanceof AppError && err.code === 'VALIDATION_FAILED' && err.fields ? err.fields : undefined;
}

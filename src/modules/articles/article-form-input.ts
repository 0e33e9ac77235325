// The article form as the newsroom service's input: read as typed (NFC), then checked field by
// field into messages a person can act on. The service checks the rest against the database.
import type { Context } from 'hono';
import { AppError, BadRequestError } from '../../platform/http/errors.js';
import { parseId } from '../../platform/http/query.js';
import { parseVietnamLocalDateTime } from '../../platform/time/vietnam-time.js';
import { CLASSIFICATIONS, type Classification } from './articles.tables.js';
import type { ArticleInput, Intent } from './newsroom-types.js';
import type { ArticleFormValues } from './views/article-form-values.js';
import { articleInputText } from './articles-input.vi.js';

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

/** A local date and time typed in the form (blank is none), or `invalidMessage` when it is not one. */
function readLocalTime(raw: string, invalidMessage: string): { at?: Date; error?: string } {
  if (!raw.trim()) return {};
  const at = parseVietnamLocalDateTime(raw);
  return at ? { at } : { error: invalidMessage };
}

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
  const errors: Record<string, string> = {};
  const title = values.title.trim();
  if (!title) errors.title = t.titleRequired;
  else if (title.length > 250) errors.title = t.titleTooLong;
  if (values.lead.trim().length > 1000) errors.lead = t.leadTooLong;
  if (values.bodyHtml.length > 1_000_000) errors.bodyHtml = t.bodyTooLong;
  if (values.byline.trim().length > 120) errors.byline = t.bylineTooLong;
  const categoryId = parseId(values.categoryId);
  if (!categoryId) errors.categoryId = t.categoryRequired;
  if (values.featuredImageId && !parseId(values.featuredImageId)) errors.featuredImageId = t.featuredImageInvalid;
  if (values.authorId && !parseId(values.authorId)) errors.authorId = t.authorInvalid;
  const publishAt = readLocalTime(values.publishAt, t.publishAtInvalid);
  if (publishAt.error) errors.publishAt = publishAt.error;
  const expiresAt = readLocalTime(values.expiresAt, t.expiresAtInvalid);
  if (expiresAt.error) errors.expiresAt = expiresAt.error;
  const intent = intentOf(action, publishAt.at);
  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      title,
      lead: values.lead,
      bodyHtml: values.bodyHtml,
      categoryId: categoryId!,
      byline: values.byline,
      authorId: parseId(values.authorId),
      featured: values.featured,
      featuredImageId: parseId(values.featuredImageId) ?? null,
      classification: values.classification,
      expiresAt: expiresAt.at ?? null,
    },
    intent,
    expectedVersion: parseId(values.version),
  };
}

/** The field messages of a refusal the service made, so the form can show them beside the fields. */
export function fieldErrorsOf(err: unknown): Record<string, string> | undefined {
  return err instanceof AppError && err.code === 'VALIDATION_FAILED' && err.fields ? err.fields : undefined;
}

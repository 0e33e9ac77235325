// The JSON API's shapes: what a caller may send to create, change or take a step on an article
// (zod, messages in Vietnamese), and what it gets back. The same schemas document the API.
import { z } from 'zod';
import { ARTICLE_STATUSES, CLASSIFICATIONS } from './articles.tables.js';
import type { DeskArticle } from './newsroom-types.js';
import { articlesApiText } from './articles-api.vi.js';
import { articleInputText } from './articles-input.vi.js';

const t = articleInputText.article;
const d = articlesApiText.fields;

const isoWithOffset = z.iso.datetime({ offset: true, error: t.isoTimeInvalid });
const id = z.number({ error: t.positiveId }).int(t.positiveId).positive(t.positiveId);

const contentFields = {
  title: z.string({ error: t.titleRequired }).trim().min(1, t.titleRequired).max(250, t.titleTooLong),
  lead: z.string({ error: t.leadNotText }).max(1000, t.leadTooLong),
  bodyHtml: z.string({ error: t.bodyNotHtml }).max(1_000_000, t.bodyTooLongShort),
  categorySlug: z.string({ error: t.categorySlugRequired }).min(1, t.categorySlugRequired).max(200),
  byline: z.string().max(120, t.bylineTooLong).describe(d.byline),
  authorId: id.describe(d.authorId),
  featured: z.boolean().describe(d.featured),
  featuredImageId: id.nullable().describe(d.featuredImageId),
  classification: z.enum(CLASSIFICATIONS, { error: t.classificationInvalid }).describe(d.classification),
  expiresAt: isoWithOffset.nullable().describe(d.expiresAt),
};

// Fields a caller may leave out when creating as well as when changing an article.
const optionalFields = {
  byline: contentFields.byline.optional(),
  authorId: contentFields.authorId.optional(),
  featured: contentFields.featured.optional(),
  featuredImageId: contentFields.featuredImageId.optional(),
  classification: contentFields.classification.optional(),
  expiresAt: contentFields.expiresAt.optional(),
};

export const createArticleSchema = z
  .object({
    ...contentFields,
    lead: contentFields.lead.default(''),
    bodyHtml: contentFields.bodyHtml.default(''),
    ...optionalFields,
    status: z.enum(['draft', 'submitted', 'published'], { error: t.statusInvalid }).default('draft'),
    publishAt: isoWithOffset.optional().describe(d.publishAt),
  })
  .strict();

export const updateArticleSchema = z
  .object({
    title: contentFields.title.optional(),
    lead: contentFields.lead.optional(),
    bodyHtml: contentFields.bodyHtml.optional(),
    categorySlug: contentFields.categorySlug.optional(),
    ...optionalFields,
    version: id.optional().describe(d.version),
  })
  .strict();

export const publishSchema = z.object({ publishAt: isoWithOffset.optional() }).strict();
export const rejectSchema = z
  .object({
    reason: z
      .string({ error: articleInputText.reject.reasonRequiredShort })
      .trim()
      .min(1, articleInputText.reject.reasonRequiredShort)
      .max(1000, articleInputText.reject.reasonTooLong),
  })
  .strict();

const statusEnum = z.enum(ARTICLE_STATUSES);
export const articleStateSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  url: z.string(),
  status: statusEnum,
});
export const articleSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  url: z.string().describe(d.url),
  title: z.string(),
  lead: z.string(),
  bodyHtml: z.string().describe(d.bodyHtml),
  status: statusEnum,
  categorySlug: z.string(),
  byline: z.string(),
  authorId: z.number().int().nullable(),
  featured: z.boolean(),
  featuredImageId: z.number().int().nullable(),
  classification: z.enum(CLASSIFICATIONS),
  expiresAt: z.string().nullable(),
  version: z.number().int(),
  rejectionReason: z.string(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export function toArticleJson(a: DeskArticle): z.infer<typeof articleSchema> {
  return {
    id: a.id,
    slug: a.slug,
    url: a.url,
    title: a.title,
    lead: a.lead,
    bodyHtml: a.bodyHtml,
    status: a.status,
    categorySlug: a.categorySlug,
    byline: a.byline,
    authorId: a.authorId,
    featured: a.featured,
    featuredImageId: a.featuredImageId,
    classification: a.classification,
    expiresAt: a.expiresAt,
    version: a.version,
    rejectionReason: a.rejectionReason,
    publishedAt: a.publishedAt,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

/** Where an article stands after a write: the answer to a create, a delete or a step. */
export const toArticleState = (a: DeskArticle): z.infer<typeof articleStateSchema> => ({
  id: a.id,
  slug: a.slug,
  url: a.url,
  status: a.status,
});

/** An ISO time from a request as a Date, keeping "not sent" (undefined) apart from "clear it" (null). */
export const toOptionalDate = (iso: string | null | undefined) =>
  iso === undefined ? undefined : iso === null ? null : new Date(iso);

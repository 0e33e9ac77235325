// The JSON API's shapes: what a caller may send to create, change or take a step on an article
// (zod, messages in Vietnamese), and what it gets back. The same schemas document the API.
import { z } from 'zod';
import { articleSettings, articleText, positiveId, rejectionSchema } from './article-input.js';
import { ARTICLE_STATUSES, CLASSIFICATIONS } from './articles.tables.js';
import type { DeskArticle } from './newsroom-types.js';
import { articlesApiText } from './articles-api.vi.js';
import { articleInputText } from './articles-input.vi.js';

const t = articleInputText.article;
const d = articlesApiText.fields;

const isoWithOffset = z.iso.datetime({ offset: true, error: t.isoTimeInvalid });

// What the API adds to the article's fields (article-input.ts): the category by its slug, times as
// ISO 8601 with an offset, the step to take (create) or the version read (update).
const categorySlug = z.string({ error: t.categorySlugRequired }).min(1, t.categorySlugRequired).max(200);
const expiresAt = isoWithOffset.nullable().describe(d.expiresAt).optional();

export const createArticleSchema = z
  .object({
    title: articleText.title,
    lead: articleText.lead.default(''),
    bodyHtml: articleText.bodyHtml.default(''),
    categorySlug,
    ...articleSettings,
    expiresAt,
    status: z.enum(['draft', 'submitted', 'published'], { error: t.statusInvalid }).default('draft'),
    publishAt: isoWithOffset.optional().describe(d.publishAt),
  })
  .strict()
  .refine((body) => body.publishAt === undefined || body.status === 'published', {
    path: ['publishAt'],
    error: t.publishAtNeedsPublished,
  });

export const updateArticleSchema = z
  .object({
    title: articleText.title.optional(),
    lead: articleText.lead.optional(),
    bodyHtml: articleText.bodyHtml.optional(),
    categorySlug: categorySlug.optional(),
    ...articleSettings,
    expiresAt,
    version: positiveId(t.positiveId).optional().describe(d.version),
  })
  .strict();

export const publishSchema = z.object({ publishAt: isoWithOffset.optional() }).strict();
export const rejectSchema = rejectionSchema;

const statusEnum = z.enum(ARTICLE_STATUSES);

/** ?status= of the desk's list: one status, or all of them but the trash. */
export const deskStatusSchema = z.enum(['all', ...ARTICLE_STATUSES] as const, { error: t.deskStatusInvalid });

/** GET /api/v1/articles's query: the public list's words and page, the desk's status and category. */
export const listQuerySchema = z.object({
  // The search's longest query (full-text/search-query.ts's MAX_QUERY_LENGTH).
  q: z.string().max(200).optional(),
  page: z
    .string()
    .regex(/^[1-9][0-9]*$/)
    .optional(),
  status: deskStatusSchema.optional(),
  category: z.string().optional(),
});

/** A page of the public list (the search module answers it): published articles only. */
export const publishedPageSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      slug: z.string(),
      title: z.string(),
      lead: z.string(),
      author: z.string(),
      publishedAt: z.string().describe('ISO-8601, UTC'),
      url: z.string().describe(articlesApiText.list.url),
      views: z.number().int(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
});

export type PublishedPageJson = z.infer<typeof publishedPageSchema>;

/** A page of the desk's list (with ?status=). */
export interface DeskPageJson {
  items: Array<
    Pick<
      z.infer<typeof articleSchema>,
      | 'id'
      | 'slug'
      | 'url'
      | 'title'
      | 'status'
      | 'classification'
      | 'byline'
      | 'authorId'
      | 'rejectionReason'
      | 'publishedAt'
      | 'updatedAt'
    >
  >;
  total: number;
  page: number;
}

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

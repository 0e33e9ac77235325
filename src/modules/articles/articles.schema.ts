// The JSON API's shapes: what a caller may send to create, change or take a step on an article
// (zod, messages in Vietnamese), and what it gets back. The same schemas document the API.
import { z } from 'zod';
import { ARTICLE_STATUSES, CLASSIFICATIONS } from './articles.tables.js';
import type { DeskArticle } from './newsroom-types.js';

const isoWithOffset = z.iso.datetime({
  offset: true,
  error: 'Thời điểm phải theo ISO 8601 có múi giờ, ví dụ 2026-12-01T08:00:00+07:00.',
});
const id = z
  .number({ error: 'Phải là một số nguyên dương.' })
  .int('Phải là một số nguyên dương.')
  .positive('Phải là một số nguyên dương.');

const contentFields = {
  title: z
    .string({ error: 'Hãy nhập tiêu đề.' })
    .trim()
    .min(1, 'Hãy nhập tiêu đề.')
    .max(250, 'Tiêu đề quá dài (tối đa 250 ký tự).'),
  lead: z.string({ error: 'Sapo phải là chuỗi ký tự.' }).max(1000, 'Sapo quá dài (tối đa 1.000 ký tự).'),
  bodyHtml: z.string({ error: 'Nội dung phải là chuỗi HTML.' }).max(1_000_000, 'Nội dung quá dài.'),
  categorySlug: z
    .string({ error: 'Hãy cho biết chuyên mục (categorySlug).' })
    .min(1, 'Hãy cho biết chuyên mục (categorySlug).')
    .max(200),
  byline: z.string().max(120, 'Tên tác giả quá dài (tối đa 120 ký tự).').describe('Chỉ biên tập viên: tên ký cuối bài'),
  authorId: id.describe('Chỉ biên tập viên: người phụ trách bài'),
  featured: z.boolean().describe('Chỉ biên tập viên: tin nổi bật'),
  featuredImageId: id.nullable().describe('Ảnh đại diện trong thư viện ảnh'),
  classification: z
    .enum(CLASSIFICATIONS, { error: 'classification là public, internal (Nội bộ) hoặc secret (Mật).' })
    .describe('internal (Nội bộ) và secret (Mật) không bao giờ được xuất bản'),
  expiresAt: isoWithOffset.nullable().describe('Chỉ biên tập viên: thời điểm bài tự gỡ xuống; null để bỏ'),
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
    status: z
      .enum(['draft', 'submitted', 'published'], { error: 'status là draft, submitted hoặc published.' })
      .default('draft'),
    publishAt: isoWithOffset
      .optional()
      .describe('Với status published: một thời điểm trong tương lai sẽ hẹn giờ xuất bản'),
  })
  .strict();

export const updateArticleSchema = z
  .object({
    title: contentFields.title.optional(),
    lead: contentFields.lead.optional(),
    bodyHtml: contentFields.bodyHtml.optional(),
    categorySlug: contentFields.categorySlug.optional(),
    ...optionalFields,
    version: id.optional().describe('Phiên bản bạn đã đọc; nếu bài đã được lưu sau đó, trả 409 và không ghi gì'),
  })
  .strict();

export const publishSchema = z.object({ publishAt: isoWithOffset.optional() }).strict();
export const rejectSchema = z
  .object({
    reason: z
      .string({ error: 'Hãy ghi lý do trả lại.' })
      .trim()
      .min(1, 'Hãy ghi lý do trả lại.')
      .max(1000, 'Lý do quá dài (tối đa 1.000 ký tự).'),
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
  url: z.string().describe('Địa chỉ trên cổng thông tin (chỉ mở được khi đã xuất bản)'),
  title: z.string(),
  lead: z.string(),
  bodyHtml: z.string().describe('HTML đã được lọc theo danh sách cho phép'),
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

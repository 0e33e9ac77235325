// Articles and categories brought in from another site (modules/imports): written inside the
// import's own transaction (with its bookkeeping rows), so an article is there whole or not at all.
// They keep the old site's publish date, author and view count; everything else is made the
// congtin way: the same stored text (NFC, the editor's allowlist, folded copies) and slugs.
import { normalizeText } from '../../platform/text/fold.js';
import { slugify, uniqueSlug } from '../../platform/text/slug.js';
import type { Database, Db } from '../../database.js';
import type { Transaction } from 'kysely';
import * as q from './articles.queries.js';
import { articleUrl, type storedArticleText } from './articles.service.js';
import { categoryUrl } from './categories.service.js';

type Executor = Db | Transaction<Database>;

export type StoredArticleText = ReturnType<typeof storedArticleText>;

export interface ImportedArticleRow {
  text: StoredArticleText;
  author: string;
  categoryId: number;
  status: 'published' | 'draft';
  /** The old site's publish time (ISO); null for a draft. */
  publishedAt: string | null;
  views: number;
  featuredImageId: number | null;
  now: string;
}

export async function insertImportedArticle(
  trx: Executor,
  row: ImportedArticleRow,
): Promise<{ id: number; slug: string }> {
  const slug = await uniqueSlug(slugify(row.text.title), (candidate) => q.isArticleSlugTaken(trx, candidate));
  const id = await q.insertArticle(trx, {
    slug,
    category_id: row.categoryId,
    ...row.text,
    author: normalizeText(row.author).trim(),
    status: row.status,
    featured: 0,
    published_at: row.status === 'published' ? (row.publishedAt ?? row.now) : row.publishedAt,
    created_at: row.now,
    updated_at: row.now,
    views: Math.max(0, Math.trunc(row.views)),
    author_id: null,
    featured_image_id: row.featuredImageId,
    deleted_at: null,
    expires_at: null,
  });
  return { id, slug };
}

export async function insertImportedCategory(trx: Executor, input: { name: string; alias?: string; now: string }) {
  const name = normalizeText(input.name).trim();
  const base = slugify(name) || slugify(input.alias ?? '') || 'chuyen-muc';
  const slug = await uniqueSlug(base, (candidate) => q.isCategorySlugTaken(trx, candidate));
  const id = await q.insertCategory(trx, { slug, name, description: '', position: 0, createdAt: input.now });
  return { id, slug };
}

/** Where an old address of an article should send a reader: only to an article readers can open. */
export async function findPublishedArticleUrl(db: Executor, id: number, nowIso: string) {
  const slug = await q.findPublishedSlugById(db, id, nowIso);
  return slug === undefined ? undefined : articleUrl(slug);
}

export async function findCategoryUrl(db: Executor, id: number) {
  const row = await q.findCategoryById(db, id);
  return row === undefined ? undefined : categoryUrl(row.slug);
}

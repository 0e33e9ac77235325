// Articles and categories as the rest of the app sees them: rows never leave this module. The
// categories' half is categories.service.ts; this joins it with the published articles.
import type { Clock } from '../../platform/clock.js';
import { fold, normalizeText } from '../../platform/text/fold.js';
import { htmlToText } from '../../platform/text/html-text.js';
import { checkRichTextShape, RICH_TEXT_INLINE_MAX_CHARS, sanitizeRichText } from '../../platform/text/rich-text.js';
import { workerTask, type WorkPool } from '../../platform/workers/work-pool.js';
import { slugify, uniqueSlug } from '../../platform/text/slug.js';
import type { ResponsiveImage } from '../../platform/views/picture.js';
import type { Db } from '../../database.js';
import * as q from './articles.queries.js';
import { categoryUrl, createCategoryCatalogue, type CategoryRef } from './categories.service.js';
import type { ArticleStatus } from './articles.tables.js';

export interface ArticleSummary {
  id: number;
  slug: string;
  url: string;
  title: string;
  lead: string;
  author: string;
  publishedAt: string;
  views: number;
  featured: boolean;
  category: CategoryRef;
  /** The featured image, on lists that show thumbnails (absent when none or removed). */
  image?: FeaturedImage;
}

/** The media library's image: the original's url and size, alt text, and resized copies. */
export type FeaturedImage = ResponsiveImage;

export interface ArticleDetail extends ArticleSummary {
  image?: FeaturedImage;
  bodyHtml: string;
  categoryId: number;
  updatedAt: string;
}

export interface NewArticle {
  title: string;
  lead: string;
  bodyHtml: string;
  author: string;
  categoryId: number;
  status: ArticleStatus;
  featured?: boolean;
  publishedAt?: string | null;
}

type ArticleTextInput = { title: string; lead: string; bodyHtml: string };

/**
 * The text columns of an article as stored: NFC, the body sanitised, and the folded copies that
 * feed search. Every writer of articles goes through this, so the search index never drifts.
 * Runs on this thread (scripts, benchmarks, and inside the worker); services use prepareArticleText.
 */
export function storedArticleText(input: ArticleTextInput) {
  const title = normalizeText(input.title).trim();
  const lead = normalizeText(input.lead).trim();
  const bodyHtml = sanitizeRichText(input.bodyHtml);
  const bodyText = htmlToText(bodyHtml);
  return {
    title,
    title_f: fold(title),
    lead,
    lead_f: fold(lead),
    body_html: bodyHtml,
    body_text: bodyText,
    body_f: fold(bodyText),
  };
}

const storedArticleTextTask = workerTask(import.meta.url, 'storedArticleText', (input: ArticleTextInput) =>
  storedArticleText(input),
);

/**
 * storedArticleText for a request: the body's shape is checked here (a refusal costs no worker),
 * then a long body is sanitised, turned to text and folded on the worker pool, off the event loop.
 */
export async function prepareArticleText(input: ArticleTextInput, work: WorkPool) {
  checkRichTextShape(input.bodyHtml);
  const plain = { title: input.title, lead: input.lead, bodyHtml: input.bodyHtml };
  return input.bodyHtml.length > RICH_TEXT_INLINE_MAX_CHARS
    ? work.run(storedArticleTextTask, plain)
    : storedArticleText(plain);
}

export const articleUrl = (slug: string) => `/tin-tuc/${slug}`;

/** The fields every view of an article starts with, whatever its status. */
export const articleIdentity = (row: { id: number; slug: string; title: string }) => ({
  id: row.id,
  slug: row.slug,
  url: articleUrl(row.slug),
  title: row.title,
});

type SummaryRow = Awaited<ReturnType<typeof q.listPublishedArticles>>[number];

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    ...articleIdentity(row),
    lead: row.lead,
    author: row.author,
    publishedAt: row.published_at ?? '',
    views: Number(row.views),
    featured: row.featured === 1,
    category: { slug: row.category_slug, name: row.category_name, url: categoryUrl(row.category_slug) },
  };
}

interface ArticlesDeps {
  db: Db;
  clock: Clock;
  onContentChanged: () => void;
  /** The featured image's file, from the media library (absent when it was removed). */
  findImage?: (id: number) => Promise<FeaturedImage | undefined>;
  /** Many featured images at once (one query), for lists of articles. */
  findImages?: (ids: number[]) => Promise<Map<number, FeaturedImage>>;
  /** Long bodies are sanitised on the worker pool. */
  work: WorkPool;
}

/** Summaries with their featured images, fetched in one batch rather than one query per article. */
async function summariesWithImages(deps: ArticlesDeps, rows: SummaryRow[]): Promise<ArticleSummary[]> {
  const ids = rows.flatMap((r) => (r.featured_image_id === null ? [] : [r.featured_image_id]));
  const images = ids.length > 0 && deps.findImages ? await deps.findImages(ids) : new Map<number, FeaturedImage>();
  return rows.map((row) => {
    const image = row.featured_image_id === null ? undefined : images.get(row.featured_image_id);
    return image ? { ...toSummary(row), image } : toSummary(row);
  });
}

/** What readers may see: published articles whose time has come and that have not expired. */
function createPublishedReads(deps: ArticlesDeps) {
  const { db, clock } = deps;
  const nowIso = () => clock.now().toISOString();
  return {
    async listLatest(options: {
      limit: number;
      offset?: number;
      categoryId?: number;
      excludeId?: number;
    }): Promise<ArticleSummary[]> {
      return summariesWithImages(deps, await q.listPublishedArticles(db, { nowIso: nowIso(), ...options }));
    },

    async listFeatured(limit: number): Promise<ArticleSummary[]> {
      return summariesWithImages(
        deps,
        await q.listPublishedArticles(db, { nowIso: nowIso(), featuredOnly: true, limit }),
      );
    },

    countPublished(categoryId?: number): Promise<number> {
      return q.countPublishedArticles(db, { nowIso: nowIso(), categoryId });
    },

    async findPublished(slug: string): Promise<ArticleDetail | undefined> {
      const row = await q.findPublishedArticleBySlug(db, slug, nowIso());
      if (!row) return undefined;
      const image =
        row.featured_image_id !== null && deps.findImage ? await deps.findImage(row.featured_image_id) : undefined;
      return {
        ...toSummary(row),
        image,
        bodyHtml: row.body_html,
        categoryId: row.category_id,
        updatedAt: row.updated_at,
      };
    },

    /** Published articles by id, in the order of `ids` (search results keep their rank). */
    async listPublishedByIds(ids: number[]): Promise<ArticleSummary[]> {
      const rows = await q.listPublishedArticlesByIds(db, ids, nowIso());
      const byId = new Map((await summariesWithImages(deps, rows)).map((s) => [s.id, s]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    /** Plain-text bodies by id, read only for the results that need one (a body is most of a row). */
    async bodyTextsOf(ids: number[]): Promise<Map<number, string>> {
      return new Map((await q.listBodyTexts(db, ids)).map((r) => [r.id, r.body_text]));
    },

    listSitemapEntries() {
      return q.listSitemapEntries(db, nowIso());
    },

    countAll(): Promise<number> {
      return q.countArticles(db);
    },
  };
}

/** Stores an article with its folded copies and sanitised body; the slug comes from the title. */
async function createArticle(deps: ArticlesDeps, input: NewArticle): Promise<{ id: number; slug: string }> {
  const text = await prepareArticleText(input, deps.work);
  const now = deps.clock.now().toISOString();
  const id = await deps.db.transaction().execute(async (trx) => {
    const slug = await uniqueSlug(slugify(text.title), (candidate) => q.isArticleSlugTaken(trx, candidate));
    const articleId = await q.insertArticle(trx, {
      slug,
      category_id: input.categoryId,
      ...text,
      author: normalizeText(input.author).trim(),
      status: input.status,
      featured: input.featured ? 1 : 0,
      published_at: input.publishedAt ?? (input.status === 'published' ? now : null),
      created_at: now,
      updated_at: now,
    });
    return { id: articleId, slug };
  });
  deps.onContentChanged();
  return id;
}

export function createArticlesService(deps: ArticlesDeps) {
  return {
    ...createCategoryCatalogue(deps),
    ...createPublishedReads(deps),
    createArticle: (input: NewArticle) => createArticle(deps, input),
    /** Sets an article's featured image directly, outside the newsroom's workflow: for the demo seed. */
    async setFeaturedImage(articleId: number, imageId: number | null): Promise<void> {
      await q.setArticleFeaturedImage(deps.db, articleId, imageId);
      deps.onContentChanged();
    },
  };
}

export type ArticlesService = ReturnType<typeof createArticlesService>;

// Plain query functions; `db` first so a transaction passes straight through.
import { sql, type Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';
import { preparedQuery } from '../../platform/db/prepared-query.js';
import type { NewArticleRow } from './articles.tables.js';

type Executor = Db | Transaction<Database>;

const summaryColumns = [
  'articles.id',
  'articles.slug',
  'articles.title',
  'articles.lead',
  'articles.author',
  'articles.published_at',
  'articles.views',
  'articles.featured',
  'articles.featured_image_id',
  'categories.slug as category_slug',
  'categories.name as category_name',
] as const;

function published(db: Executor, nowIso: string) {
  return (
    db
      .selectFrom('articles')
      .innerJoin('categories', 'categories.id', 'articles.category_id')
      .where('articles.status', '=', 'published')
      .where('articles.published_at', '<=', nowIso)
      // Expired articles vanish at once, not at the scheduler's next tick.
      .where((eb) => eb.or([eb('articles.expires_at', 'is', null), eb('articles.expires_at', '>', nowIso)]))
  );
}

export function listPublishedArticles(
  db: Executor,
  options: {
    nowIso: string;
    categoryId?: number;
    featuredOnly?: boolean;
    excludeId?: number;
    limit: number;
    offset?: number;
  },
) {
  let query = published(db, options.nowIso).select(summaryColumns);
  if (options.categoryId !== undefined) query = query.where('articles.category_id', '=', options.categoryId);
  if (options.featuredOnly) query = query.where('articles.featured', '=', 1);
  if (options.excludeId !== undefined) query = query.where('articles.id', '!=', options.excludeId);
  return query
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .execute();
}

export async function countPublishedArticles(
  db: Executor,
  options: { nowIso: string; categoryId?: number },
): Promise<number> {
  let query = published(db, options.nowIso).select((eb) => eb.fn.countAll<number>().as('n'));
  if (options.categoryId !== undefined) query = query.where('articles.category_id', '=', options.categoryId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

// Every uncached article page runs it: compiled once (platform/db/prepared-query.ts).
const publishedArticleBySlug = preparedQuery(2, (db: Executor, slug: string, nowIso: string) =>
  published(db, nowIso)
    .select([...summaryColumns, 'articles.body_html', 'articles.category_id', 'articles.updated_at'])
    .where('articles.slug', '=', slug),
);

export async function findPublishedArticleBySlug(db: Executor, slug: string, nowIso: string) {
  return (await publishedArticleBySlug(db, slug, nowIso))[0];
}

/**
 * The first moment after `nowIso` at which a published article appears (its time comes) or goes
 * (it expires) with no write at all; null when none is due.
 */
export async function findNextVisibilityChange(db: Executor, nowIso: string): Promise<string | null> {
  const [appears, expires] = await Promise.all([
    db
      .selectFrom('articles')
      .select((eb) => eb.fn.min('published_at').as('at'))
      .where('status', '=', 'published')
      .where('published_at', '>', nowIso)
      .executeTakeFirst(),
    db
      .selectFrom('articles')
      .select((eb) => eb.fn.min('expires_at').as('at'))
      .where('status', '=', 'published')
      .where('expires_at', '>', nowIso)
      .executeTakeFirst(),
  ]);
  const times = [appears?.at, expires?.at].filter((t): t is string => typeof t === 'string');
  return times.sort()[0] ?? null;
}

/** The slug of the article with this id when readers can open it now (old addresses redirect only to those). */
export async function findPublishedSlugById(db: Executor, id: number, nowIso: string): Promise<string | undefined> {
  const row = await published(db, nowIso).select('articles.slug').where('articles.id', '=', id).executeTakeFirst();
  return row?.slug;
}

export function listPublishedArticlesByIds(db: Executor, ids: number[], nowIso: string) {
  if (ids.length === 0) return Promise.resolve([]);
  return published(db, nowIso).select(summaryColumns).where('articles.id', 'in', ids).execute();
}

/** The plain-text bodies of these articles (a search result's snippet, when its lead lacks the words). */
export function listBodyTexts(db: Executor, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('articles').select(['id', 'body_text']).where('id', 'in', ids).execute();
}

export function listSitemapEntries(db: Executor, nowIso: string) {
  return published(db, nowIso)
    .select(['articles.slug', 'articles.updated_at', 'articles.published_at'])
    .orderBy('articles.published_at', 'desc')
    .execute();
}

export function listCategories(db: Executor) {
  return db.selectFrom('categories').selectAll().orderBy('position').orderBy('id').execute();
}

export function findCategoryBySlug(db: Executor, slug: string) {
  return db.selectFrom('categories').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function insertCategory(
  db: Executor,
  row: { slug: string; name: string; description: string; position: number; createdAt: string },
) {
  const inserted = await db
    .insertInto('categories')
    .values({
      slug: row.slug,
      name: row.name,
      description: row.description,
      position: row.position,
      created_at: row.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export function findCategoryById(db: Executor, id: number) {
  return db.selectFrom('categories').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function isCategorySlugTaken(db: Executor, slug: string): Promise<boolean> {
  return (await db.selectFrom('categories').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;
}

export async function updateCategory(
  db: Executor,
  id: number,
  changes: { name: string; description: string; position: number },
) {
  await db.updateTable('categories').set(changes).where('id', '=', id).execute();
}

export async function deleteCategory(db: Executor, id: number) {
  await db.deleteFrom('categories').where('id', '=', id).execute();
}

/** Articles of every status per category: a category that holds any cannot be deleted. */
export async function countArticlesByCategory(db: Executor): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('articles')
    .select(['category_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('category_id')
    .execute();
  return new Map(rows.map((r) => [r.category_id, Number(r.n)]));
}

export async function insertArticle(db: Executor, row: NewArticleRow): Promise<number> {
  const inserted = await db.insertInto('articles').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function setArticleFeaturedImage(db: Executor, articleId: number, imageId: number | null) {
  await db.updateTable('articles').set({ featured_image_id: imageId }).where('id', '=', articleId).execute();
}

export async function isArticleSlugTaken(db: Executor, slug: string): Promise<boolean> {
  const row = await db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirst();
  return row !== undefined;
}

export async function countArticles(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The articles among `slugs` that readers can open now (the public pages' rule, and public
 * classification, which the database already requires of a published row): the beacon counts and
 * answers views of these only, so it never confirms that a draft or a "Mật" article exists.
 */
export function findArticleIdsBySlugs(db: Executor, slugs: string[], nowIso: string) {
  if (slugs.length === 0) return Promise.resolve([]);
  return published(db, nowIso)
    .where('articles.classification', '=', 'public')
    .select(['articles.id', 'articles.slug', 'articles.views'])
    .where('articles.slug', 'in', slugs)
    .execute();
}

export async function addArticleViews(db: Executor, viewsByArticleId: Map<number, number>): Promise<void> {
  for (const [id, count] of viewsByArticleId) {
    await db
      .updateTable('articles')
      .set({ views: sql`views + ${count}` })
      .where('id', '=', id)
      .execute();
  }
}

/**
 * True when an article (in any state, trashed ones included: they can be restored) shows the image
 * at `url` in its body or as its featured image: the media library keeps such an image. One
 * indexed look at the stored HTML, rather than every body sent to the media module.
 */
export async function isImageUsedByArticles(db: Executor, image: { id: number; url: string }): Promise<boolean> {
  const pattern = `%${image.url.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const row = await db
    .selectFrom('articles')
    .select('id')
    .where((eb) => eb.or([eb('featured_image_id', '=', image.id), sql<boolean>`body_html like ${pattern} escape '\\'`]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

// Queries of the newsroom (every status, revisions, who is editing). `db` first, so the service's
// transactions pass straight through.
import { type SelectQueryBuilder, sql, type Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';
import type { Insertable, Updateable } from 'kysely';
import type { ArticleRevisionsTable, ArticleStatus, ArticlesTable } from './articles.tables.js';
import { leftJoinUserName, listUserNamesAmong } from '../accounts/index.js';

type Executor = Db | Transaction<Database>;

export interface DeskFilter {
  /** One status; without it, everything but the trash. */
  status?: ArticleStatus;
  categoryId?: number;
  authorId?: number;
  /** Folded words that must all appear in the folded title. */
  titleWords?: string[];
}

function desk(db: Executor, filter: DeskFilter) {
  let query = db.selectFrom('articles').innerJoin('categories', 'categories.id', 'articles.category_id');
  query = filter.status
    ? query.where('articles.status', '=', filter.status)
    : query.where('articles.status', '!=', 'trashed');
  if (filter.categoryId !== undefined) query = query.where('articles.category_id', '=', filter.categoryId);
  if (filter.authorId !== undefined) query = query.where('articles.author_id', '=', filter.authorId);
  for (const word of filter.titleWords ?? []) {
    // SQLite's LIKE has no escape character unless told; PostgreSQL's default is the same '\'.
    const pattern = `%${word.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    query = query.where(sql<boolean>`${sql.ref('articles.title_f')} like ${pattern} escape '\\'`);
  }
  return query;
}

const deskColumns = [
  'articles.id',
  'articles.slug',
  'articles.title',
  'articles.status',
  'articles.author',
  'articles.author_id',
  'articles.rejection_reason',
  'articles.published_at',
  'articles.updated_at',
  'articles.deleted_at',
  'articles.views',
  'articles.classification',
  'categories.name as category_name',
] as const;

// The owner's name comes from the accounts' users table, joined by the accounts module's helper:
// a join is the honest way to list 20 articles with their owners, and only the name is read.
const withOwnerName = <O>(query: SelectQueryBuilder<Database, 'articles' | 'categories', O>) =>
  leftJoinUserName(query, 'articles.author_id', 'owner_name');

export function listDesk(db: Executor, filter: DeskFilter, page: { limit: number; offset: number }) {
  return withOwnerName(desk(db, filter).select(deskColumns))
    .orderBy('articles.updated_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countDesk(db: Executor, filter: DeskFilter): Promise<number> {
  const row = await desk(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countByStatus(db: Executor, authorId?: number): Promise<Map<ArticleStatus, number>> {
  let query = db.selectFrom('articles').select(['status', (eb) => eb.fn.countAll<number>().as('n')]);
  if (authorId !== undefined) query = query.where('author_id', '=', authorId);
  const rows = await query.groupBy('status').execute();
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

export function findArticleForDesk(db: Executor, id: number) {
  const query = db
    .selectFrom('articles')
    .innerJoin('categories', 'categories.id', 'articles.category_id')
    .select([
      ...deskColumns,
      'articles.lead',
      'articles.body_html',
      'articles.category_id',
      'articles.featured',
      'articles.featured_image_id',
      'articles.version',
      'articles.created_at',
      'articles.classification',
      'articles.expires_at',
      'categories.slug as category_slug',
    ])
    .where('articles.id', '=', id);
  return withOwnerName(query).executeTakeFirst();
}

export async function updateArticle(db: Executor, id: number, changes: Updateable<ArticlesTable>) {
  await db.updateTable('articles').set(changes).where('id', '=', id).execute();
}

/** Bumps the version only if it is still `expected`; false means someone saved in between. */
export async function claimVersion(db: Executor, id: number, expected: number): Promise<boolean> {
  const result = await db
    .updateTable('articles')
    .set({ version: expected + 1 })
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertRevision(db: Executor, row: Insertable<ArticleRevisionsTable>) {
  await db.insertInto('article_revisions').values(row).execute();
}

export function listRevisions(db: Executor, articleId: number) {
  return db
    .selectFrom('article_revisions')
    .select(['id', 'version', 'title', 'status', 'saved_by_name', 'saved_at', 'note'])
    .where('article_id', '=', articleId)
    .orderBy('version', 'desc')
    .execute();
}

export function findRevision(db: Executor, articleId: number, revisionId: number) {
  return db
    .selectFrom('article_revisions')
    .selectAll()
    .where('article_id', '=', articleId)
    .where('id', '=', revisionId)
    .executeTakeFirst();
}

/** Scheduled articles whose time has come: set published, each exactly once even with several nodes. */
export async function publishDueArticles(db: Executor, nowIso: string): Promise<Array<{ id: number; slug: string }>> {
  return db
    .updateTable('articles')
    .set({ status: 'published', version: sql`version + 1`, updated_at: nowIso })
    .where('status', '=', 'scheduled')
    .where('published_at', '<=', nowIso)
    .returning(['id', 'slug'])
    .execute();
}

/** Published articles past their expiry come down (back to draft), each exactly once. */
export async function expireDueArticles(db: Executor, nowIso: string): Promise<Array<{ id: number; slug: string }>> {
  return db
    .updateTable('articles')
    .set({ status: 'draft', version: sql`version + 1`, updated_at: nowIso })
    .where('status', '=', 'published')
    .where('expires_at', '<=', nowIso)
    .returning(['id', 'slug'])
    .execute();
}

export async function nextScheduledAt(db: Executor): Promise<string | undefined> {
  const row = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.min('published_at').as('at'))
    .where('status', '=', 'scheduled')
    .executeTakeFirst();
  return (row?.at as string | null) ?? undefined;
}

export async function notePresence(
  db: Executor,
  row: { articleId: number; userId: number; userName: string; seenAt: string },
) {
  await db
    .insertInto('article_edit_presence')
    .values({ article_id: row.articleId, user_id: row.userId, user_name: row.userName, seen_at: row.seenAt })
    .onConflict((oc) =>
      oc.columns(['article_id', 'user_id']).doUpdateSet({ user_name: row.userName, seen_at: row.seenAt }),
    )
    .execute();
}

export function listPresence(db: Executor, articleId: number, sinceIso: string, exceptUserId: number) {
  return db
    .selectFrom('article_edit_presence')
    .select(['user_name', 'seen_at'])
    .where('article_id', '=', articleId)
    .where('user_id', '!=', exceptUserId)
    .where('seen_at', '>=', sinceIso)
    .orderBy('seen_at', 'desc')
    .execute();
}

export async function forgetPresence(db: Executor, articleId: number, userId: number) {
  await db
    .deleteFrom('article_edit_presence')
    .where('article_id', '=', articleId)
    .where('user_id', '=', userId)
    .execute();
}

/** The accounts that own at least one article, with their names, in name order. */
export function listAuthorsWithArticles(db: Executor) {
  return listUserNamesAmong(db, db.selectFrom('articles').select('articles.author_id'));
}

// The history workspace's queries: plain functions taking the database first (a transaction
// passes straight through). Names of people come through the accounts module's join.
import type { Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';
import { joinUserName, leftJoinUserName } from '../accounts/index.js';
import type { HistoryBookRow, HistorySectionRow, HistorySourceRow } from './history.tables.js';

type Executor = Db | Transaction<Database>;

export interface BookValues {
  title: string;
  period: string;
  summary: string;
}

export async function insertBook(db: Executor, values: BookValues & { created_by: number; now: string }) {
  const { now, ...rest } = values;
  const row = await db
    .insertInto('history_books')
    .values({ ...rest, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateBook(db: Executor, id: number, values: BookValues & { now: string }) {
  const { now, ...rest } = values;
  await db
    .updateTable('history_books')
    .set({ ...rest, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export function findBook(db: Executor, id: number): Promise<HistoryBookRow | undefined> {
  return db.selectFrom('history_books').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every book, or only those `writerId` is appointed to; newest first, with their section counts. */
export function listBooks(db: Executor, writerId?: number) {
  let query = db
    .selectFrom('history_books as b')
    .select((eb) => [
      'b.id',
      'b.title',
      'b.period',
      'b.summary',
      'b.updated_at',
      eb
        .selectFrom('history_sections as s')
        .whereRef('s.book_id', '=', 'b.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('sections'),
      eb
        .selectFrom('history_sections as s')
        .whereRef('s.book_id', '=', 'b.id')
        .where('s.status', '=', 'approved')
        .select(eb.fn.countAll<number>().as('n'))
        .as('approved'),
    ]);
  if (writerId !== undefined)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('history_book_writers as w')
          .select('w.book_id')
          .whereRef('w.book_id', '=', 'b.id')
          .where('w.user_id', '=', writerId),
      ),
    );
  return query.orderBy('b.id', 'desc').execute();
}

export function listWriters(db: Executor, bookId: number) {
  return joinUserName(
    db.selectFrom('history_book_writers').select(['history_book_writers.user_id as userId']),
    'history_book_writers.user_id',
    'name',
  )
    .where('history_book_writers.book_id', '=', bookId)
    .orderBy('name')
    .execute();
}

export async function isWriter(db: Executor, bookId: number, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('history_book_writers')
    .select('user_id')
    .where('book_id', '=', bookId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function addWriter(
  db: Executor,
  row: { book_id: number; user_id: number; appointed_by: number; appointed_at: string },
) {
  await db
    .insertInto('history_book_writers')
    .values(row)
    .onConflict((oc) => oc.columns(['book_id', 'user_id']).doNothing())
    .execute();
}

/** Everyone appointed to at least one book. */
export async function listAppointedUserIds(db: Executor): Promise<number[]> {
  const rows = await db.selectFrom('history_book_writers').select('user_id').distinct().execute();
  return rows.map((r) => Number(r.user_id));
}

/** Whether there was such an appointment to remove. */
export async function removeWriter(db: Executor, bookId: number, userId: number): Promise<boolean> {
  const result = await db
    .deleteFrom('history_book_writers')
    .where('book_id', '=', bookId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** A book's sections without their text, in tree order's raw material (parent, position). */
export function listOutline(db: Executor, bookId: number) {
  return db
    .selectFrom('history_sections')
    .select(['id', 'parent_id', 'position', 'title', 'status', 'version', 'article_url', 'updated_at'])
    .where('book_id', '=', bookId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** A book's sections with their text (the export, the timeline, publishing a chapter). */
export function listSectionsWithText(db: Executor, bookId: number): Promise<HistorySectionRow[]> {
  return db
    .selectFrom('history_sections')
    .selectAll()
    .where('book_id', '=', bookId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export function findSection(db: Executor, id: number): Promise<HistorySectionRow | undefined> {
  return db.selectFrom('history_sections').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSection(
  db: Executor,
  values: { book_id: number; parent_id: number | null; title: string; updated_by: number; now: string },
) {
  const { now, ...rest } = values;
  const last = await db
    .selectFrom('history_sections')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('book_id', '=', values.book_id)
    .where((eb) => (values.parent_id === null ? eb('parent_id', 'is', null) : eb('parent_id', '=', values.parent_id)))
    .executeTakeFirst();
  const row = await db
    .insertInto('history_sections')
    .values({
      ...rest,
      position: Number(last?.p ?? 0) + 1,
      body_html: '',
      body_text: '',
      status: 'draft',
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The new text, only if nobody saved since `version`: returns whether it was written. */
export async function updateSectionText(
  db: Executor,
  id: number,
  version: number,
  values: { title: string; body_html: string; body_text: string; updated_by: number; now: string },
): Promise<boolean> {
  const { now, ...rest } = values;
  const result = await db
    .updateTable('history_sections')
    .set({ ...rest, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Moves a section from one status to another, only if it is still in `from`. */
export async function setSectionStatus(db: Executor, id: number, from: string, to: string, by: number, now: string) {
  const result = await db
    .updateTable('history_sections')
    .set({ status: to, updated_by: by, updated_at: now })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setSectionPosition(db: Executor, id: number, position: number) {
  await db.updateTable('history_sections').set({ position }).where('id', '=', id).execute();
}

export async function countChildren(db: Executor, id: number): Promise<number> {
  const row = await db
    .selectFrom('history_sections')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteSection(db: Executor, id: number) {
  await db.deleteFrom('history_sections').where('id', '=', id).execute();
}

export async function setSectionArticle(db: Executor, id: number, articleId: number, url: string) {
  await db
    .updateTable('history_sections')
    .set({ article_id: articleId, article_url: url })
    .where('id', '=', id)
    .execute();
}

export async function insertRevision(
  db: Executor,
  row: { section_id: number; version: number; title: string; body_html: string; saved_by: number; saved_at: string },
) {
  await db.insertInto('history_revisions').values(row).execute();
}

export function listRevisions(db: Executor, sectionId: number) {
  return leftJoinUserName(
    db
      .selectFrom('history_revisions')
      .select(['history_revisions.id', 'history_revisions.version', 'history_revisions.saved_at']),
    'history_revisions.saved_by',
    'savedBy',
  )
    .where('history_revisions.section_id', '=', sectionId)
    .orderBy('history_revisions.version', 'desc')
    .execute();
}

export function findRevision(db: Executor, sectionId: number, version: number) {
  return leftJoinUserName(
    db.selectFrom('history_revisions').selectAll('history_revisions'),
    'history_revisions.saved_by',
    'savedBy',
  )
    .where('history_revisions.section_id', '=', sectionId)
    .where('history_revisions.version', '=', version)
    .executeTakeFirst();
}

export async function insertComment(
  db: Executor,
  row: { section_id: number; author_id: number; body: string; created_at: string },
) {
  await db.insertInto('history_comments').values(row).execute();
}

export function listComments(db: Executor, sectionId: number) {
  return leftJoinUserName(
    db
      .selectFrom('history_comments')
      .select(['history_comments.id', 'history_comments.body', 'history_comments.created_at']),
    'history_comments.author_id',
    'author',
  )
    .where('history_comments.section_id', '=', sectionId)
    .orderBy('history_comments.id')
    .execute();
}

export async function insertSource(db: Executor, row: Omit<HistorySourceRow, 'id'>): Promise<number> {
  const inserted = await db.insertInto('history_sources').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** The sources of these sections, oldest first. */
export function listSources(db: Executor, sectionIds: number[]): Promise<HistorySourceRow[]> {
  if (sectionIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('history_sources').selectAll().where('section_id', 'in', sectionIds).orderBy('id').execute();
}

export async function deleteSource(db: Executor, sectionId: number, sourceId: number): Promise<boolean> {
  const result = await db
    .deleteFrom('history_sources')
    .where('id', '=', sourceId)
    .where('section_id', '=', sectionId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

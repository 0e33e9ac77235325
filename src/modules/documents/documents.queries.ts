// The documents table's queries: plain functions taking the database first.
import { type ExpressionBuilder, sql } from 'kysely';
import type { Database, Db } from '../../database.js';
import type { DocumentRow } from './documents.tables.js';

export interface DocumentFilter {
  kind?: string;
  issuer?: string;
  year?: number;
  /** Folded search words, letters and digits only (never SQL wildcards). */
  tokens: string[];
}

export interface DocumentValues {
  slug: string;
  number: string;
  number_key: string;
  kind: string;
  issuer: string;
  issued_on: string;
  year: number;
  title: string;
  title_f: string;
  summary: string;
}

export interface DocumentFile {
  file_path: string | null;
  file_name: string | null;
  file_mime: string | null;
  file_bytes: number | null;
}

type Where = ExpressionBuilder<Database, 'documents'>;

/** The filters as one condition: a number written any way ("132 KH DUK") or every word in the title. */
function matching(filter: DocumentFilter) {
  return (eb: Where) => {
    const all = [];
    if (filter.kind) all.push(eb('kind', '=', filter.kind));
    if (filter.issuer) all.push(eb('issuer', '=', filter.issuer));
    if (filter.year) all.push(eb('year', '=', filter.year));
    if (filter.tokens.length > 0) {
      const whole = `%${filter.tokens.join('')}%`;
      const eachWord = filter.tokens.map((t) =>
        eb.or([eb('title_f', 'like', `%${t}%`), eb('number_key', 'like', `%${t}%`)]),
      );
      all.push(eb.or([eb('number_key', 'like', whole), eb.and(eachWord)]));
    }
    return eb.and(all);
  };
}

export async function listDocuments(
  db: Db,
  filter: DocumentFilter,
  page: { limit: number; offset: number },
): Promise<DocumentRow[]> {
  const whole = filter.tokens.join('');
  // A number typed any way ("132 KH DUK") puts that document before those that only mention it.
  const numberFirst = sql<number>`case when ${sql.ref('number_key')} = ${whole} then 0 else 1 end`;
  return db
    .selectFrom('documents')
    .selectAll()
    .where(matching(filter))
    .orderBy(numberFirst)
    .orderBy('issued_on', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** The whole register, newest first (search keeps it in memory: a committee's own documents). */
export function listAllDocuments(db: Db): Promise<DocumentRow[]> {
  return db.selectFrom('documents').selectAll().orderBy('issued_on', 'desc').orderBy('id', 'desc').execute();
}

export async function countDocuments(db: Db, filter: DocumentFilter): Promise<number> {
  const row = await db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where(matching(filter))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findDocumentById(db: Db, id: number): Promise<DocumentRow | undefined> {
  return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findDocumentBySlug(db: Db, slug: string): Promise<DocumentRow | undefined> {
  return db.selectFrom('documents').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function isSlugTaken(db: Db, slug: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom('documents').select('id').where('slug', '=', slug);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Another document with this number from the same issuer, of the same kind, in the same year. */
export async function findSameNumber(
  db: Db,
  values: { issuer: string; kind: string; year: number; number_key: string },
  exceptId?: number,
): Promise<{ id: number } | undefined> {
  let query = db
    .selectFrom('documents')
    .select('id')
    .where('issuer', '=', values.issuer)
    .where('kind', '=', values.kind)
    .where('year', '=', values.year)
    .where('number_key', '=', values.number_key);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  return query.executeTakeFirst();
}

export async function insertDocument(
  db: Db,
  values: DocumentValues & DocumentFile & { created_by: number | null; now: string },
): Promise<number> {
  const { now, ...rest } = values;
  const row = await db
    .insertInto('documents')
    .values({ ...rest, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function updateDocument(
  db: Db,
  id: number,
  values: DocumentValues & Partial<DocumentFile> & { now: string },
): Promise<void> {
  const { now, ...rest } = values;
  await db
    .updateTable('documents')
    .set({ ...rest, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function deleteDocument(db: Db, id: number): Promise<void> {
  await db.deleteFrom('documents').where('id', '=', id).execute();
}

export async function listIssuers(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('documents').select('issuer').distinct().orderBy('issuer').execute();
  return rows.map((r) => r.issuer);
}

export async function listYears(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('documents').select('year').distinct().orderBy('year', 'desc').execute();
  return rows.map((r) => Number(r.year));
}

/** What the number linker keeps in memory: a few short columns of every document. */
export async function listRegistry(db: Db) {
  return db
    .selectFrom('documents')
    .select(['id', 'slug', 'number', 'number_key', 'kind', 'year', 'title'])
    .orderBy('issued_on', 'desc')
    .execute();
}

/** Every document's page and last change, for the sitemap. */
export async function listPageStamps(db: Db) {
  return db.selectFrom('documents').select(['slug', 'updated_at']).orderBy('id').execute();
}

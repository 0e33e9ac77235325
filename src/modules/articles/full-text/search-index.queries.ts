// Reads and writes of the search index's tables (028-search-index.ts), the same SQL on both
// databases. Postings are bytes: better-sqlite3 and pg both take a Buffer and give one back.
import { sql, type Transaction } from 'kysely';
import type { Database, Db } from '../../../database.js';
import { statementChunks } from '../../../platform/db/statement-chunks.js';
import type { FoldedFields } from './term-weights.js';

type Trx = Transaction<Database>;

// Statements carry at most this many rows (SQLite takes 32,766 parameters, PostgreSQL 65,535).
const ROWS_PER_STATEMENT = 1000;

const asBuffer = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

const chunks = <T>(items: T[]) => statementChunks(items, ROWS_PER_STATEMENT);

export interface PostingRow {
  term: string;
  block: number;
  data: Uint8Array;
  /** The index's generation the row belongs to (read in the same statement, so consistent with it). */
  generation: number;
}

/**
 * The postings of the query's words in one statement: each of `terms` by key, and every word
 * starting with `prefix` ("chuy": chuyen, chuyet…; [a-z0-9] all sort below "{"), when given.
 */
export async function readPostings(db: Db, terms: string[], prefix: string | null): Promise<PostingRow[]> {
  const rows = await db
    .selectFrom('search_postings')
    .select([
      'term',
      'block',
      'data',
      sql<number | null>`(select generation from search_stats where id = 1)`.as('generation'),
    ])
    .where((eb) => {
      const byKey = eb('term', 'in', terms.length > 0 ? terms : ['']);
      return prefix === null
        ? byKey
        : eb.or([byKey, eb.and([eb('term', '>=', prefix), eb('term', '<', `${prefix}{`)])]);
    })
    .execute();
  return rows.map((r) => ({ ...r, generation: Number(r.generation ?? 0) }));
}

export interface IndexState {
  /** How many articles the index holds. */
  documents: number;
  generation: number;
  /** Changes waiting, counted up to `upTo`. */
  pending: number;
}

export async function readIndexState(db: Db, upTo: number): Promise<IndexState> {
  const row = await sql<{ documents: number | null; generation: number | null; pending: number | string }>`select
      (select documents from search_stats where id = 1) as documents,
      (select generation from search_stats where id = 1) as generation,
      (select count(*) from (select 1 from search_dirty limit ${upTo}) waiting) as pending`.execute(db);
  const r = row.rows[0];
  return {
    documents: Number(r?.documents ?? 0),
    generation: Number(r?.generation ?? 0),
    pending: Number(r?.pending ?? 0),
  };
}

/** Published articles with a later publication time: indexed, not yet shown. */
export async function listScheduledIds(db: Db, nowIso: string): Promise<Set<number>> {
  const rows = await db
    .selectFrom('articles')
    .select('id')
    .where('status', '=', 'published')
    .where('published_at', '>', nowIso)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function readDirty(db: Db, limit: number): Promise<Array<{ id: number; article_id: number }>> {
  return db.selectFrom('search_dirty').select(['id', 'article_id']).orderBy('id').limit(limit).execute();
}

/** The folded text of those of `ids` that are published (the others leave the index). */
export async function readPublishedTexts(db: Db, ids: number[]): Promise<Array<FoldedFields & { id: number }>> {
  const rows: Array<FoldedFields & { id: number }> = [];
  for (const part of chunks(ids))
    rows.push(
      ...(await db
        .selectFrom('articles')
        .select(['id', 'title_f', 'lead_f', 'body_f'])
        .where('id', 'in', part)
        .where('status', '=', 'published')
        .execute()),
    );
  return rows;
}

/** Takes the changes off the queue; the articles they name, for those still there (another node may have taken some). */
export async function takeDirty(db: Trx, rowIds: number[]): Promise<Set<number>> {
  const taken = new Set<number>();
  for (const part of chunks(rowIds))
    for (const row of await db.deleteFrom('search_dirty').where('id', 'in', part).returning('article_id').execute())
      taken.add(row.article_id);
  return taken;
}

export async function readIndexedTerms(db: Trx, articleIds: number[]): Promise<Map<number, string[]>> {
  const terms = new Map<number, string[]>();
  for (const part of chunks(articleIds))
    for (const row of await db
      .selectFrom('search_docs')
      .select(['article_id', 'terms'])
      .where('article_id', 'in', part)
      .execute())
      terms.set(row.article_id, row.terms === '' ? [] : row.terms.split(' '));
  return terms;
}

export async function readBlockPostings(db: Trx, block: number, terms: string[]): Promise<Map<string, Uint8Array>> {
  const postings = new Map<string, Uint8Array>();
  for (const part of chunks(terms))
    for (const row of await db
      .selectFrom('search_postings')
      .select(['term', 'data'])
      .where('block', '=', block)
      .where('term', 'in', part)
      .execute())
      postings.set(row.term, row.data);
  return postings;
}

export async function writeBlockPostings(
  db: Trx,
  block: number,
  rows: Array<{ term: string; data: Uint8Array | null }>,
): Promise<void> {
  const kept = rows.filter((r) => r.data !== null).map((r) => ({ term: r.term, block, data: asBuffer(r.data!) }));
  const emptied = rows.filter((r) => r.data === null).map((r) => r.term);
  for (const part of chunks(kept))
    await db
      .insertInto('search_postings')
      .values(part)
      .onConflict((oc) => oc.columns(['term', 'block']).doUpdateSet({ data: (eb) => eb.ref('excluded.data') }))
      .execute();
  for (const part of chunks(emptied))
    await db.deleteFrom('search_postings').where('block', '=', block).where('term', 'in', part).execute();
}

/** Records the words each article is now indexed under (none: it left the index), the article count and a new generation. */
export async function writeIndexedTerms(
  db: Trx,
  indexed: Array<{ articleId: number; terms: string[] }>,
  removed: number[],
  documentsDelta: number,
): Promise<void> {
  const rows = indexed.map((r) => ({ article_id: r.articleId, terms: r.terms.join(' ') }));
  for (const part of chunks(rows))
    await db
      .insertInto('search_docs')
      .values(part)
      .onConflict((oc) => oc.column('article_id').doUpdateSet({ terms: (eb) => eb.ref('excluded.terms') }))
      .execute();
  for (const part of chunks(removed)) await db.deleteFrom('search_docs').where('article_id', 'in', part).execute();
  await db
    .insertInto('search_stats')
    .values({ id: 1, documents: Math.max(0, documentsDelta), generation: 1 })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        documents: sql`search_stats.documents + ${documentsDelta}`,
        generation: sql`search_stats.generation + 1`,
      }),
    )
    .execute();
}

// Plain queries for the media library; whether an article uses an image is the articles module's to say.
import { sql, type Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';
import { preparedQuery } from '../../platform/db/prepared-query.js';
import { joinUserName } from '../accounts/index.js';

type Executor = Db | Transaction<Database>;

/** A LIKE pattern that matches `text` anywhere, with LIKE's own wildcards taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

// The uploader's name comes from the accounts' users table, joined by the accounts module's helper.
const withUploader = (db: Executor) =>
  joinUserName(db.selectFrom('media').selectAll('media'), 'media.uploaded_by', 'uploader_name');

export async function insertMedia(
  db: Executor,
  row: {
    path: string;
    originalName: string;
    mime: string;
    bytes: number;
    width: number;
    height: number;
    alt: string;
    searchF: string;
    uploadedBy: number;
    now: string;
  },
): Promise<number> {
  const inserted = await db
    .insertInto('media')
    .values({
      path: row.path,
      original_name: row.originalName,
      mime: row.mime,
      bytes: row.bytes,
      width: row.width,
      height: row.height,
      alt: row.alt,
      search_f: row.searchF,
      uploaded_by: row.uploadedBy,
      created_at: row.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export function findMediaById(db: Executor, id: number) {
  return withUploader(db).where('media.id', '=', id).executeTakeFirst();
}

/** Newest first; `foldedQuery` (already folded) filters on the folded name and alt text. */
export function listMedia(db: Executor, options: { foldedQuery?: string; limit: number; offset: number }) {
  let query = withUploader(db);
  if (options.foldedQuery)
    query = query.where(sql<boolean>`media.search_f like ${containsPattern(options.foldedQuery)} escape '\\'`);
  return query
    .orderBy('media.created_at', 'desc')
    .orderBy('media.id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}

export async function countMedia(db: Executor, options: { foldedQuery?: string }): Promise<number> {
  let query = db.selectFrom('media').select((eb) => eb.fn.countAll<number>().as('n'));
  if (options.foldedQuery)
    query = query.where(sql<boolean>`search_f like ${containsPattern(options.foldedQuery)} escape '\\'`);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateMediaAlt(db: Executor, id: number, changes: { alt: string; searchF: string }) {
  await db.updateTable('media').set({ alt: changes.alt, search_f: changes.searchF }).where('id', '=', id).execute();
}

export async function deleteMedia(db: Executor, id: number) {
  await db.deleteFrom('media').where('id', '=', id).execute();
}

/** What the variant maker needs of one image. */
export function findMediaFile(db: Executor, id: number) {
  return db.selectFrom('media').select(['id', 'path', 'variant_widths']).where('id', '=', id).executeTakeFirst();
}

/** Records the copies made; the size becomes the one shown (EXIF orientation applied). */
export async function setMediaVariants(
  db: Executor,
  id: number,
  made: { widths: string; fallback: string; width?: number; height?: number },
) {
  await db
    .updateTable('media')
    .set({ variant_widths: made.widths, variant_fallback: made.fallback, width: made.width, height: made.height })
    .where('id', '=', id)
    .execute();
}

/** The images a page shows, in one query whatever their number. */
const imageColumns = ['id', 'path', 'width', 'height', 'alt', 'variant_widths', 'variant_fallback'] as const;

// An article page's own picture, on every uncached article page: compiled once.
const oneMediaImage = preparedQuery(1, (db: Executor, id: number) =>
  db.selectFrom('media').select(imageColumns).where('id', '=', id),
);

export function listMediaImages(db: Executor, ids: number[]) {
  if (ids.length === 1) return oneMediaImage(db, ids[0]!);
  return db.selectFrom('media').select(imageColumns).where('id', 'in', ids).execute();
}

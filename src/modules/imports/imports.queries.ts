// Plain queries on the imports' two tables; `db` first so the article's transaction passes through.
import type { Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';
import type { ImportedKind } from './imports.tables.js';

type Executor = Db | Transaction<Database>;

export async function findImportedId(
  db: Executor,
  key: { source: string; kind: ImportedKind; sourceId: string },
): Promise<number | undefined> {
  const row = await db
    .selectFrom('imported_items')
    .select('congtin_id')
    .where('source', '=', key.source)
    .where('kind', '=', key.kind)
    .where('source_id', '=', key.sourceId)
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.congtin_id);
}

export async function recordImportedItem(
  db: Executor,
  item: { source: string; kind: ImportedKind; sourceId: string; congtinId: number; now: string },
): Promise<void> {
  await db
    .insertInto('imported_items')
    .values({
      source: item.source,
      kind: item.kind,
      source_id: item.sourceId,
      congtin_id: item.congtinId,
      imported_at: item.now,
    })
    .execute();
}

/** Records the old addresses not yet known; returns how many were new (a taken one stays with its first owner). */
export async function recordLegacyUrls(
  db: Executor,
  input: { paths: string[]; articleId?: number; categoryId?: number; source: string; now: string },
): Promise<number> {
  if (input.paths.length === 0) return 0;
  const inserted = await db
    .insertInto('legacy_urls')
    .values(
      input.paths.map((path) => ({
        path,
        article_id: input.articleId ?? null,
        category_id: input.categoryId ?? null,
        source: input.source,
        created_at: input.now,
      })),
    )
    .onConflict((oc) => oc.column('path').doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

export function findLegacyTarget(db: Executor, path: string) {
  return db.selectFrom('legacy_urls').select(['article_id', 'category_id']).where('path', '=', path).executeTakeFirst();
}

/** The old sites' visit totals brought in (one row per source): added to the counters' starting total. */
export async function sumImportedVisitTotals(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('imported_items')
    .select((eb) => eb.fn.sum<number | string | null>('congtin_id').as('total'))
    .where('kind', '=', 'visit-total')
    .executeTakeFirst();
  return Number(row?.total ?? 0);
}

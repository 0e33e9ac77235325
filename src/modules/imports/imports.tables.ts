import type { Generated } from 'kysely';

export const IMPORTED_KINDS = ['category', 'article', 'image', 'visit-total'] as const;
export type ImportedKind = (typeof IMPORTED_KINDS)[number];

/** One thing an import brought in: (source, kind, source_id) is unique, which makes a rerun add nothing. */
export interface ImportedItemsTable {
  id: Generated<number>;
  /** 'wordpress' | 'nukeviet'. */
  source: string;
  kind: ImportedKind;
  /** The old site's id (a post ID, a term ID), an image's reference as the source wrote it, or `file:` and the file it resolved to. */
  source_id: string;
  /** The article's, category's or media image's id; for a visit total, the total itself. */
  congtin_id: number;
  imported_at: string;
}

/** An old address (normalised path and query) and the article or category it now belongs to. */
export interface LegacyUrlsTable {
  id: Generated<number>;
  path: string;
  article_id: number | null;
  category_id: number | null;
  source: string;
  created_at: string;
}

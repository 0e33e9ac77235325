// The search index's tables (migrations/028-search-index.ts).
import type { Generated } from 'kysely';

export interface SearchPostingsTable {
  term: string;
  block: number;
  data: Uint8Array;
}

export interface SearchDocsTable {
  article_id: number;
  /** The words the article is indexed under, separated by spaces (their indexed prefixes follow from them). */
  terms: string;
}

export interface SearchDirtyTable {
  id: Generated<number>;
  article_id: number;
}

export interface SearchStatsTable {
  id: number;
  documents: number;
  generation: number;
}

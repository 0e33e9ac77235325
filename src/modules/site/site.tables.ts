export interface SiteSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

/** One row (id 1): counted up by triggers at every change a public page's shared blocks could show (migration 029). */
export interface ContentVersionTable {
  id: number;
  /** bigint: a string on PostgreSQL, a number on SQLite. */
  version: number | string;
}

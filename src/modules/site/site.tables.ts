export interface SiteSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

import type { Generated } from 'kysely';

export interface StatsSaltsTable {
  day: string;
  salt: string;
  created_at: string;
}

export interface StatsVisitorsTable {
  visitor_id: string;
  visit_started_at: string;
  last_hit_at: string;
  last_path: string;
}

/** The visitor rows of a SQLite node, appended (027-visitor-log.ts). */
export interface StatsVisitorLogTable {
  id: Generated<number>;
  visitor_id: string;
  visit_started_at: string;
  last_hit_at: string;
  last_path: string;
  retired: number;
}

export interface StatsDailyTable {
  day: string;
  visits: number;
  pageviews: number;
}

export interface ArticleViewsDailyTable {
  article_id: number;
  day: string;
  views: number;
}

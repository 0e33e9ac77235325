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

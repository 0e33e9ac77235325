// The whole schema as Kysely sees it: each module declares its own tables, this joins them.
import type { Kysely } from 'kysely';
import type { ArticleEditPresenceTable, ArticleRevisionsTable, ArticlesTable, CategoriesTable } from './modules/articles/articles.tables.js';
import type {
  ArticleViewsDailyTable,
  StatsDailyTable,
  StatsSaltsTable,
  StatsVisitorsTable,
} from './modules/analytics/analytics.tables.js';
import type {
  ApiTokensTable,
  AppSecretsTable,
  AuditLogTable,
  LoginFailuresTable,
  SessionsTable,
  UserRolesTable,
  UsersTable,
} from './modules/accounts/accounts.tables.js';
import type { SiteSettingsTable } from './modules/site/site.tables.js';
import type { MediaTable } from './modules/media/media.tables.js';

export interface Database {
  categories: CategoriesTable;
  articles: ArticlesTable;
  article_revisions: ArticleRevisionsTable;
  article_edit_presence: ArticleEditPresenceTable;
  stats_salts: StatsSaltsTable;
  stats_visitors: StatsVisitorsTable;
  stats_daily: StatsDailyTable;
  article_views_daily: ArticleViewsDailyTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  app_secrets: AppSecretsTable;
  audit_log: AuditLogTable;
  api_tokens: ApiTokensTable;
  site_settings: SiteSettingsTable;
  media: MediaTable;
}

export type Db = Kysely<Database>;

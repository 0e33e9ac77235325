// The whole schema as Kysely sees it: each module declares its own tables, this joins them.
import type { Kysely } from 'kysely';
import type {
  ArticleEditPresenceTable,
  ArticleRevisionsTable,
  ArticlesTable,
  CategoriesTable,
} from './modules/articles/articles.tables.js';
import type {
  ArticleViewsDailyTable,
  StatsDailyTable,
  StatsSaltsTable,
  StatsVisitorLogTable,
  StatsVisitorsTable,
} from './modules/analytics/analytics.tables.js';
import type {
  ApiTokensTable,
  AppSecretsTable,
  AuditLogTable,
  LoginFailuresTable,
  LoginLocksTable,
  SessionsTable,
  TwoFactorPendingTable,
  TwoFactorRecoveryCodesTable,
  TwoFactorSettingsTable,
  TwoFactorTable,
  UserRolesTable,
  UsersTable,
} from './modules/accounts/accounts.tables.js';
import type { ContentVersionTable, SiteSettingsTable } from './modules/site/site.tables.js';
import type {
  PlansTable,
  PlanTaskChangesTable,
  ProgrammesTable,
  ProgressReportRevisionsTable,
  ProgressReportsTable,
  ReportArticlesTable,
  TaskCompletionsTable,
  TaskCoordinatorsTable,
  TasksTable,
} from './modules/plans/plans.tables.js';
import type { MediaTable } from './modules/media/media.tables.js';
import type { UnitsTable } from './modules/units/units.tables.js';
import type { BriefRevisionsTable, BriefSettingsTable, BriefsTable } from './modules/briefs/briefs.tables.js';
import type {
  CommemorationsTable,
  EventArticlesTable,
  EventRegistrationsTable,
  EventsTable,
} from './modules/events/events.tables.js';
import type {
  NotificationReadsTable,
  NotificationsTable,
  ReminderEmailsTable,
  ReminderRunsTable,
} from './modules/reminders/reminders.tables.js';
import type {
  AttachmentsTable,
  PlanAttachmentsTable,
  ReportAttachmentsTable,
} from './modules/attachments/attachments.tables.js';
import type { DocumentsTable } from './modules/documents/documents.tables.js';
import type { OpinionCasesTable, OpinionReportsTable, OpinionSettingsTable } from './modules/opinion/opinion.tables.js';
import type { ImportedItemsTable, LegacyUrlsTable } from './modules/imports/imports.tables.js';
import type {
  HistoryBooksTable,
  HistoryBookWritersTable,
  HistoryCommentsTable,
  HistoryRevisionsTable,
  HistorySectionsTable,
  HistorySourcesTable,
} from './modules/history/history.tables.js';

import type {
  ContactDepartmentsTable,
  ContactMessagesTable,
  ContactSecretsTable,
} from './modules/contact/contact.tables.js';

import type {
  SearchDirtyTable,
  SearchDocsTable,
  SearchPostingsTable,
  SearchStatsTable,
} from './modules/articles/full-text/search-index.tables.js';

export interface Database {
  categories: CategoriesTable;
  articles: ArticlesTable;
  article_revisions: ArticleRevisionsTable;
  article_edit_presence: ArticleEditPresenceTable;
  search_postings: SearchPostingsTable;
  search_docs: SearchDocsTable;
  search_dirty: SearchDirtyTable;
  search_stats: SearchStatsTable;
  stats_salts: StatsSaltsTable;
  stats_visitors: StatsVisitorsTable;
  stats_visitor_log: StatsVisitorLogTable;
  stats_daily: StatsDailyTable;
  article_views_daily: ArticleViewsDailyTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  login_locks: LoginLocksTable;
  app_secrets: AppSecretsTable;
  audit_log: AuditLogTable;
  two_factor: TwoFactorTable;
  two_factor_recovery_codes: TwoFactorRecoveryCodesTable;
  two_factor_pending: TwoFactorPendingTable;
  two_factor_settings: TwoFactorSettingsTable;
  api_tokens: ApiTokensTable;
  site_settings: SiteSettingsTable;
  content_version: ContentVersionTable;
  programmes: ProgrammesTable;
  plans: PlansTable;
  plan_task_changes: PlanTaskChangesTable;
  tasks: TasksTable;
  task_coordinators: TaskCoordinatorsTable;
  task_completions: TaskCompletionsTable;
  progress_reports: ProgressReportsTable;
  progress_report_revisions: ProgressReportRevisionsTable;
  report_articles: ReportArticlesTable;
  media: MediaTable;
  units: UnitsTable;
  reminder_runs: ReminderRunsTable;
  notifications: NotificationsTable;
  notification_reads: NotificationReadsTable;
  reminder_emails: ReminderEmailsTable;
  attachments: AttachmentsTable;
  plan_attachments: PlanAttachmentsTable;
  report_attachments: ReportAttachmentsTable;
  briefs: BriefsTable;
  brief_revisions: BriefRevisionsTable;
  brief_settings: BriefSettingsTable;
  documents: DocumentsTable;
  opinion_settings: OpinionSettingsTable;
  opinion_reports: OpinionReportsTable;
  opinion_cases: OpinionCasesTable;
  events: EventsTable;
  event_articles: EventArticlesTable;
  event_registrations: EventRegistrationsTable;
  commemorations: CommemorationsTable;
  contact_departments: ContactDepartmentsTable;
  contact_messages: ContactMessagesTable;
  contact_secrets: ContactSecretsTable;
  imported_items: ImportedItemsTable;
  legacy_urls: LegacyUrlsTable;
  history_books: HistoryBooksTable;
  history_book_writers: HistoryBookWritersTable;
  history_sections: HistorySectionsTable;
  history_revisions: HistoryRevisionsTable;
  history_comments: HistoryCommentsTable;
  history_sources: HistorySourcesTable;
}

export type Db = Kysely<Database>;

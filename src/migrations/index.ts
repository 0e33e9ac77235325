// congtin's schema, step by step: the same migrations for SQLite and PostgreSQL (the differences
// are asked of platform/db/dialect.ts). Applied in name order at start-up by platform/db/migrate.ts;
// a released migration is never edited, only followed by a new one.
import type { Migration } from 'kysely';
import type { Dialect } from '../platform/db/dialect.js';
import { initialMigration } from './001-initial.js';
import { accountsMigration } from './002-accounts.js';
import { siteSettingsMigration } from './003-site-settings.js';
import { newsroomMigration } from './004-newsroom.js';
import { mediaMigration } from './005-media.js';
import { plansMigration } from './009-plans.js';
import { planVersionsMigration } from './012-plan-versions.js';
import { planTaskChangesMigration } from './026-plan-task-changes.js';
import { articleClassificationMigration } from './007-article-classification.js';
import { apiTokensMigration } from './006-api-tokens.js';
import { unitsMigration } from './008-units.js';
import { remindersMigration } from './010-reminders.js';
import { attachmentsMigration } from './011-attachments.js';
import { loginLocksMigration } from './013-login-locks.js';
import { mediaVariantsMigration } from './014-media-variants.js';
import { briefsMigration } from './015-briefs.js';
import { eventsMigration } from './016-events.js';
import { documentsMigration } from './017-documents.js';
import { opinionReportsMigration } from './023-opinion-reports.js';
import { englishMigration } from './019-english.js';
import { contactMigration } from './018-contact.js';

import { searchWordsMigration } from './020-search-words.js';
import { importsMigration } from './021-imports.js';
import { twoFactorMigration } from './022-two-factor.js';
import { historyMigration } from './024-history.js';
import { reportRemindersMigration } from './025-report-reminders.js';
import { visitorLogMigration } from './027-visitor-log.js';
import { searchIndexMigration } from './028-search-index.js';
import { contentVersionMigration } from './029-content-version.js';
import { listedContentVersionMigration } from './030-listed-content-version.js';

export function listMigrations(dialect: Dialect): Record<string, Migration> {
  return {
    '001-initial': initialMigration(dialect),
    '002-accounts': accountsMigration(dialect),
    '003-site-settings': siteSettingsMigration(),
    '004-newsroom': newsroomMigration(dialect),
    '005-media': mediaMigration(dialect),
    '006-api-tokens': apiTokensMigration(dialect),
    '007-article-classification': articleClassificationMigration(dialect),
    '008-units': unitsMigration(dialect),
    '009-plans': plansMigration(dialect),
    '010-reminders': remindersMigration(dialect),
    '011-attachments': attachmentsMigration(dialect),
    '012-plan-versions': planVersionsMigration(),
    '013-login-locks': loginLocksMigration(),
    '014-media-variants': mediaVariantsMigration(),
    '015-briefs': briefsMigration(dialect),
    '016-events': eventsMigration(dialect),
    '017-documents': documentsMigration(dialect),
    '019-english': englishMigration(),
    '018-contact': contactMigration(dialect),
    '020-search-words': searchWordsMigration(dialect),
    '021-imports': importsMigration(dialect),
    '022-two-factor': twoFactorMigration(dialect),
    '023-opinion-reports': opinionReportsMigration(dialect),
    '024-history': historyMigration(dialect),
    '025-report-reminders': reportRemindersMigration(dialect),
    '026-plan-task-changes': planTaskChangesMigration(),
    '027-visitor-log': visitorLogMigration(dialect),
    '028-search-index': searchIndexMigration(dialect),
    '029-content-version': contentVersionMigration(dialect),
    '030-listed-content-version': listedContentVersionMigration(dialect),
  };
}

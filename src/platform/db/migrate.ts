// Brings the schema up to date at start-up; the same migrations serve both dialects.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Dialect } from './dialect.js';
import { initialMigration } from './migrations/001-initial.js';
import { accountsMigration } from './migrations/002-accounts.js';
import { siteSettingsMigration } from './migrations/003-site-settings.js';
import { newsroomMigration } from './migrations/004-newsroom.js';
import { mediaMigration } from './migrations/005-media.js';
import { plansMigration } from './migrations/009-plans.js';
import { planVersionsMigration } from './migrations/012-plan-versions.js';
import { articleClassificationMigration } from './migrations/007-article-classification.js';
import { apiTokensMigration } from './migrations/006-api-tokens.js';
import { unitsMigration } from './migrations/008-units.js';
import { remindersMigration } from './migrations/010-reminders.js';
import { attachmentsMigration } from './migrations/011-attachments.js';
import { loginLocksMigration } from './migrations/013-login-locks.js';

function listMigrations(dialect: Dialect): Record<string, Migration> {
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
  };
}

export async function migrateToLatest(db: Kysely<any>, dialect: Dialect): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => listMigrations(dialect) };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

// Brings the schema up to date at start-up. Which migrations is the app's business (src/migrations):
// this file only runs them, in name order, each once.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/** Applies the given migrations (the app's own, src/migrations) that the database has not seen. */
export async function migrateToLatest(db: Kysely<any>, migrations: Record<string, Migration>): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

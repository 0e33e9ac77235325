// A version per plan, bumped in the same transaction as any change to its tasks, reports or
// confirmations: a node may keep a plan's rows in memory and know, with one indexed read, whether
// they are still current (several nodes share the database, not their memory).
import type { Kysely, Migration } from 'kysely';

export function planVersionsMigration(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable('plans')
        .addColumn('data_version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
    },
  };
}

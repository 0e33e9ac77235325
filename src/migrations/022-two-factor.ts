// Two-factor login (issue #13 part 3): a TOTP secret per user, stored encrypted (AES-256-GCM, keys
// from TWO_FACTOR_KEYS), with the last time-step accepted so a code cannot be replayed; ten
// single-use recovery codes stored as SHA-256; the pending logins between the password and the
// code; the roles that must use it (admin and leader until the admin chooses).
import type { Kysely, Migration } from 'kysely';
import { addIdColumn, type Dialect } from '../platform/db/dialect.js';

export function twoFactorMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('two_factor')
        .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
        .addColumn('secret', 'text', (c) => c.notNull())
        // Null while the user is enrolling (the secret shown, no code confirmed yet).
        .addColumn('enabled_at', 'text')
        .addColumn('last_step', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await addIdColumn(dialect, db.schema.createTable('two_factor_recovery_codes'))
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('code_hash', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();
      await db.schema
        .createIndex('two_factor_recovery_codes_user_idx')
        .on('two_factor_recovery_codes')
        .column('user_id')
        .execute();
      await db.schema
        .createTable('two_factor_pending')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        // The password's throttle reservation, counted as a failure until the code passes.
        .addColumn('attempt_ids', 'text', (c) => c.notNull())
        .addColumn('browser', 'text', (c) => c.notNull())
        .addColumn('tries', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      // The roles that must use it, as one row saved by the admin. No row here: the defaults
      // (admin and leader) live in the module until the admin saves, because a restore loads
      // rows into freshly migrated tables and a row made by the migration would collide.
      await db.schema
        .createTable('two_factor_settings')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('required_roles', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}

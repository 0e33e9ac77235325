// One number that changes with everything the public pages' shared blocks show: the menu's
// categories, the article lists and their pictures, the site's own facts. Each node keeps those
// blocks in memory while the number stays (platform/content/shared-blocks.ts), so a change made
// by another node, an import or a restore is seen without anyone telling the node.
//
// Triggers count it up, so no writer can forget to. An article's view count is left out: the
// counters add to it every second and no shared block shows it. On PostgreSQL the count happens
// at commit (a deferred constraint trigger, once per transaction): the one row is locked only
// while a transaction commits, after every other lock it takes, so two writers cannot deadlock
// on it, and a node that reads the number sees only committed changes.
import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../platform/db/dialect.js';

/** Every column of `articles` but `views` (test/…/content-version.db.test.ts keeps this list whole). */
export const ARTICLE_COLUMNS_SHOWN = [
  'id',
  'slug',
  'category_id',
  'title',
  'title_f',
  'lead',
  'lead_f',
  'body_html',
  'body_text',
  'body_f',
  'author',
  'status',
  'featured',
  'published_at',
  'created_at',
  'updated_at',
  'author_id',
  'rejection_reason',
  'version',
  'featured_image_id',
  'deleted_at',
  'classification',
  'expires_at',
];

/** A watched table and the columns an update must touch to count (null: any). */
export type WatchedTable = [table: string, columns: string[] | null];

/** The tables whose every change counts. */
const WATCHED: WatchedTable[] = [
  ['articles', ARTICLE_COLUMNS_SHOWN],
  ['categories', null],
  ['media', null],
  ['site_settings', null],
];

async function createSqliteTriggers(db: Kysely<any>, watched: WatchedTable[]) {
  const bump = sql.raw('begin update content_version set version = version + 1 where id = 1; end');
  for (const [table, columns] of watched) {
    const t = sql.raw(table);
    const of = sql.raw(columns ? `update of ${columns.join(', ')}` : 'update');
    await sql`create trigger ${sql.raw(`${table}_content_version_ai`)} after insert on ${t} ${bump}`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_content_version_ad`)} after delete on ${t} ${bump}`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_content_version_au`)} after ${of} on ${t} ${bump}`.execute(db);
  }
}

async function createPostgresTriggers(db: Kysely<any>, watched: WatchedTable[]) {
  // Once per transaction: the first firing marks the transaction, later ones find the mark.
  await sql`create or replace function content_version_bump() returns trigger language plpgsql as $$
      begin
        if current_setting('congtin.content_version_tx', true) is distinct from txid_current()::text then
          perform set_config('congtin.content_version_tx', txid_current()::text, true);
          update content_version set version = version + 1 where id = 1;
        end if;
        return null;
      end $$`.execute(db);
  for (const [table, columns] of watched) {
    const events = sql.raw(`insert or delete or ${columns ? `update of ${columns.join(', ')}` : 'update'}`);
    await sql`create constraint trigger ${sql.raw(`${table}_content_version`)} after ${events} on ${sql.raw(table)}
        deferrable initially deferred for each row execute function content_version_bump()`.execute(db);
  }
}

/** Makes every change of these tables count the content version up (also used by later migrations). */
export function watchContentVersion(db: Kysely<any>, dialect: Dialect, watched: WatchedTable[]): Promise<void> {
  return dialect === 'sqlite' ? createSqliteTriggers(db, watched) : createPostgresTriggers(db, watched);
}

export function contentVersionMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('content_version')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .execute();
      await db.insertInto('content_version').values({ id: 1, version: 0 }).execute();
      await watchContentVersion(db, dialect, WATCHED);
    },
  };
}

// Search moves from each database's own full-text index (FTS5 on SQLite, tsvector + GIN on
// PostgreSQL) to one index of congtin's own, the same tables on both (full-text/search-index.ts):
// relevance over every match, not only over title matches, at 100,000 articles within a few
// milliseconds, and the same results on both databases by construction.
//
// search_postings: per word and block of 4,096 article ids, the weight of each article holding it.
// search_docs: the words each indexed article was indexed under, to take them out again.
// search_dirty: articles whose text or status changed, filled by triggers, drained by the indexer;
//   an id per change, so a change made while the indexer works is never taken for done.
// search_stats: how many articles the index holds (idf needs it) and a generation counted up by every
//   change, so a node may keep postings in memory while the generation stays; one row once
//   anything is indexed.
import { type Kysely, type Migration, sql } from 'kysely';
import { addIdColumn, type Dialect } from '../platform/db/dialect.js';

const CHANGED = `(old.status = 'published' or new.status = 'published') and (old.status <> new.status
  or old.title_f <> new.title_f or old.lead_f <> new.lead_f or old.body_f <> new.body_f)`;

async function createDirtyTriggers(dialect: Dialect, db: Kysely<any>) {
  if (dialect === 'sqlite') {
    await sql`create trigger search_dirty_ai after insert on articles when new.status = 'published' begin
        insert into search_dirty(article_id) values (new.id); end`.execute(db);
    await sql`create trigger search_dirty_ad after delete on articles when old.status = 'published' begin
        insert into search_dirty(article_id) values (old.id); end`.execute(db);
    await sql`create trigger search_dirty_au after update of title_f, lead_f, body_f, status on articles
        when ${sql.raw(CHANGED)} begin insert into search_dirty(article_id) values (new.id); end`.execute(db);
    return;
  }
  await sql`create or replace function search_dirty_mark() returns trigger language plpgsql as $$
      begin
        insert into search_dirty(article_id) values (case when tg_op = 'DELETE' then old.id else new.id end);
        return null;
      end $$`.execute(db);
  await sql`create trigger search_dirty_ai after insert on articles for each row
      when (new.status = 'published') execute function search_dirty_mark()`.execute(db);
  await sql`create trigger search_dirty_ad after delete on articles for each row
      when (old.status = 'published') execute function search_dirty_mark()`.execute(db);
  await sql`create trigger search_dirty_au after update of title_f, lead_f, body_f, status on articles for each row
      when (${sql.raw(CHANGED)}) execute function search_dirty_mark()`.execute(db);
}

async function dropEngineIndexes(dialect: Dialect, db: Kysely<any>) {
  if (dialect === 'sqlite') {
    for (const trigger of ['articles_fts_ai', 'articles_fts_ad', 'articles_fts_au'])
      await sql`drop trigger if exists ${sql.raw(trigger)}`.execute(db);
    await sql`drop table if exists articles_fts`.execute(db);
    return;
  }
  await sql`drop index if exists articles_search_idx`.execute(db);
  await sql`alter table articles drop column if exists search_vector`.execute(db);
}

export function searchIndexMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      // Words compare byte by byte (the indexer reads an unfinished word's range: "ca" to "ca{"),
      // whatever the PostgreSQL database's collation.
      const termType = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
      await db.schema
        .createTable('search_postings')
        .addColumn('term', termType, (c) => c.notNull())
        .addColumn('block', 'integer', (c) => c.notNull())
        .addColumn('data', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .addPrimaryKeyConstraint('search_postings_pk', ['term', 'block'])
        .execute();
      if (dialect === 'postgres')
        // Kept in the row, uncompressed: a dense row (4 KB) would otherwise go to TOAST, compressed,
        // and each search would pay a TOAST index lookup and a decompression per row it reads.
        await sql`alter table search_postings alter column data set storage plain`.execute(db);
      await db.schema
        .createTable('search_docs')
        .addColumn('article_id', 'integer', (c) => c.primaryKey())
        .addColumn('terms', 'text', (c) => c.notNull())
        .execute();
      await addIdColumn(dialect, db.schema.createTable('search_dirty'))
        .addColumn('article_id', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('search_stats')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('documents', 'integer', (c) => c.notNull())
        .addColumn('generation', 'integer', (c) => c.notNull())
        .execute();
      await createDirtyTriggers(dialect, db);
      await dropEngineIndexes(dialect, db);
      // Everything published is indexed by the running app, off the request path (search-indexer.ts).
      await sql`insert into search_dirty(article_id) select id from articles where status = 'published' order by id`.execute(
        db,
      );
    },
  };
}

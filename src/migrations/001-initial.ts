// Articles, categories and visit statistics, with each dialect's full-text index.
import { sql, type Kysely, type Migration } from 'kysely';
import { addIdColumn, type Dialect } from '../platform/db/dialect.js';

/** Categories and articles, with the indexes the lists use. */
async function createArticleTables(dialect: Dialect, db: Kysely<any>) {
  await addIdColumn(dialect, db.schema.createTable('categories'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await addIdColumn(dialect, db.schema.createTable('articles'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('category_id', 'integer', (c) => c.notNull().references('categories.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_f', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lead_f', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_f', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('author', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('featured', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('articles_status_published_idx')
    .on('articles')
    .columns(['status', 'published_at'])
    .execute();
  await db.schema
    .createIndex('articles_category_published_idx')
    .on('articles')
    .columns(['category_id', 'status', 'published_at'])
    .execute();
}

/** Visit statistics: the salts, the visitors of the current visits, and the daily history. */
async function createStatsTables(db: Kysely<any>) {
  // Salts live in the database so several app nodes hash a visitor alike; deleted after 48 h.
  await db.schema
    .createTable('stats_salts')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('salt', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // One row per (salted, truncated) visitor id: when their visit began and their last hit.
  await db.schema
    .createTable('stats_visitors')
    .addColumn('visitor_id', 'text', (c) => c.primaryKey())
    .addColumn('visit_started_at', 'text', (c) => c.notNull())
    .addColumn('last_hit_at', 'text', (c) => c.notNull())
    .addColumn('last_path', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('stats_visitors_last_hit_idx').on('stats_visitors').column('last_hit_at').execute();
  // History per Vietnam day, kept forever.
  await db.schema
    .createTable('stats_daily')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('visits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('pageviews', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('article_views_daily')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_views_daily_pk', ['article_id', 'day'])
    .execute();
}

/** Each dialect's full-text index over the folded columns. */
async function createSearchIndex(dialect: Dialect, db: Kysely<any>) {
  if (dialect === 'sqlite') {
    // External-content FTS5 over the folded columns of published articles only (so a count of
    // matches needs no join); prefix indexes make "lao ca" as fast as "lao cai". Triggers keep
    // it in step with articles.
    await sql`create virtual table articles_fts using fts5(
        title_f, lead_f, body_f, content='articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3')`.execute(db);
    await sql`create trigger articles_fts_ai after insert on articles when new.status = 'published' begin
        insert into articles_fts(rowid, title_f, lead_f, body_f) values (new.id, new.title_f, new.lead_f, new.body_f);
      end`.execute(db);
    await sql`create trigger articles_fts_ad after delete on articles when old.status = 'published' begin
        insert into articles_fts(articles_fts, rowid, title_f, lead_f, body_f) values ('delete', old.id, old.title_f, old.lead_f, old.body_f);
      end`.execute(db);
    // An update removes the old tokens (if the old row was indexed), then adds the new ones (if
    // the new row is published). One trigger, so the delete always runs first: a rowid indexed
    // twice corrupts the index.
    await sql`create trigger articles_fts_au after update of title_f, lead_f, body_f, status on articles begin
        insert into articles_fts(articles_fts, rowid, title_f, lead_f, body_f)
          select 'delete', old.id, old.title_f, old.lead_f, old.body_f where old.status = 'published';
        insert into articles_fts(rowid, title_f, lead_f, body_f)
          select new.id, new.title_f, new.lead_f, new.body_f where new.status = 'published';
      end`.execute(db);
  } else {
    await sql`alter table articles add column search_vector tsvector generated always as (
        setweight(to_tsvector('simple', title_f), 'A') ||
        setweight(to_tsvector('simple', lead_f), 'B') ||
        setweight(to_tsvector('simple', body_f), 'C')) stored`.execute(db);
    await sql`create index articles_search_idx on articles using gin (search_vector)`.execute(db);
  }
}

export function initialMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await createArticleTables(dialect, db);
      await createStatsTables(db);
      await createSearchIndex(dialect, db);
    },
  };
}

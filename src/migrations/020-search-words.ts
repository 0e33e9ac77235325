// PostgreSQL's parser keeps "132/kh-duk" (a document number) or "abc.vn/x" as one "file" or "host"
// token, so searching "132 kh duk" found the article on SQLite (FTS5 splits on every punctuation
// mark) but not on PostgreSQL. The folded text holds only a–z, 0–9 and punctuation, so turning every
// run of anything else into a space gives both engines the same words. SQLite needs nothing.
import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../platform/db/dialect.js';

export function searchWordsMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      if (dialect !== 'postgres') return;
      await sql`drop index if exists articles_search_idx`.execute(db);
      await sql`alter table articles drop column search_vector`.execute(db);
      await sql`alter table articles add column search_vector tsvector generated always as (
          setweight(to_tsvector('simple', regexp_replace(title_f, '[^a-z0-9]+', ' ', 'g')), 'A') ||
          setweight(to_tsvector('simple', regexp_replace(lead_f, '[^a-z0-9]+', ' ', 'g')), 'B') ||
          setweight(to_tsvector('simple', regexp_replace(body_f, '[^a-z0-9]+', ' ', 'g')), 'C')) stored`.execute(db);
      await sql`create index articles_search_idx on articles using gin (search_vector)`.execute(db);
    },
  };
}

// A query compiled once answers exactly as the builder does, for every argument, on each database
// (each handle gets its own SQL: `?` on SQLite, `$1` on PostgreSQL), and a builder whose shape
// depends on its arguments is refused at its first call instead of answering wrongly.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Kysely, sql } from 'kysely';
import { createTestDatabase, dialectsUnderTest, type TestDatabase } from '../../../test/support/databases.js';
import { openDatabase, type DatabaseHandle } from './client.js';
import { preparedQuery } from './prepared-query.js';

type Db = Kysely<any>;

/** The builder under test, run as it is and compiled once: the answers must be the same. */
const wordsBetweenQuery = (db: Db, low: number, high: number, pattern: string) =>
  db
    .selectFrom('words')
    .select(['id', 'text'])
    .where('id', '>=', low)
    .where('id', '<=', high)
    .where((eb) => eb.or([eb('text', 'like', pattern), eb('text', '=', pattern)]))
    .where('text', '!=', 'không')
    .orderBy('id');
const wordsBetween = preparedQuery(3, wordsBetweenQuery);

describe('a query compiled once', () => {
  const handles: Array<{ dialect: string; handle: DatabaseHandle<unknown>; database: TestDatabase }> = [];

  before(async () => {
    for (const dialect of dialectsUnderTest()) {
      const database = await createTestDatabase(dialect);
      const handle = openDatabase<unknown>(database.target);
      const db = handle.db as Db;
      await db.schema
        .createTable('words')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('text', 'text')
        .execute();
      const texts = ['một', 'mười', 'hai', 'ba', 'bốn', 'không', 'mười một', 'năm'];
      await db
        .insertInto('words')
        .values(texts.map((text, i) => ({ id: i + 1, text })))
        .execute();
      handles.push({ dialect, handle, database });
    }
  });
  after(async () => {
    for (const { handle, database } of handles) {
      await handle.close();
      await database.drop();
    }
  });

  it('answers as the builder does, for every argument, on each database', async () => {
    for (const { dialect, handle } of handles) {
      const db = handle.db as Db;
      for (const [low, high, pattern] of [
        [1, 8, 'm%'],
        [2, 7, 'mười'],
        [1, 3, 'hai'],
        [5, 1, 'b%'],
        [1, 8, "m' or 1=1 --"],
      ] as const) {
        const built = await wordsBetweenQuery(db, low, high, pattern).execute();
        assert.deepEqual(await wordsBetween(db, low, high, pattern), built, `${dialect} ${low}–${high} ${pattern}`);
      }
    }
    assert.deepEqual(
      (await wordsBetween(handles[0]!.handle.db as Db, 1, 8, 'm%')).map((r) => r.text),
      ['một', 'mười', 'mười một'],
    );
  });

  it('refuses a builder whose argument is not a plain parameter', async () => {
    const db = handles[0]!.handle.db as Db;
    const inlined = preparedQuery(1, (d: Db, column: string) => d.selectFrom('words').select(sql.ref(column).as('x')));
    await assert.rejects(inlined(db, 'text'), /argument 0 is not a plain parameter/);
    const unused = preparedQuery(2, (d: Db, id: number, _other: number) =>
      d.selectFrom('words').select('text').where('id', '=', id),
    );
    await assert.rejects(unused(db, 1, 2), /argument 1 is not a plain parameter/);
    const derived = preparedQuery(1, (d: Db, prefix: string) =>
      d
        .selectFrom('words')
        .select('text')
        .where((eb) => eb.or([eb('text', 'like', `${prefix}%`), eb('text', '=', prefix)])),
    );
    await assert.rejects(derived(db, 'm'), /argument 0 is not a plain parameter/);
  });
});

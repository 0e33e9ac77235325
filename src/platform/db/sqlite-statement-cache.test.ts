// The SQLite statement cache under the ways congtin uses it: the same query text with other
// parameters, a streamed query left half-way whose text runs again, a statement kept across a
// schema change, writes inside a transaction rolled back.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Kysely, sql } from 'kysely';
import { openDatabase, type DatabaseHandle } from './client.js';

describe('SQLite statement cache', () => {
  let dir: string;
  let handle: DatabaseHandle<any>;
  let db: Kysely<any>;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-statements-'));
    handle = openDatabase<any>({ kind: 'sqlite', file: path.join(dir, 'cache.db') });
    db = handle.db;
    await db.schema
      .createTable('words')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('text', 'text')
      .execute();
    await db
      .insertInto('words')
      .values(['một', 'hai', 'ba', 'bốn'].map((text, i) => ({ id: i + 1, text })))
      .execute();
  });
  after(async () => {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const byId = (id: number) => db.selectFrom('words').select('text').where('id', '=', id).executeTakeFirst();

  it('answers the same query text with each call’s own parameters', async () => {
    assert.deepEqual(await Promise.all([1, 2, 3, 4, 5].map(async (id) => (await byId(id))?.text)), [
      'một',
      'hai',
      'ba',
      'bốn',
      undefined,
    ]);
  });

  it('runs a streamed query’s text again after the stream was left half-way', async () => {
    const query = () => db.selectFrom('words').select(['id', 'text']).orderBy('id');
    for await (const row of query().stream()) {
      // Leaving the loop ends the iteration: the cached statement must be free to run again.
      if (row.id === 2) break;
    }
    assert.deepEqual(
      (await query().execute()).map((r) => r.text),
      ['một', 'hai', 'ba', 'bốn'],
    );
    const streamed: string[] = [];
    for await (const row of query().stream()) streamed.push(row.text);
    assert.deepEqual(streamed, ['một', 'hai', 'ba', 'bốn']);
  });

  it('keeps working after the table it reads changes shape', async () => {
    assert.equal((await byId(1))?.text, 'một');
    await sql`alter table words add column note text`.execute(db);
    await db.updateTable('words').set({ note: 'đầu' }).where('id', '=', 1).execute();
    assert.deepEqual(await db.selectFrom('words').selectAll().where('id', '=', 1).executeTakeFirst(), {
      id: 1,
      text: 'một',
      note: 'đầu',
    });
    assert.equal((await byId(2))?.text, 'hai');
  });

  it('rolls back what a failed transaction wrote through cached statements', async () => {
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('words').values({ id: 10, text: 'mười' }).execute();
        await trx.insertInto('words').values({ id: 1, text: 'trùng' }).execute();
      }),
      /UNIQUE/,
    );
    assert.equal(await byId(10), undefined);
    await db.insertInto('words').values({ id: 10, text: 'mười' }).execute();
    assert.equal((await byId(10))?.text, 'mười');
  });
});

// The start-up lock: a second node starting on the same PostgreSQL waits until the first has made
// the first start's content (several-nodes.test.ts starts two real nodes together).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTestDatabase, dialectsUnderTest } from '../../../test/support/databases.js';
import { holdFirstStartLock } from './first-start-lock.js';

describe('first-start lock', () => {
  it('lets one start-up run at a time on a PostgreSQL database, and none waits on SQLite', async () => {
    for (const dialect of dialectsUnderTest()) {
      const database = await createTestDatabase(dialect);
      try {
        const order: string[] = [];
        const releaseFirst = await holdFirstStartLock(database.target);
        const second = holdFirstStartLock(database.target).then((release) => {
          order.push('second holds');
          return release;
        });
        await new Promise((r) => setTimeout(r, 300));
        order.push('first releases');
        await releaseFirst();
        await (await second)();
        assert.deepEqual(
          order,
          dialect === 'postgres' ? ['first releases', 'second holds'] : ['second holds', 'first releases'],
        );
      } finally {
        await database.drop();
      }
    }
  });
});

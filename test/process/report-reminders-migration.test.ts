// Migration 025 on an install that already has notifications: on SQLite the table is rebuilt, so
// this checks that every notification keeps its id and text, every reader's read mark stays (the
// drop would have cascaded to them with the foreign keys on), the foreign keys still hold
// afterwards, and that a report's reminder (no task) now goes in, once per day and unit.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Kysely, type Migration, sql } from 'kysely';
import { listMigrations } from '../../src/migrations/index.js';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/client.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { createTestDatabase, dialectsUnderTest, type TestDatabase } from '../support/databases.js';

const AT = '2026-12-01T01:00:00.000Z';

/** The migrations before 025, as an install upgraded from the previous version has them. */
/** The migrations named before `next` (later ones are another test's business). */
function migrationsBefore(next: string, all: Record<string, Migration>) {
  return Object.fromEntries(Object.entries(all).filter(([name]) => name < next));
}

async function seedOldNotifications(db: Kysely<any>) {
  const user = await db
    .insertInto('users')
    .values({ email: 'donvi@congtin.test', name: 'Đơn vị', password_hash: 'x', created_at: AT, updated_at: AT })
    .returning('id')
    .executeTakeFirstOrThrow();
  const unit = await db
    .insertInto('units')
    .values({ name: 'Đảng bộ Sở Y tế', created_at: AT, updated_at: AT })
    .returning('id')
    .executeTakeFirstOrThrow();
  const plan = await db
    .insertInto('plans')
    .values({ number: '1/KH', title: 'Kế hoạch', issued_on: '2026-01-01', year: 2026, created_at: AT, updated_at: AT })
    .returning('id')
    .executeTakeFirstOrThrow();
  const task = await db
    .insertInto('tasks')
    .values({ plan_id: plan.id, title: 'Nhiệm vụ', lead_unit_id: unit.id, created_at: AT, updated_at: AT })
    .returning('id')
    .executeTakeFirstOrThrow();
  const notice = (day: string) => ({
    day,
    unit_id: unit.id,
    task_id: task.id,
    occurrence_key: '2026-12-05',
    kind: 'due_soon',
    due_at: '2026-12-05T16:59:59.999Z',
    text: `Nhiệm vụ “Nhiệm vụ” đến hạn ngày 05/12/2026 (${day}).`,
    link: `/quan-tri/nhiem-vu/${task.id}`,
    created_at: AT,
  });
  const rows = await db
    .insertInto('notifications')
    .values([notice('2026-12-02'), notice('2026-12-03')])
    .returning('id')
    .execute();
  await db
    .insertInto('notification_reads')
    .values({ notification_id: rows[0]!.id, user_id: user.id, read_at: AT })
    .execute();
  return { unitId: unit.id, ids: rows.map((r) => r.id) };
}

for (const dialect of dialectsUnderTest()) {
  describe(`migration 025, report reminders [${dialect}]`, () => {
    let database: TestDatabase;
    let handle: DatabaseHandle<any>;
    let seeded: Awaited<ReturnType<typeof seedOldNotifications>>;

    before(async () => {
      database = await createTestDatabase(dialect);
      handle = openDatabase<any>(database.target);
      const all = listMigrations(handle.dialect);
      await migrateToLatest(handle.db, migrationsBefore('025', all));
      seeded = await seedOldNotifications(handle.db);
      assert.deepEqual(await migrateToLatest(handle.db, migrationsBefore('026', all)), ['025-report-reminders']);
    });
    after(async () => {
      await handle.close();
      await database.drop();
    });

    it("keeps every notification with its id and every reader's read mark", async () => {
      const rows = await handle.db.selectFrom('notifications').select(['id', 'text']).orderBy('id').execute();
      assert.deepEqual(
        rows.map((r) => r.id),
        seeded.ids,
      );
      assert.match(rows[0]!.text, /đến hạn ngày 05\/12\/2026 \(2026-12-02\)/);
      const reads = await handle.db.selectFrom('notification_reads').select('notification_id').execute();
      assert.deepEqual(
        reads.map((r) => r.notification_id),
        [seeded.ids[0]],
      );
      if (dialect === 'sqlite') {
        assert.deepEqual((await sql`pragma foreign_key_check`.execute(handle.db)).rows, []);
        assert.deepEqual((await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(handle.db)).rows, [
          { foreign_keys: 1 },
        ]);
      }
    });

    it("takes a report's reminder without a task, once per day and unit, and new ids after the old ones", async () => {
      const reminder = {
        day: '2026-12-03',
        unit_id: seeded.unitId,
        task_id: null,
        occurrence_key: 'opinion:2026-11',
        kind: 'due_soon',
        due_at: '2026-12-05T16:59:59.999Z',
        text: 'Báo cáo “Tình hình tư tưởng và dư luận xã hội tháng 11/2026” đến hạn ngày 05/12/2026, còn 2 ngày.',
        link: '/quan-tri/du-luan/moi?ky=2026-11',
        created_at: AT,
      };
      const row = await handle.db
        .insertInto('notifications')
        .values(reminder)
        .returning('id')
        .executeTakeFirstOrThrow();
      assert.ok(row.id > Math.max(...seeded.ids));
      await assert.rejects(handle.db.insertInto('notifications').values(reminder).execute(), /unique|UNIQUE/);
      // Deleting the unit still takes its notifications and their read marks along.
      await handle.db.deleteFrom('tasks').execute();
      await handle.db.deleteFrom('units').where('id', '=', seeded.unitId).execute();
      assert.equal((await handle.db.selectFrom('notifications').select('id').execute()).length, 0);
      assert.equal((await handle.db.selectFrom('notification_reads').select('user_id').execute()).length, 0);
    });
  });
}

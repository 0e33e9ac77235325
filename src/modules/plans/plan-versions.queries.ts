// A plan's version and what each version changed: how a node knows whether the plan's rows it
// keeps in memory are current, and which tasks to read again when they are not (plan-facts-cache.ts,
// service/task-views.ts). `db` first so transactions pass through.
import { sql, type Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';
import { readUnitsStamp } from '../units/index.js';

type Executor = Db | Transaction<Database>;

/** Marks the plan's rows as changed, for every node's cache; call inside the write's transaction. */
export async function bumpPlanVersion(db: Executor, planId: number): Promise<number> {
  const row = await db
    .updateTable('plans')
    .set({ data_version: sql`data_version + 1` })
    .where('id', '=', planId)
    .returning('data_version')
    .executeTakeFirst();
  return Number(row?.data_version ?? 0);
}

// How many of a plan's latest task changes are kept: enough for a node that was a few hundred
// writes behind to catch up task by task; further behind, it reads the whole plan.
const KEPT_TASK_CHANGES = 500;

/** Records that the plan's `version` changed one task; call in the transaction that bumped it. */
export async function recordTaskChange(db: Executor, planId: number, version: number, taskId: number) {
  await db.insertInto('plan_task_changes').values({ plan_id: planId, version, task_id: taskId }).execute();
  if (version % 100 === 0)
    await db
      .deleteFrom('plan_task_changes')
      .where('plan_id', '=', planId)
      .where('version', '<=', version - KEPT_TASK_CHANGES)
      .execute();
}

/** The task each version in (after, upTo] changed; a version missing from the answer changed more. */
export async function listTaskChanges(db: Executor, planId: number, after: number, upTo: number) {
  return db
    .selectFrom('plan_task_changes')
    .select(['version', 'task_id'])
    .where('plan_id', '=', planId)
    .where('version', '>', after)
    .where('version', '<=', upTo)
    .execute();
}

/** What a cached copy of a plan's rows must match: the plan's version and the units' last change. */
export async function readPlanStamp(db: Executor, planId: number): Promise<string | undefined> {
  const [plan, units] = await Promise.all([
    db.selectFrom('plans').select(['data_version', 'year']).where('id', '=', planId).executeTakeFirst(),
    readUnitsStamp(db),
  ]);
  return plan && `${plan.data_version}/${plan.year}/${units}`;
}

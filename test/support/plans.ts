// The plan tracker's records the permission tables exercise: the demo's 2023 plan, a task of the unit
// reporter's unit, and a report the unit reporter filed on it.
import { DEMO_ACCOUNT } from './newsroom.js';
import type { TaskInput } from '../../src/modules/plans/index.js';
import type { TestApp } from './test-app.js';

/** The demo plan, a task of the unit reporter's unit, and a report the unit reporter filed on it. */
export async function planFixtures(t: TestApp) {
  const reporter = (await t.accounts.service.listUsers()).find((u) => u.email === DEMO_ACCOUNT.unit_reporter)!;
  const ctx = {
    actor: {
      id: reporter.id,
      name: reporter.name,
      email: reporter.email,
      roles: reporter.roles,
      unitId: reporter.unitId,
    },
    requestId: crypto.randomUUID(),
  };
  // The 2023 plan by its number: the demo also has this year's plan, and the report below is of 2023.
  const plan = (await t.plans.listPlans(ctx)).find((p) => p.number === '132/KH-ĐUK')!;
  const { tasks } = await t.plans.getPlan(ctx, plan.id);
  const task = tasks.find((x) => x.leadUnit.id === reporter.unitId)!;
  const report = await t.plans.fileReport(ctx, task.id, {
    unitId: reporter.unitId!,
    activityDate: '2023-06-15',
    body: 'Báo cáo cho bảng quyền',
    quantity: null,
    completed: false,
    articleIds: [],
  });
  return { programme: plan.programmeId!, plan: plan.id, task: task.id, report, reporterUnit: reporter.unitId! };
}

/** A one-off task's input with no recurrence and no target: what tests create most. */
export function onceTask(fields: {
  title: string;
  groupName: string;
  leadUnitId: number;
  coordinatorIds?: number[];
  deadline: string;
}): TaskInput {
  return {
    description: '',
    parentId: null,
    recurrence: 'once',
    recurDay: null,
    recurMonth: null,
    recurFrom: null,
    recurTo: null,
    targetQuantity: null,
    targetUnit: '',
    coordinatorIds: [],
    ...fields,
  };
}

/**
 * Sets the demo's own reminders aside, for a test that counts the ones its tasks make: the
 * tasks there so far are closed, and the first start's run (and its notifications) forgotten.
 */
export async function setAsideDemoReminders(t: TestApp) {
  await t.db
    .updateTable('tasks')
    .set({ closed_at: t.clock.now().toISOString() })
    .where('closed_at', 'is', null)
    .execute();
  await t.db.deleteFrom('notification_reads').execute();
  await t.db.deleteFrom('notifications').execute();
  await t.db.deleteFrom('reminder_runs').execute();
}

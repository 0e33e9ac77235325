// The figures of a plan's dashboard, from the same task views as the task list, so the numbers
// on the charts and in the list can never disagree.
import type { StatusCounts, TaskView } from './plans.types.js';
import { plansText } from './plans.vi.js';
import { summarise, type TaskStatus } from './task-status.js';

export interface PlanDashboard {
  summary: StatusCounts;
  byGroup: Array<{ group: string; summary: StatusCounts }>;
  byLeadUnit: Array<{ unitId: number; unitName: string; summary: StatusCounts }>;
  overdue: Array<{ taskId: number; title: string; leadUnit: string; deadline: string }>;
  targets: Array<{ taskId: number; title: string; target: number; actual: number; unit: string }>;
}

export function dashboardOf(tasks: readonly TaskView[]): PlanDashboard {
  const groups = new Map<string, TaskStatus[]>();
  const units = new Map<number, { name: string; statuses: TaskStatus[] }>();
  for (const t of tasks) {
    const group = t.groupName || plansText.otherGroup;
    (groups.get(group) ?? groups.set(group, []).get(group)!).push(t.status.status);
    const unit =
      units.get(t.leadUnit.id) ?? units.set(t.leadUnit.id, { name: t.leadUnit.name, statuses: [] }).get(t.leadUnit.id)!;
    unit.statuses.push(t.status.status);
  }
  return {
    summary: summarise(tasks.map((t) => t.status.status)),
    byGroup: [...groups].map(([group, statuses]) => ({ group, summary: summarise(statuses) })),
    byLeadUnit: [...units]
      .map(([unitId, u]) => ({ unitId, unitName: u.name, summary: summarise(u.statuses) }))
      .sort((a, b) => b.summary.overdue - a.summary.overdue || a.unitName.localeCompare(b.unitName, 'vi')),
    overdue: tasks
      .filter((t) => t.status.status === 'overdue')
      .map((t) => ({ taskId: t.id, title: t.title, leadUnit: t.leadUnit.name, deadline: t.deadlineText })),
    targets: tasks
      .filter((t) => t.targetQuantity !== null)
      .map((t) => ({
        taskId: t.id,
        title: t.title,
        target: t.status.target ?? t.targetQuantity!,
        actual: t.status.actual,
        unit: t.targetUnit,
      })),
  };
}

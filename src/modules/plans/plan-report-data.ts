// A plan as the exported progress report sees it: groups in order, tasks numbered as on the plan
// page, statuses and quantities as text. The same figures as the page, so the files match it.
import { formatDate } from '../../platform/i18n/format.js';
import { taskStatusLabels } from './task-status.js';
import { quantityText } from './task-text.js';
import type { StatusCounts, TaskView } from './plans.types.js';
import type { PlanReportData } from './exports/index.js';
import { planReportText } from './exports/plan-report.vi.js';
import { plansText } from './plans.vi.js';
import { groupTasks } from './task-grouping.js';

export function planReportData(input: {
  letterhead: { parentIssuer: string; issuer: string; place: string };
  plan: { number: string; title: string; issuer: string; issuedOn: string };
  tasks: TaskView[];
  summary: StatusCounts;
  date: Date;
}): PlanReportData {
  const { groups, numbering } = groupTasks(input.tasks);
  const issued = formatDate(input.plan.issuedOn);
  return {
    parentIssuer: input.letterhead.parentIssuer,
    issuer: input.letterhead.issuer,
    place: input.letterhead.place,
    date: input.date,
    title: planReportText.title,
    subtitle: planReportText.subtitle({
      number: input.plan.number,
      issued,
      issuer: input.plan.issuer,
      about: `${input.plan.title.charAt(0).toLowerCase()}${input.plan.title.slice(1)}`,
    }),
    groups: [...groups].map(([name, list]) => ({
      name: name || plansText.otherGroup,
      tasks: list.map((t) => ({
        no: numbering.get(t.id) ?? '',
        title: t.title,
        leadUnit: t.leadUnit.name,
        coordinators: t.coordinators.map((c) => c.name),
        deadline: t.deadlineText,
        target: quantityText(t.targetQuantity, t.targetUnit),
        actual: t.targetQuantity !== null ? quantityText(t.status.actual, t.targetUnit) : '',
        status: taskStatusLabels[t.status.status],
        note: t.closedAt ? plansText.closed : '',
      })),
    })),
    summary: {
      total: input.summary.total,
      doneOnTime: input.summary.done_on_time,
      doneLate: input.summary.done_late,
      overdue: input.summary.overdue,
      inProgress: input.summary.in_progress,
      notDue: input.summary.not_due,
    },
  };
}

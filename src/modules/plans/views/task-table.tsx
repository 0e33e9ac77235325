// The task table's head and rows, shared by a plan's page and a unit's list.
import { quantityText } from '../task-text.js';
import type { TaskView } from '../plans.types.js';
import { plansText } from '../plans.vi.js';
import { planPagesText } from './plan-pages.vi.js';
import { StatusBadge } from './status-summary.js';

const text = planPagesText.taskTable;

export function TaskRows(props: {
  tasks: TaskView[];
  numbering: Map<number, string>;
  showPlan?: (planId: number) => string;
}) {
  return (
    <>
      {props.tasks.map((t) => (
        <tr class={`task-row status-row-${t.status.status}`}>
          <td>{props.numbering.get(t.id)}</td>
          <td>
            <a href={`/quan-tri/nhiem-vu/${t.id}`}>{t.title}</a>
            {props.showPlan ? <p class="hint">{props.showPlan(t.planId)}</p> : null}
            {t.closedAt ? <p class="hint">{plansText.closed}</p> : null}
          </td>
          <td>{t.leadUnit.name}</td>
          <td>{t.coordinators.map((c) => c.name).join('; ')}</td>
          <td>{t.deadlineText}</td>
          <td>{quantityText(t.targetQuantity, t.targetUnit)}</td>
          <td>{t.targetQuantity !== null ? quantityText(t.status.actual, t.targetUnit) : ''}</td>
          <td>
            <StatusBadge status={t.status.status} />
          </td>
        </tr>
      ))}
    </>
  );
}

export function TaskTableHead() {
  return (
    <thead>
      <tr>
        <th scope="col">{text.no}</th>
        <th scope="col">{text.task}</th>
        <th scope="col">{text.leadUnit}</th>
        <th scope="col">{text.coordinators}</th>
        <th scope="col">{text.deadline}</th>
        <th scope="col">{text.target}</th>
        <th scope="col">{text.actual}</th>
        <th scope="col">{text.status}</th>
      </tr>
    </thead>
  );
}

// A unit's tasks across plans, overdue first; whoever sees every unit picks the unit.
import { TableFrame } from '../../../platform/views/table-frame.js';
import type { StatusCounts, TaskView } from '../plans.types.js';
import type { Choice } from './choices.js';
import { planPagesText } from './plan-pages.vi.js';
import { SummaryBar } from './status-summary.js';
import { TaskRows, TaskTableHead } from './task-table.js';

export function UnitTasksPage(props: {
  unitName: string;
  tasks: TaskView[];
  summary: StatusCounts;
  planLabel: (planId: number) => string;
  units?: Choice[];
  unitId: number;
}) {
  const numbering = new Map(props.tasks.map((t, i) => [t.id, String(i + 1)]));
  const text = planPagesText.unitTasks;
  return (
    <section>
      <h1 class="block-title" id="nhiem-vu-don-vi">
        {text.heading(props.unitName)}
      </h1>
      {props.units ? (
        <form method="get" action="/quan-tri/don-vi-cua-toi" class="filter-form unit-picker">
          <div>
            <label for="don-vi">{text.unit}</label>
            <select id="don-vi" name="don-vi">
              {props.units.map((u) => (
                <option value={String(u.id)} selected={u.id === props.unitId}>
                  {u.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit" class="button">
              {text.show}
            </button>
          </div>
        </form>
      ) : null}
      <p class="hint">{text.order}</p>
      <SummaryBar summary={props.summary} label={text.progressBar(props.unitName)} />
      <TableFrame labelledBy="nhiem-vu-don-vi">
        <table class="data-table task-table">
          <caption class="visually-hidden">{text.tableCaption}</caption>
          <TaskTableHead />
          <tbody>
            <TaskRows tasks={props.tasks} numbering={numbering} showPlan={props.planLabel} />
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}

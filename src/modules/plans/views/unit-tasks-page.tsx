// A unit's tasks across plans, overdue first; whoever sees every unit picks the unit.
import type { StatusCounts, TaskView } from '../plans.types.js';
import type { Choice } from './choices.js';
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
  return (
    <section>
      <h1 class="block-title">Nhiệm vụ của {props.unitName}</h1>
      {props.units ? (
        <form method="get" action="/quan-tri/don-vi-cua-toi" class="filter-form">
          <div>
            <label for="don-vi">Đơn vị</label>
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
              Xem
            </button>
          </div>
        </form>
      ) : null}
      <p class="hint">Nhiệm vụ quá hạn đứng trước, rồi đến việc đang làm và chưa đến hạn.</p>
      <SummaryBar summary={props.summary} label={`Tiến độ nhiệm vụ của ${props.unitName}`} />
      <div class="table-wrap">
        <table class="data-table task-table">
          <caption class="visually-hidden">Nhiệm vụ của đơn vị, quá hạn trước</caption>
          <TaskTableHead />
          <tbody>
            <TaskRows tasks={props.tasks} numbering={numbering} showPlan={props.planLabel} />
          </tbody>
        </table>
      </div>
    </section>
  );
}

// A plan's dashboard blocks: progress by group, by lead unit, and targets against results, each
// chart with its numbers.
import { quantityText } from '../task-text.js';
import type { PlanDashboard } from '../plan-dashboard.js';
import { planPagesText } from './plan-pages.vi.js';
import { SummaryBar } from './status-summary.js';

const text = planPagesText.dashboard;

/** Tasks by status for each lead unit, the units with the most overdue first. */
export function UnitTable(props: { units: PlanDashboard['byLeadUnit']; caption: string; linkUnits?: boolean }) {
  return (
    <div class="table-wrap">
      <table class="data-table compact">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.unit}</th>
            <th scope="col">{text.total}</th>
            <th scope="col">{text.onTime}</th>
            <th scope="col">{text.lateDone}</th>
            <th scope="col">{text.overdue}</th>
            <th scope="col">{text.inProgress}</th>
            <th scope="col">{text.notDue}</th>
          </tr>
        </thead>
        <tbody>
          {props.units.map((u) => (
            <tr>
              <th scope="row">
                {props.linkUnits ? (
                  <a href={`/quan-tri/don-vi-cua-toi?don-vi=${u.unitId}`}>{u.unitName}</a>
                ) : (
                  u.unitName
                )}
              </th>
              <td>{u.summary.total}</td>
              <td>{u.summary.done_on_time}</td>
              <td>{u.summary.done_late}</td>
              <td>{u.summary.overdue}</td>
              <td>{u.summary.in_progress}</td>
              <td>{u.summary.not_due}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Progress by group, by lead unit, and targets against results: charts with their numbers. */
export function DashboardBlocks(props: { dashboard: PlanDashboard }) {
  const d = props.dashboard;
  // A page shows the units and targets that need attention; the JSON dashboard has them all.
  const SHOWN = 30;
  const units = d.byLeadUnit.slice(0, SHOWN);
  const targets = [...d.targets].sort((a, b) => a.actual / a.target - b.actual / b.target).slice(0, SHOWN);
  const widest = Math.max(1, ...targets.map((t) => Math.max(t.target, t.actual)));
  return (
    <div class="dashboard-grid">
      <section class="block" aria-labelledby="theo-nhom">
        <h2 id="theo-nhom">{text.byGroup}</h2>
        {d.byGroup.map((g) => (
          <div class="group-progress">
            <h3>{g.group}</h3>
            <SummaryBar summary={g.summary} label={text.groupBar(g.group)} />
          </div>
        ))}
      </section>
      <section class="block" aria-labelledby="theo-don-vi">
        <h2 id="theo-don-vi">{text.byLeadUnit}</h2>
        <UnitTable units={units} caption={text.byLeadUnitCaption} />
        {d.byLeadUnit.length > SHOWN ? <p class="hint">{text.otherUnits(d.byLeadUnit.length - SHOWN)}</p> : null}
      </section>
      {d.targets.length > 0 ? (
        <section class="block" aria-labelledby="chi-tieu">
          <h2 id="chi-tieu">{text.targets}</h2>
          <ul class="target-list">
            {targets.map((t) => (
              <li>
                <a href={`/quan-tri/nhiem-vu/${t.taskId}`}>{t.title}</a>
                <svg
                  class="target-bar"
                  viewBox="0 0 100 8"
                  preserveAspectRatio="none"
                  width="100%"
                  height="16"
                  role="img"
                  aria-label={text.targetBar(t.target, t.actual, t.unit)}
                >
                  <rect x="0" y="0" width={((t.target / widest) * 100).toFixed(2)} height="8" class="bar-target" />
                  <rect
                    x="0"
                    y="2"
                    width={((Math.min(t.actual, widest) / widest) * 100).toFixed(2)}
                    height="4"
                    class={t.actual >= t.target ? 'bar-done_on_time' : 'bar-in_progress'}
                  />
                </svg>
                <span class="hint">
                  {text.targetReached(quantityText(t.actual, t.unit), quantityText(t.target, t.unit))}
                </span>
              </li>
            ))}
          </ul>
          {d.targets.length > SHOWN ? <p class="hint">{text.targetsShown(SHOWN, d.targets.length)}</p> : null}
        </section>
      ) : null}
    </div>
  );
}

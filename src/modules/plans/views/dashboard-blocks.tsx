// A plan's dashboard blocks: progress by group, by lead unit, and targets against results, each
// chart with its numbers.
import { TableFrame } from '../../../platform/views/table-frame.js';
import { quantityText } from '../task-text.js';
import type { PlanDashboard } from '../plan-dashboard.js';
import { planPagesText } from './plan-pages.vi.js';
import { SummaryBar } from './status-summary.js';

const text = planPagesText.dashboard;

/** Tasks by status for each lead unit, the units with the most overdue first. */
export function UnitTable(props: {
  units: PlanDashboard['byLeadUnit'];
  caption: string;
  /** The heading the table sits under: it names the frame the table scrolls in on a phone. */
  labelledBy: string;
  linkUnits?: boolean;
}) {
  return (
    <TableFrame labelledBy={props.labelledBy}>
      <table class="data-table compact unit-table">
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
    </TableFrame>
  );
}

/** How far a target is reached, in percent of that target (more than 100 when it is exceeded). */
export const percentOf = (actual: number, target: number) => (target > 0 ? Math.round((actual / target) * 100) : 0);

/**
 * Targets against results, each bar against its own target: "2/5 cuộc" and "43/50 bài" are read
 * on the same 0–100% scale (a bar stops at 100%; the figures beside it say by how much it passed).
 */
function TargetList(props: { targets: PlanDashboard['targets'] }) {
  return (
    <ul class="target-list">
      {props.targets.map((t) => {
        const percent = percentOf(t.actual, t.target);
        const actual = quantityText(t.actual, t.unit);
        const target = quantityText(t.target, t.unit);
        return (
          <li>
            <a href={`/quan-tri/nhiem-vu/${t.taskId}`}>{t.title}</a>
            <span class="target-row">
              <svg
                class="target-bar"
                viewBox="0 0 100 8"
                preserveAspectRatio="none"
                width="100%"
                height="16"
                role="img"
                aria-label={text.targetBar(actual, target, percent)}
              >
                <rect x="0" y="0" width="100" height="8" class="bar-target" />
                <rect
                  x="0"
                  y="0"
                  width={String(Math.min(100, percent))}
                  height="8"
                  class={t.actual >= t.target ? 'bar-done_on_time' : 'bar-in_progress'}
                />
              </svg>
              <span class="target-figures">{text.targetFigures(quantityText(t.actual, ''), target, percent)}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Progress by group and targets against results side by side, then the lead units at full width. */
export function DashboardBlocks(props: { dashboard: PlanDashboard }) {
  const d = props.dashboard;
  // A page shows the units and targets that need attention; the JSON dashboard has them all.
  const SHOWN = 30;
  const units = d.byLeadUnit.slice(0, SHOWN);
  const targets = [...d.targets].sort((a, b) => a.actual / a.target - b.actual / b.target).slice(0, SHOWN);
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
      {d.targets.length > 0 ? (
        <section class="block" aria-labelledby="chi-tieu">
          <h2 id="chi-tieu">{text.targets}</h2>
          <TargetList targets={targets} />
          {d.targets.length > SHOWN ? <p class="hint">{text.targetsShown(SHOWN, d.targets.length)}</p> : null}
        </section>
      ) : null}
      <section class="block dashboard-wide" aria-labelledby="theo-don-vi">
        <h2 id="theo-don-vi">{text.byLeadUnit}</h2>
        <UnitTable units={units} caption={text.byLeadUnitCaption} labelledBy="theo-don-vi" />
        {d.byLeadUnit.length > SHOWN ? <p class="hint">{text.otherUnits(d.byLeadUnit.length - SHOWN)}</p> : null}
      </section>
    </div>
  );
}

// A plan's dashboard blocks: progress by group, by lead unit, and targets against results, each
// chart with its numbers.
import { quantityText } from '../task-text.js';
import type { PlanDashboard } from '../plan-dashboard.js';
import { SummaryBar } from './status-summary.js';

/** Tasks by status for each lead unit, the units with the most overdue first. */
export function UnitTable(props: { units: PlanDashboard['byLeadUnit']; caption: string; linkUnits?: boolean }) {
  return (
    <div class="table-wrap">
      <table class="data-table compact">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Đơn vị</th>
            <th scope="col">Tổng</th>
            <th scope="col">Đúng hạn</th>
            <th scope="col">Quá hạn (đã xong)</th>
            <th scope="col">Quá hạn</th>
            <th scope="col">Đang làm</th>
            <th scope="col">Chưa đến hạn</th>
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
        <h2 id="theo-nhom">Tiến độ theo nhóm nhiệm vụ</h2>
        {d.byGroup.map((g) => (
          <div class="group-progress">
            <h3>{g.group}</h3>
            <SummaryBar summary={g.summary} label={`Tiến độ nhóm ${g.group}`} />
          </div>
        ))}
      </section>
      <section class="block" aria-labelledby="theo-don-vi">
        <h2 id="theo-don-vi">Theo đơn vị chủ trì</h2>
        <UnitTable units={units} caption="Số nhiệm vụ theo tình trạng của từng đơn vị chủ trì, nhiều quá hạn trước" />
        {d.byLeadUnit.length > SHOWN ? (
          <p class="hint">Và {d.byLeadUnit.length - SHOWN} đơn vị khác không có nhiệm vụ quá hạn nhiều hơn.</p>
        ) : null}
      </section>
      {d.targets.length > 0 ? (
        <section class="block" aria-labelledby="chi-tieu">
          <h2 id="chi-tieu">Chỉ tiêu và kết quả</h2>
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
                  aria-label={`Chỉ tiêu ${t.target}, đạt ${t.actual} ${t.unit}`}
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
                  Đạt {quantityText(t.actual, t.unit)} / chỉ tiêu {quantityText(t.target, t.unit)}
                </span>
              </li>
            ))}
          </ul>
          {d.targets.length > SHOWN ? (
            <p class="hint">
              {SHOWN} nhiệm vụ xa chỉ tiêu nhất trong {d.targets.length} nhiệm vụ có chỉ tiêu.
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

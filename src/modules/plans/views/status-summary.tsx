// A status as a badge, and the five counts as a bar with their numbers beside it.
import { formatNumber } from '../../../platform/i18n/format.js';
import { taskStatusLabels, type TaskStatus } from '../task-status.js';
import type { StatusCounts } from '../plans.types.js';
import { planPagesText } from './plan-pages.vi.js';

export const STATUSES: TaskStatus[] = ['done_on_time', 'done_late', 'overdue', 'in_progress', 'not_due'];

export function StatusBadge(props: { status: TaskStatus }) {
  return <span class={`badge status-${props.status}`}>{taskStatusLabels[props.status]}</span>;
}

/** The five counts as a bar and as text: the numbers are the chart's accessible form. */
export function SummaryBar(props: { summary: StatusCounts; label: string }) {
  const s = props.summary;
  return (
    <div class="status-summary">
      {s.total > 0 ? (
        <svg
          class="status-bar"
          viewBox="0 0 100 6"
          preserveAspectRatio="none"
          role="img"
          aria-label={props.label}
          width="100%"
          height="14"
        >
          {(() => {
            let x = 0;
            return STATUSES.map((status) => {
              const w = (s[status] / s.total) * 100;
              const rect =
                w > 0 ? <rect x={x.toFixed(3)} y="0" width={w.toFixed(3)} height="6" class={`bar-${status}`} /> : null;
              x += w;
              return rect;
            });
          })()}
        </svg>
      ) : null}
      <ul class="status-counts">
        <li>{planPagesText.summary.total(formatNumber(s.total))}</li>
        {STATUSES.map((status) => (
          <li>
            <span class={`dot bar-${status}`} aria-hidden="true"></span>
            {taskStatusLabels[status]}: {formatNumber(s[status])}
          </li>
        ))}
      </ul>
    </div>
  );
}

// "Thống kê truy cập": the four counters. The script replaces the numbers with the beacon's answer;
// without JavaScript the numbers are those of the cached page (a few seconds old) and the
// <noscript> pixel counts the visit.
import { vi } from '../../../platform/i18n/vi.js';
import { formatNumber } from '../../../platform/i18n/format.js';

export interface CountersView {
  online: number;
  today: number;
  week: number;
  total: number;
}

export function CountersWidget(props: { counters: CountersView; path: string }) {
  const { counters } = props;
  const rows: Array<[keyof CountersView, string]> = [
    ['online', vi.ui.online],
    ['today', vi.ui.today],
    ['week', vi.ui.thisWeek],
    ['total', vi.ui.allTime],
  ];
  return (
    <section class="counters" aria-labelledby="counters-title">
      <h2 id="counters-title">{vi.ui.visitStats}</h2>
      <dl>
        {rows.map(([key, label]) => (
          <div class="counter">
            <dt>{label}</dt>
            <dd data-counter={key}>{formatNumber(counters[key])}</dd>
          </div>
        ))}
      </dl>
      <p class="counters-note">
        <a href="/thong-ke">{vi.ui.statsMethod}</a>
      </p>
      <noscript>
        <img src={`/api/v1/hit.gif?path=${encodeURIComponent(props.path)}`} alt="" width="1" height="1" class="pixel" />
      </noscript>
    </section>
  );
}

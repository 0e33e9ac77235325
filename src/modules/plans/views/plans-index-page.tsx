// /quan-tri/ke-hoach: the plans with their progress, the overview across plans for whoever sees
// every unit, and the programmes.
import { formatDate } from '../../../platform/i18n/format.js';
import type { PlanDashboard } from '../plan-dashboard.js';
import type { Plan, Programme, StatusCounts } from '../plans.types.js';
import { UnitTable } from './dashboard-blocks.js';
import { SummaryBar } from './status-summary.js';

function IndexActions(props: { manages: boolean; myUnitHref?: string }) {
  return (
    <div class="actions">
      <h1 class="block-title">Kế hoạch và nhiệm vụ</h1>
      {props.manages ? (
        <>
          <a class="button" href="/quan-tri/ke-hoach/moi">
            Thêm kế hoạch
          </a>
          <a class="button button-secondary" href="/quan-tri/ke-hoach/de-an/moi">
            Thêm đề án
          </a>
        </>
      ) : null}
      {props.myUnitHref ? (
        <a class="button button-secondary" href={props.myUnitHref}>
          Nhiệm vụ của đơn vị
        </a>
      ) : null}
    </div>
  );
}

function Overview(props: { overview: PlanDashboard }) {
  const { overview } = props;
  return (
    <section class="block" aria-labelledby="tong-hop">
      <h2 id="tong-hop">Tổng hợp mọi kế hoạch</h2>
      <SummaryBar summary={overview.summary} label="Tiến độ chung của mọi kế hoạch" />
      <UnitTable
        units={overview.byLeadUnit.slice(0, 50)}
        caption="Số nhiệm vụ theo tình trạng của từng đơn vị chủ trì trong mọi kế hoạch, nhiều quá hạn trước"
        linkUnits
      />
      {overview.byLeadUnit.length > 50 ? (
        <p class="hint">
          50 đơn vị có nhiều nhiệm vụ quá hạn nhất trong {overview.byLeadUnit.length} đơn vị chủ trì; chọn một đơn vị để
          xem các nhiệm vụ của đơn vị đó.
        </p>
      ) : null}
    </section>
  );
}

function PlanCard(props: { plan: Plan & { summary: StatusCounts } }) {
  const p = props.plan;
  return (
    <article class="block plan-card">
      <h2>
        <a href={`/quan-tri/ke-hoach/${p.id}`}>
          Kế hoạch số {p.number}: {p.title}
        </a>
      </h2>
      <p class="meta">
        Ban hành ngày {formatDate(p.issuedOn)} · năm {p.year}
        {p.programmeNumber ? ` · thực hiện Đề án ${p.programmeNumber}` : ''}
      </p>
      <SummaryBar summary={p.summary} label={`Tiến độ kế hoạch ${p.number}`} />
    </article>
  );
}

function ProgrammeList(props: { programmes: Programme[]; manages: boolean }) {
  return (
    <section class="block">
      <h2>Đề án</h2>
      <ul>
        {props.programmes.map((pr) => (
          <li>
            {props.manages ? <a href={`/quan-tri/ke-hoach/de-an/${pr.id}`}>{pr.number}</a> : pr.number}: {pr.title} (
            {pr.startYear}–{pr.endYear})
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PlansIndex(props: {
  programmes: Programme[];
  plans: Array<Plan & { summary: StatusCounts }>;
  manages: boolean;
  myUnitHref?: string;
  overview?: PlanDashboard;
}) {
  return (
    <section>
      <IndexActions manages={props.manages} myUnitHref={props.myUnitHref} />
      {props.plans.length === 0 ? <p>Chưa có kế hoạch nào.</p> : null}
      {props.overview && props.overview.summary.total > 0 ? <Overview overview={props.overview} /> : null}
      {props.plans.map((p) => (
        <PlanCard plan={p} />
      ))}
      {props.programmes.length > 0 ? <ProgrammeList programmes={props.programmes} manages={props.manages} /> : null}
    </section>
  );
}

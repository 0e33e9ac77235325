// /quan-tri/ke-hoach: the plans with their progress, the overview across plans for whoever sees
// every unit, and the programmes.
import { formatDate } from '../../../platform/i18n/format.js';
import type { PlanDashboard } from '../plan-dashboard.js';
import type { Plan, Programme, StatusCounts } from '../plans.types.js';
import { UnitTable } from './dashboard-blocks.js';
import { planPagesText } from './plan-pages.vi.js';
import { SummaryBar } from './status-summary.js';
import { RegisterLinks, type RegisteredNumbers } from './register-links.js';

const text = planPagesText.index;

function IndexActions(props: { manages: boolean; myUnitHref?: string }) {
  return (
    <div class="actions">
      <h1 class="block-title">{text.heading}</h1>
      {props.manages ? (
        <>
          <a class="button" href="/quan-tri/ke-hoach/moi">
            {text.addPlan}
          </a>
          <a class="button button-secondary" href="/quan-tri/ke-hoach/de-an/moi">
            {text.addProgramme}
          </a>
        </>
      ) : null}
      {props.myUnitHref ? (
        <a class="button button-secondary" href={props.myUnitHref}>
          {text.unitTasks}
        </a>
      ) : null}
    </div>
  );
}

function Overview(props: { overview: PlanDashboard }) {
  const { overview } = props;
  return (
    <section class="block" aria-labelledby="tong-hop">
      <h2 id="tong-hop">{text.overviewHeading}</h2>
      <SummaryBar summary={overview.summary} label={text.overviewBar} />
      <UnitTable
        units={overview.byLeadUnit.slice(0, 50)}
        caption={text.overviewCaption}
        labelledBy="tong-hop"
        linkUnits
      />
      {overview.byLeadUnit.length > 50 ? (
        <p class="hint">{text.overviewShown(50, overview.byLeadUnit.length)}</p>
      ) : null}
    </section>
  );
}

function PlanCard(props: { plan: Plan & { summary: StatusCounts }; registered?: RegisteredNumbers }) {
  const p = props.plan;
  return (
    <article class="block plan-card">
      <h2>
        <a href={`/quan-tri/ke-hoach/${p.id}`}>{planPagesText.plan.heading(p.number, p.title)}</a>
      </h2>
      <p class="meta">
        {text.planMeta({ issued: formatDate(p.issuedOn), year: p.year, programmeNumber: p.programmeNumber })}
      </p>
      <RegisterLinks numbers={[p.number, p.programmeNumber]} registered={props.registered} />
      <SummaryBar summary={p.summary} label={planPagesText.plan.progressBar(p.number)} />
    </article>
  );
}

function ProgrammeList(props: { programmes: Programme[]; manages: boolean; registered?: RegisteredNumbers }) {
  return (
    <section class="block">
      <h2>{text.programmes}</h2>
      <ul>
        {props.programmes.map((pr) => (
          <li>
            {props.manages ? <a href={`/quan-tri/ke-hoach/de-an/${pr.id}`}>{pr.number}</a> : pr.number}: {pr.title} (
            {pr.startYear}–{pr.endYear})
            <RegisterLinks numbers={[pr.number]} registered={props.registered} />
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
  registered?: RegisteredNumbers;
}) {
  return (
    <section>
      <IndexActions manages={props.manages} myUnitHref={props.myUnitHref} />
      {props.plans.length === 0 ? <p>{text.noPlans}</p> : null}
      {props.overview && props.overview.summary.total > 0 ? <Overview overview={props.overview} /> : null}
      {props.plans.map((p) => (
        <PlanCard plan={p} registered={props.registered} />
      ))}
      {props.programmes.length > 0 ? (
        <ProgrammeList programmes={props.programmes} manages={props.manages} registered={props.registered} />
      ) : null}
    </section>
  );
}

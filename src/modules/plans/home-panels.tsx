// The plans' panels on the staff home page: a unit reporter's deadlines that need a report now,
// and a leader's view of the plans in progress and of the units furthest behind. Registered on
// the staff frame by the composition root; the accounts module only lays them out.
import type { Context } from 'hono';
import { formatDate } from '../../platform/i18n/format.js';
import { startOfVietnamDay } from '../../platform/time/vietnam-time.js';
import type { StaffEnv, StaffFrame } from '../accounts/index.js';
import { planContextOf } from './plan-context.js';
import type { Plans } from './plans.service.js';
import { deadlineWindow, type PlanProgress, type UnitBehind, type UnitDeadline } from './service/home-facts.js';
import { homePanelsText } from './home-panels.vi.js';
import { STATUSES } from './views/status-summary.js';

const SHOWN_DEADLINES = 5;
const SHOWN_PLANS = 6;
const SHOWN_UNITS = 5;
const DAY_MS = 86_400_000;

function DeadlineItem(props: { item: UnitDeadline; now: Date }) {
  const { item, now } = props;
  const t = homePanelsText.unit;
  const date = formatDate(item.dueAt);
  const daysLate = Math.round(
    (startOfVietnamDay(now).getTime() - startOfVietnamDay(new Date(item.dueAt)).getTime()) / DAY_MS,
  );
  return (
    <li class="home-item">
      <div class="home-item-text">
        <a href={`/quan-tri/nhiem-vu/${item.taskId}`}>{item.title}</a>
        <span class="hint">
          {t.plan(item.planNumber)} · {t.due(date)}
          {item.overdue ? ` · ${t.late(daysLate)}` : ''}
          {item.occurrences > 1
            ? ` · ${item.overdue ? t.missedPeriods(item.occurrences) : t.duePeriods(item.occurrences)}`
            : ''}
        </span>
      </div>
      <a
        class="button home-item-action"
        href={`/quan-tri/nhiem-vu/${item.taskId}#gui-bao-cao`}
        aria-label={t.reportLabel(item.title, date)}
      >
        {t.report}
      </a>
    </li>
  );
}

function DeadlineList(props: { heading: string; items: UnitDeadline[]; now: Date }) {
  if (props.items.length === 0) return null;
  const shown = props.items.slice(0, SHOWN_DEADLINES);
  return (
    <>
      <h3>{props.heading}</h3>
      <ul class="home-list">
        {shown.map((item) => (
          <DeadlineItem item={item} now={props.now} />
        ))}
      </ul>
      {props.items.length > shown.length ? <p>{homePanelsText.unit.more(props.items.length - shown.length)}</p> : null}
    </>
  );
}

/** This week's deadlines first (still in time), then the missed ones, each list kept short. */
function UnitDeadlines(props: { deadlines: UnitDeadline[]; now: Date }) {
  const t = homePanelsText.unit;
  const { nextWeekToo } = deadlineWindow(props.now);
  if (props.deadlines.length === 0) return <p>{nextWeekToo ? t.nothingTwoWeeks : t.nothing}</p>;
  const due = props.deadlines.filter((d) => !d.overdue);
  const overdue = props.deadlines.filter((d) => d.overdue);
  return (
    <>
      <DeadlineList
        heading={nextWeekToo ? t.dueTwoWeeksHeading(due.length) : t.dueHeading(due.length)}
        items={due}
        now={props.now}
      />
      <DeadlineList heading={t.overdueHeading(overdue.length)} items={overdue} now={props.now} />
    </>
  );
}

/** A plan's tasks by status as one bar; the figures are printed beside it and name it for screen readers. */
function PlanBar(props: { progress: PlanProgress }) {
  const { plan, summary: s } = props.progress;
  const t = homePanelsText.overview;
  const done = s.done_on_time + s.done_late;
  const percent = s.total > 0 ? Math.round((done / s.total) * 100) : 0;
  let x = 0;
  return (
    <li class="home-plan">
      <a href={`/quan-tri/ke-hoach/${plan.id}`}>{t.plan(plan.number, plan.title)}</a>
      <svg
        class="status-bar home-plan-bar"
        viewBox="0 0 100 6"
        preserveAspectRatio="none"
        role="img"
        aria-label={t.barLabel(plan.number, done, s.total, s.overdue)}
        width="100%"
        height="12"
      >
        {STATUSES.map((status) => {
          const w = s.total > 0 ? (s[status] / s.total) * 100 : 0;
          const rect =
            w > 0 ? <rect x={x.toFixed(3)} y="0" width={w.toFixed(3)} height="6" class={`bar-${status}`} /> : null;
          x += w;
          return rect;
        })}
      </svg>
      <span class="home-plan-figures">
        {t.done(done, s.total, percent)}; {t.counts(s.overdue, s.in_progress, s.not_due)}
      </span>
    </li>
  );
}

function PlansOverview(props: { plans: PlanProgress[]; unitsBehind: UnitBehind[] }) {
  const t = homePanelsText.overview;
  const shown = props.plans.slice(0, SHOWN_PLANS);
  const units = props.unitsBehind.slice(0, SHOWN_UNITS);
  return (
    <>
      <h3>{t.plansHeading}</h3>
      {shown.length === 0 ? <p>{t.noPlans}</p> : null}
      <ul class="home-list home-plans">
        {shown.map((progress) => (
          <PlanBar progress={progress} />
        ))}
      </ul>
      {props.plans.length > shown.length ? <p>{t.morePlans(props.plans.length - shown.length)}</p> : null}
      <h3>{t.unitsHeading}</h3>
      {units.length === 0 ? (
        <p>{t.noUnitsBehind}</p>
      ) : (
        <ol class="home-list home-units">
          {units.map((u) => (
            <li>
              <a href={`/quan-tri/don-vi-cua-toi?don-vi=${u.unitId}`}>{u.unitName}</a>
              <span class="hint">{t.unitCounts(u.overdue, u.doneLate)}</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

async function renderUnitPanel(c: Context<StaffEnv>, plans: Plans, now: () => Date) {
  const ctx = planContextOf(c);
  const t = homePanelsText.unit;
  if (ctx.actor.unitId === null) {
    // Only a unit reporter is told: an admin without a unit simply has no unit's work.
    return ctx.actor.roles.includes('unit_reporter') ? { title: t.title, body: <p>{t.noUnit}</p> } : undefined;
  }
  const deadlines = await plans.listUnitDeadlines(ctx);
  return {
    title: t.title,
    body: <UnitDeadlines deadlines={deadlines} now={now()} />,
    more: { href: '/quan-tri/don-vi-cua-toi', label: t.all },
  };
}

/** The plans' panels: the unit reporter's (order 10) and the leader's (order 30). */
export function addPlanHomePanels(frame: StaffFrame, plans: Plans, now: () => Date) {
  frame.addHomePanel({
    id: 'viec-cua-don-vi',
    permission: 'reports.file',
    roles: ['unit_reporter'],
    order: 10,
    render: (c) => renderUnitPanel(c, plans, now),
  });
  frame.addHomePanel({
    id: 'tien-do-ke-hoach',
    permission: 'plans.read_all',
    roles: ['leader'],
    order: 30,
    render: async (c) => ({
      title: homePanelsText.overview.title,
      body: <PlansOverview {...(await plans.plansOverview(planContextOf(c)))} />,
      more: { href: '/quan-tri/ke-hoach', label: homePanelsText.overview.all },
    }),
  });
}

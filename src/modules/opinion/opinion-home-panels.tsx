// The opinion reports' panels on the staff home page (/quan-tri), registered on the staff frame by
// the composition root: "Dư luận xã hội" for leaders and the admin (the period under review's
// filing figures, the open "điểm nóng" and "phức tạp" cases with the oldest one's age, a link to
// the overview), and a unit reporter's own unit in each open period with a "Nộp báo cáo" button.
// Editors and contributors get neither. The panels show counts, periods, dates and ages only, never
// a case's title or a report's text, so rendering them writes no audit rows (opinion-home.ts).
import type { Context } from 'hono';
import { formatDate, formatDateTime } from '../../platform/i18n/format.js';
import { staffContextOf, type StaffEnv, type StaffFrame } from '../accounts/index.js';
import { readsAllReports } from './opinion-access.js';
import type { LeaderSummary, OpinionHome, UnitPeriodStanding } from './opinion-home.js';
import { periodLabel } from './opinion.service.js';
import { opinionText, severityLabels } from './opinion.vi.js';
import { OPINION_PATH } from './views/report-pages.js';

const t = opinionText.home;
/** A deadline day (YYYY-MM-DD) as dd/mm/yyyy, read at noon in Vietnam so no zone moves it. */
const dayOf = (date: string) => formatDate(`${date}T12:00:00+07:00`);

function FilingFigures(props: { summary: LeaderSummary }) {
  const { periodKey, counts } = props.summary;
  const rows: Array<[string, string]> = [
    [t.filed, t.filedOf(counts.filed, counts.expected)],
    [t.late, t.units(counts.late)],
    [t.missing, t.units(counts.missing)],
  ];
  // Before the deadline nobody is "missing" yet: the units still in time are counted instead.
  if (counts.notDue > 0) rows.push([t.notDue, t.units(counts.notDue)]);
  return (
    <table class="data-table opinion-home-table">
      <caption>{t.filingCaption(periodLabel(periodKey))}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OpenCaseFigures(props: { summary: LeaderSummary }) {
  return (
    <table class="data-table opinion-home-table">
      <caption>{t.casesCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.severity}</th>
          <th scope="col">{t.count}</th>
          <th scope="col">{t.oldest}</th>
        </tr>
      </thead>
      <tbody>
        {props.summary.openCases.map((row) => (
          <tr class={`opinion-home-${row.severity}`}>
            <th scope="row">
              <span class={`badge badge-${row.severity}`}>{severityLabels[row.severity]}</span>
            </th>
            <td>{row.count}</td>
            <td>{row.oldestAgeDays === undefined ? t.none : t.days(row.oldestAgeDays)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

async function renderLeaderPanel(c: Context<StaffEnv>, home: OpinionHome) {
  const ctx = staffContextOf(c);
  if (!readsAllReports(ctx.actor)) return undefined;
  const summary = await home.leaderSummary(ctx);
  const body = (
    <>
      <p>{t.period(periodLabel(summary.periodKey), dayOf(summary.deadline))}</p>
      <FilingFigures summary={summary} />
      <OpenCaseFigures summary={summary} />
    </>
  );
  return {
    title: t.leaderTitle,
    body,
    more: { href: `${OPINION_PATH}/tong-hop?ky=${summary.periodKey}`, label: t.overviewLink },
  };
}

const BADGE_CLASS: Record<UnitPeriodStanding['status'], string> = {
  on_time: 'status-done_on_time',
  late: 'status-done_late',
  missing: 'status-overdue',
  not_due: 'status-not_due',
};

function PeriodItem(props: { standing: UnitPeriodStanding }) {
  const { periodKey, status, filedAt, reportId, deadline, closes } = props.standing;
  const label = periodLabel(periodKey);
  const detail = filedAt
    ? t.filedAt(formatDateTime(filedAt))
    : status === 'missing'
      ? t.overdue(dayOf(deadline), dayOf(closes))
      : t.dueBy(dayOf(deadline));
  return (
    <li class="home-item">
      <div class="home-item-text">
        <strong>{label}</strong> <span class={`badge ${BADGE_CLASS[status]}`}>{t.badges[status]}</span>
        <span class="hint">{detail}</span>
      </div>
      {reportId === undefined ? (
        <a class="button home-item-action" href={`${OPINION_PATH}/moi?ky=${periodKey}`} aria-label={t.fileLabel(label)}>
          {t.file}
        </a>
      ) : (
        <a class="home-item-action" href={`${OPINION_PATH}/${reportId}`} aria-label={t.viewLabel(label)}>
          {t.view}
        </a>
      )}
    </li>
  );
}

async function renderUnitPanel(c: Context<StaffEnv>, home: OpinionHome) {
  const ctx = staffContextOf(c);
  // Only a unit's own reporter: the admin, who may file too, has the leader's panel instead.
  if (!ctx.actor.roles.includes('unit_reporter')) return undefined;
  const standing = await home.unitStanding(ctx);
  if (!standing || standing.length === 0) return undefined;
  const body = (
    <>
      <h3 id="bao-cao-du-luan-ky">{t.unitCaption}</h3>
      <ul class="home-list" aria-labelledby="bao-cao-du-luan-ky">
        {standing.map((s) => (
          <PeriodItem standing={s} />
        ))}
      </ul>
    </>
  );
  return { title: t.unitTitle, body, more: { href: OPINION_PATH, label: t.allReports } };
}

/** The leader's panel (order 35, after the plans' progress) and the unit reporter's (order 20). */
export function addOpinionHomePanels(frame: StaffFrame, home: OpinionHome) {
  frame.addHomePanel({
    id: 'du-luan-xa-hoi',
    permission: 'opinion.read_all',
    order: 35,
    render: (c) => renderLeaderPanel(c, home),
  });
  frame.addHomePanel({
    id: 'bao-cao-du-luan',
    permission: 'opinion.file',
    roles: ['unit_reporter'],
    // After the unit's plan deadlines, before its notifications (which repeat these reminders).
    order: 20,
    render: (c) => renderUnitPanel(c, home),
  });
}

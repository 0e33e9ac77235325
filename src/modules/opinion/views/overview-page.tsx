// /quan-tri/du-luan/tong-hop: the leaders' overview of a period (who filed, late, not at all),
// the cases of the last 12 months by severity (an SVG chart and the same figures as a table), the
// open cases "điểm nóng" first with their age; and the period settings form.
import { formatDate, formatDateTime } from '../../../platform/i18n/format.js';
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { TableFrame } from '../../../platform/views/table-frame.js';
import { countStandings, type MonthOfCases, type OverviewData } from '../opinion-overview.js';
import type { SettingsFormValues } from '../opinion.schema.js';
import { periodLabel } from '../opinion.service.js';
import { PERIOD_KINDS, SEVERITIES } from '../opinion.tables.js';
import { filingStatusLabels, followUpLabels, opinionText, severityLabels } from '../opinion.vi.js';
import { LineField, SelectField } from './fields.js';
import { OPINION_PATH, RestrictedNotice } from './report-pages.js';

const t = opinionText.overview;
const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

function SeverityChart(props: { months: MonthOfCases[] }) {
  const max = Math.max(1, ...props.months.map((m) => m.total));
  const height = 160;
  const column = 46;
  return (
    <figure class="opinion-chart">
      <svg
        viewBox={`0 0 ${props.months.length * column} ${height + 24}`}
        role="img"
        aria-labelledby="opinion-chart-title"
        class="opinion-chart-svg"
      >
        <title id="opinion-chart-title">{t.chartCaption}</title>
        {props.months.map((m, i) => {
          let top = height;
          return (
            <g>
              {SEVERITIES.map((s) => {
                const h = (m.counts[s] / max) * height;
                top -= h;
                return h > 0 ? (
                  <rect x={i * column + 8} y={top} width={column - 16} height={h} class={`sev-${s}`}>
                    <title>{`${monthLabel(m.month)}: ${severityLabels[s]} ${m.counts[s]}`}</title>
                  </rect>
                ) : null;
              })}
              <text x={i * column + column / 2} y={height + 16} text-anchor="middle" class="chart-label">
                {m.month.slice(5, 7)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="chart-legend">
        {SEVERITIES.map((s) => (
          <li>
            <span class={`legend-swatch sev-${s}`} aria-hidden="true" /> {severityLabels[s]}
          </li>
        ))}
      </ul>
    </figure>
  );
}

function ChartTable(props: { months: MonthOfCases[] }) {
  return (
    <TableFrame labelledBy="opinion-chart-table">
      <table class="data-table compact">
        <caption id="opinion-chart-table">{t.chartCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.month}</th>
            {SEVERITIES.map((s) => (
              <th scope="col">{severityLabels[s]}</th>
            ))}
            <th scope="col">{t.total}</th>
          </tr>
        </thead>
        <tbody>
          {props.months.map((m) => (
            <tr>
              <th scope="row">{monthLabel(m.month)}</th>
              {SEVERITIES.map((s) => (
                <td>{m.counts[s]}</td>
              ))}
              <td>{m.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

function UnitsTable(props: { data: OverviewData }) {
  const { units } = props.data;
  const { filed, expected, late, missing } = countStandings(units);
  const label = periodLabel(props.data.periodKey);
  return (
    <section class="block" aria-labelledby="opinion-units">
      <h2 id="opinion-units">{t.units}</h2>
      <p>{t.counts(filed, expected, late, missing)}</p>
      <p>{t.deadline(formatDate(`${props.data.deadline}T12:00:00+07:00`))}</p>
      <TableFrame labelledBy="opinion-units-caption">
        <table class="data-table compact">
          <caption id="opinion-units-caption">{t.unitsCaption(label)}</caption>
          <thead>
            <tr>
              <th scope="col">{opinionText.list.unit}</th>
              <th scope="col">{opinionText.list.status}</th>
              <th scope="col">{opinionText.list.filedAt}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr class={`standing-${u.status}`}>
                <td>{u.reportId ? <a href={`${OPINION_PATH}/${u.reportId}`}>{u.name}</a> : u.name}</td>
                <td>{filingStatusLabels[u.status]}</td>
                <td>{u.filedAt ? formatDateTime(u.filedAt) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}

function OpenCases(props: { cases: OverviewData['openCases'] }) {
  return (
    <section class="block" aria-labelledby="opinion-open">
      <h2 id="opinion-open">{t.openCases}</h2>
      {props.cases.length === 0 ? (
        <p>{t.noOpenCases}</p>
      ) : (
        <TableFrame labelledBy="opinion-open-caption">
          <table class="data-table compact">
            <caption id="opinion-open-caption">{t.openCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{opinionText.caseForm.severity}</th>
                <th scope="col">{opinionText.caseForm.title}</th>
                <th scope="col">{opinionText.list.unit}</th>
                <th scope="col">{opinionText.caseForm.place}</th>
                <th scope="col">{t.age}</th>
                <th scope="col">{opinionText.caseForm.followUp}</th>
              </tr>
            </thead>
            <tbody>
              {props.cases.map((c) => (
                <tr class={`severity-${c.severity}`}>
                  <td>
                    <span class={`badge badge-${c.severity}`}>{severityLabels[c.severity]}</span>
                  </td>
                  <td>
                    <a href={`${OPINION_PATH}/${c.report_id}`}>{c.title}</a>
                  </td>
                  <td>{c.unit_name}</td>
                  <td>{c.place}</td>
                  <td>{t.ageDays(c.ageDays)}</td>
                  <td>{followUpLabels[c.follow_up]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}

export function OverviewPage(props: { data: OverviewData; periods: string[] }) {
  const key = props.data.periodKey;
  return (
    <section class="opinion-overview">
      <h1 class="block-title">{t.title}</h1>
      <RestrictedNotice />
      <form method="get" action={`${OPINION_PATH}/tong-hop`} class="form form-inline">
        <label for="ky">{t.choosePeriod}</label>{' '}
        <select id="ky" name="ky">
          {props.periods.map((p) => (
            <option value={p} selected={p === key}>
              {periodLabel(p)}
            </option>
          ))}
        </select>{' '}
        <button type="submit" class="button button-secondary">
          {t.show}
        </button>
      </form>
      <p>
        <a class="button" href={`${OPINION_PATH}/tong-hop/bao-cao.docx?ky=${key}`}>
          {t.download}
        </a>
      </p>
      <OpenCases cases={props.data.openCases} />
      <UnitsTable data={props.data} />
      <section class="block" aria-labelledby="opinion-chart">
        <h2 id="opinion-chart">{t.chart}</h2>
        <SeverityChart months={props.data.chart} />
        <ChartTable months={props.data.chart} />
      </section>
    </section>
  );
}

export function SettingsForm(props: {
  csrfToken: string;
  values: SettingsFormValues;
  errors?: Record<string, string>;
}) {
  const e = props.errors ?? {};
  const s = opinionText.settings;
  return (
    <section>
      <h1 class="block-title">{s.title}</h1>
      <form method="post" action={`${OPINION_PATH}/cai-dat`} class="form" novalidate>
        <ErrorSummary errors={e} onPage={['periodKind', 'deadlineDay', 'graceDays']} />
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <SelectField
          name="periodKind"
          label={s.periodKind}
          value={props.values.periodKind}
          errors={e}
          options={PERIOD_KINDS.map((k) => [k, opinionText.periodKinds[k]] as const)}
        />
        <LineField name="deadlineDay" label={s.deadlineDay} value={props.values.deadlineDay} errors={e} max={2} />
        <LineField
          name="graceDays"
          label={s.graceDays}
          value={props.values.graceDays}
          errors={e}
          max={2}
          hint={s.graceHint}
        />
        <div>
          <button type="submit" class="button">
            {s.save}
          </button>{' '}
          <a href={OPINION_PATH}>{opinionText.form.cancel}</a>
        </div>
      </form>
    </section>
  );
}

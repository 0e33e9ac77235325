// /quan-tri/du-luan: the list of reports this person may see, the report form (new and edit
// share it) and a report's page with its cases.
import { formatDate, formatDateTime } from '../../../platform/i18n/format.js';
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { TableFrame } from '../../../platform/views/table-frame.js';
import { closingDayOf, deadlineOf, filingStatus, isPeriodOpen, type PeriodRules } from '../opinion-periods.js';
import { LINE_MAX, LONG_MAX, type ReportFormValues } from '../opinion.schema.js';
import { type ListedReport, periodLabel, type ReportRow } from '../opinion.service.js';
import { CLASSIFICATIONS, type OpinionCaseRow } from '../opinion.tables.js';
import {
  classificationLabels,
  filingStatusLabels,
  followUpLabels,
  opinionText,
  severityLabels,
} from '../opinion.vi.js';
import { AreaField, SelectField } from './fields.js';

const t = opinionText;
export const OPINION_PATH = '/quan-tri/du-luan';

export const classificationOptions = CLASSIFICATIONS.map((c) => [c, classificationLabels[c]] as const);

export function RestrictedNotice() {
  return <p class="notice restricted-notice">{t.restrictedNotice}</p>;
}

export function rulesLine(rules: PeriodRules): string {
  return t.list.rules(rules.deadlineDay, rules.graceDays, t.periodKinds[rules.kind]);
}

export function ReportList(props: {
  reports: ListedReport[];
  rules: PeriodRules;
  now: Date;
  periods: string[];
  periodKey?: string;
  links: { file: boolean; overview: boolean; settings: boolean; noUnit: boolean };
}) {
  const { links } = props;
  return (
    <section>
      <h1 class="block-title">{t.list.title}</h1>
      <RestrictedNotice />
      <p>{rulesLine(props.rules)}</p>
      {links.noUnit ? <p class="notice">{t.list.noUnit}</p> : null}
      <p class="actions">
        {links.file ? (
          <a class="button" href={`${OPINION_PATH}/moi`}>
            {t.list.fileNew}
          </a>
        ) : null}{' '}
        {links.overview ? (
          <a class="button button-secondary" href={`${OPINION_PATH}/tong-hop`}>
            {t.list.overview}
          </a>
        ) : null}{' '}
        {links.settings ? <a href={`${OPINION_PATH}/cai-dat`}>{t.list.settings}</a> : null}
      </p>
      <form method="get" action={OPINION_PATH} class="form form-inline">
        <label for="ky">{t.list.filterPeriod}</label>{' '}
        <select id="ky" name="ky">
          <option value="">{t.list.allPeriods}</option>
          {props.periods.map((key) => (
            <option value={key} selected={key === props.periodKey}>
              {periodLabel(key)}
            </option>
          ))}
        </select>{' '}
        <button type="submit" class="button button-secondary">
          {t.list.filter}
        </button>
      </form>
      {props.reports.length === 0 ? (
        <p class="notice">{t.list.empty}</p>
      ) : (
        <TableFrame labelledBy="opinion-list-caption">
          <table class="data-table">
            <caption id="opinion-list-caption">{t.list.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.list.period}</th>
                <th scope="col">{t.list.unit}</th>
                <th scope="col">{t.list.filedAt}</th>
                <th scope="col">{t.list.status}</th>
                <th scope="col">{t.list.cases}</th>
                <th scope="col">{t.list.classification}</th>
              </tr>
            </thead>
            <tbody>
              {props.reports.map((r) => (
                <tr>
                  <td>
                    <a href={`${OPINION_PATH}/${r.id}`}>{periodLabel(r.period_key)}</a>
                  </td>
                  <td>{r.unit_name}</td>
                  <td>{formatDateTime(r.filed_at)}</td>
                  <td>{filingStatusLabels[filingStatus(r.period_key, props.rules, r.filed_at, props.now)]}</td>
                  <td>{Number(r.case_count ?? 0)}</td>
                  <td>{classificationLabels[r.classification]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}

export const emptyReportForm = (periodKey: string): ReportFormValues => ({
  periodKey,
  classification: 'noi_bo',
  membersSituation: '',
  topics: '',
  publicOpinion: '',
});

export const reportValuesOf = (r: ReportRow): ReportFormValues => ({
  periodKey: r.period_key,
  classification: r.classification,
  membersSituation: r.members_situation,
  topics: r.topics,
  publicOpinion: r.public_opinion,
});

export function ReportForm(props: {
  csrfToken: string;
  heading: string;
  action: string;
  values: ReportFormValues;
  errors?: Record<string, string>;
  /** The periods to choose from (a new report); absent when editing. */
  periods?: string[];
  back: string;
}) {
  const e = props.errors ?? {};
  const v = props.values;
  return (
    <section>
      <h1 class="block-title">{props.heading}</h1>
      <RestrictedNotice />
      <form method="post" action={props.action} class="form" novalidate>
        <ErrorSummary
          errors={e}
          onPage={['periodKey', 'classification', 'membersSituation', 'topics', 'publicOpinion']}
        />
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        {props.periods ? (
          <SelectField
            name="periodKey"
            label={t.form.period}
            value={v.periodKey}
            errors={e}
            hint={t.form.periodHint}
            options={props.periods.map((key) => [key, periodLabel(key)] as const)}
          />
        ) : null}
        <SelectField
          name="classification"
          label={t.form.classification}
          value={v.classification}
          errors={e}
          options={classificationOptions}
        />
        <AreaField
          name="membersSituation"
          label={t.form.membersSituation}
          value={v.membersSituation}
          errors={e}
          max={LONG_MAX}
        />
        <AreaField name="topics" label={t.form.topics} value={v.topics} errors={e} max={LINE_MAX * 10} rows={4} />
        <AreaField
          name="publicOpinion"
          label={t.form.publicOpinion}
          value={v.publicOpinion}
          errors={e}
          max={LONG_MAX}
        />
        <div>
          <button type="submit" class="button">
            {props.periods ? t.form.submit : t.form.save}
          </button>{' '}
          <a href={props.back}>{t.form.cancel}</a>
        </div>
      </form>
    </section>
  );
}

function CaseItem(props: { item: OpinionCaseRow; editable: boolean }) {
  const c = props.item;
  return (
    <li class={`opinion-case severity-${c.severity}`}>
      <h3>
        {c.title} <span class={`badge badge-${c.severity}`}>{severityLabels[c.severity]}</span>{' '}
        <span class="badge">{classificationLabels[c.classification]}</span>
      </h3>
      <dl class="facts">
        <dt>{t.caseForm.occurredOn}</dt>
        <dd>{formatDate(`${c.occurred_on}T00:00:00+07:00`)}</dd>
        <dt>{t.caseForm.place}</dt>
        <dd>{c.place}</dd>
        <dt>{t.caseForm.people}</dt>
        <dd class="prewrap">{c.people}</dd>
        <dt>{t.caseForm.actionsTaken}</dt>
        <dd class="prewrap">{c.actions_taken}</dd>
        <dt>{t.caseForm.followUp}</dt>
        <dd>{followUpLabels[c.follow_up]}</dd>
      </dl>
      {props.editable ? (
        <p>
          <a href={`${OPINION_PATH}/vu-viec/${c.id}`}>
            {t.report.editCase}: {c.title}
          </a>
        </p>
      ) : null}
    </li>
  );
}

export function ReportView(props: {
  report: ReportRow;
  cases: OpinionCaseRow[];
  rules: PeriodRules;
  editable: boolean;
  now: Date;
}) {
  const r = props.report;
  const topics = r.topics.split('\n').filter((line) => line.trim() !== '');
  const day = (date: string) => formatDate(`${date}T12:00:00+07:00`);
  return (
    <section class="opinion-report">
      <h1 class="block-title">{t.report.title(r.unit_name, periodLabel(r.period_key))}</h1>
      <RestrictedNotice />
      <p>
        <span class="badge">{classificationLabels[r.classification]}</span>{' '}
        {t.report.filed(formatDateTime(r.filed_at), r.filed_by_name ?? '')}{' '}
        {filingStatusLabels[filingStatus(r.period_key, props.rules, r.filed_at, new Date(r.filed_at))]}.
      </p>
      <p>
        {t.report.deadline(day(deadlineOf(r.period_key, props.rules)), day(closingDayOf(r.period_key, props.rules)))}
      </p>
      {props.editable ? (
        <p>
          <a class="button" href={`${OPINION_PATH}/${r.id}/sua`}>
            {t.report.edit}
          </a>{' '}
          <a class="button button-secondary" href={`${OPINION_PATH}/${r.id}/vu-viec/moi`}>
            {t.report.addCase}
          </a>
        </p>
      ) : isPeriodOpen(r.period_key, props.rules, props.now) ? null : (
        <p class="notice">{t.report.closed}</p>
      )}
      <h2>{t.form.membersSituation}</h2>
      <p class="prewrap">{r.members_situation}</p>
      <h2>{t.form.topics}</h2>
      {topics.length ? (
        <ul>
          {topics.map((topic) => (
            <li>{topic}</li>
          ))}
        </ul>
      ) : (
        <p>{t.report.noTopics}</p>
      )}
      <h2>{t.form.publicOpinion}</h2>
      <p class="prewrap">{r.public_opinion}</p>
      <h2>{t.report.cases}</h2>
      {props.cases.length ? (
        <ul class="opinion-cases">
          {props.cases.map((c) => (
            <CaseItem item={c} editable={props.editable} />
          ))}
        </ul>
      ) : (
        <p>{t.report.noCases}</p>
      )}
      <p>
        <a href={OPINION_PATH}>{t.report.back}</a>
      </p>
    </section>
  );
}

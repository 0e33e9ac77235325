// The case form ("vụ việc"): new and edit share it; the edit page also offers the delete.
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { LINE_MAX, LONG_MAX, type CaseFormValues } from '../opinion.schema.js';
import { FOLLOW_UPS, type OpinionCaseRow, SEVERITIES } from '../opinion.tables.js';
import { followUpLabels, opinionText, severityLabels } from '../opinion.vi.js';
import { AreaField, LineField, SelectField } from './fields.js';
import { classificationOptions, OPINION_PATH, RestrictedNotice } from './report-pages.js';

const t = opinionText.caseForm;
const FIELDS = ['title', 'severity', 'classification', 'occurredOn', 'place', 'people', 'actionsTaken', 'followUp'];

export const emptyCaseForm: CaseFormValues = {
  title: '',
  severity: 'binh_thuong',
  classification: 'noi_bo',
  occurredOn: '',
  place: '',
  people: '',
  actionsTaken: '',
  followUp: 'dang_theo_doi',
};

export const caseValuesOf = (c: OpinionCaseRow): CaseFormValues => ({
  title: c.title,
  severity: c.severity,
  classification: c.classification,
  occurredOn: `${c.occurred_on.slice(8, 10)}/${c.occurred_on.slice(5, 7)}/${c.occurred_on.slice(0, 4)}`,
  place: c.place,
  people: c.people,
  actionsTaken: c.actions_taken,
  followUp: c.follow_up,
});

export function CaseForm(props: {
  csrfToken: string;
  heading: string;
  action: string;
  values: CaseFormValues;
  errors?: Record<string, string>;
  reportId: number;
  /** The case being edited: its delete form is shown. */
  caseId?: number;
}) {
  const e = props.errors ?? {};
  const v = props.values;
  return (
    <section>
      <h1 class="block-title">{props.heading}</h1>
      <RestrictedNotice />
      <form method="post" action={props.action} class="form" novalidate>
        <ErrorSummary errors={e} onPage={FIELDS} />
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <LineField name="title" label={t.title} value={v.title} errors={e} max={LINE_MAX} />
        <SelectField
          name="severity"
          label={t.severity}
          value={v.severity}
          errors={e}
          options={SEVERITIES.map((s) => [s, severityLabels[s]] as const)}
        />
        <SelectField
          name="classification"
          label={t.classification}
          value={v.classification}
          errors={e}
          options={classificationOptions}
        />
        <LineField name="occurredOn" label={t.occurredOn} value={v.occurredOn} errors={e} max={10} />
        <LineField name="place" label={t.place} value={v.place} errors={e} max={LINE_MAX} />
        <AreaField
          name="people"
          label={t.people}
          value={v.people}
          errors={e}
          max={LONG_MAX}
          rows={3}
          hint={t.peopleHint}
        />
        <AreaField
          name="actionsTaken"
          label={t.actionsTaken}
          value={v.actionsTaken}
          errors={e}
          max={LONG_MAX}
          rows={4}
        />
        <SelectField
          name="followUp"
          label={t.followUp}
          value={v.followUp}
          errors={e}
          options={FOLLOW_UPS.map((f) => [f, followUpLabels[f]] as const)}
        />
        <div>
          <button type="submit" class="button">
            {t.submit}
          </button>{' '}
          <a href={`${OPINION_PATH}/${props.reportId}`}>{opinionText.form.cancel}</a>
        </div>
      </form>
      {props.caseId !== undefined ? <DeleteCase caseId={props.caseId} csrfToken={props.csrfToken} /> : null}
    </section>
  );
}

function DeleteCase(props: { caseId: number; csrfToken: string }) {
  return (
    <form method="post" action={`${OPINION_PATH}/vu-viec/${props.caseId}/xoa`} class="form">
      <h2>{t.remove}</h2>
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      <p class="hint">{t.removeWarning}</p>
      <div>
        <button type="submit" class="button button-secondary">
          {t.remove}
        </button>
      </div>
    </form>
  );
}

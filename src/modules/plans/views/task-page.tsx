// /quan-tri/nhiem-vu/:id: a task's facts and status, its occurrences, editors' confirmations, the
// report form for the units that may report, and the reports filed. A daily task has hundreds of
// occurrences and reports: both are read a page at a time, and the missed days are counted on top.
import { formatDate } from '../../../platform/i18n/format.js';
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import type { Completion, TaskView } from '../plans.types.js';
import { quantityText } from '../task-text.js';
import type { ArticleChoice, Choice } from './choices.js';
import type { OccurrenceFilter, OccurrenceListing } from './occurrence-filter.js';
import type { ReportFormValues } from './report-fields.js';
import { StatusBadge } from './status-summary.js';
import { taskPagesText } from './task-pages.vi.js';
import { CompletionForm, CompletionList, OccurrenceTable, taskPageHref } from './task-occurrences.js';
import { ReportFiling, ReportList, type ReportView } from './task-reports.js';

const text = taskPagesText.task;

function TaskFacts(props: { task: TaskView }) {
  const t = props.task;
  return (
    <dl class="task-facts">
      <dt>{text.status}</dt>
      <dd>
        <StatusBadge status={t.status.status} />
        {t.closedAt ? text.closedOn(formatDate(t.closedAt)) : ''}
      </dd>
      {t.groupName ? (
        <>
          <dt>{text.group}</dt>
          <dd>{t.groupName}</dd>
        </>
      ) : null}
      <dt>{text.leadUnit}</dt>
      <dd>{t.leadUnit.name}</dd>
      <dt>{text.coordinators}</dt>
      <dd>{t.coordinators.length > 0 ? t.coordinators.map((c) => c.name).join('; ') : text.noCoordinators}</dd>
      <dt>{text.deadline}</dt>
      <dd>{t.deadlineText}</dd>
      {t.targetQuantity !== null ? (
        <>
          <dt>{text.targetAndActual}</dt>
          <dd>
            {quantityText(t.targetQuantity, t.targetUnit)} / {quantityText(t.status.actual, t.targetUnit)}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function TaskActions(props: { task: TaskView; csrfToken: string }) {
  const t = props.task;
  return (
    <div class="actions">
      <a class="button button-secondary" href={`/quan-tri/nhiem-vu/${t.id}/sua`}>
        {text.edit}
      </a>
      <form method="post" action={`/quan-tri/nhiem-vu/${t.id}/${t.closedAt ? 'mo-lai' : 'dong'}`}>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <button type="submit" class="button button-secondary">
          {t.closedAt ? text.reopen : text.close}
        </button>
      </form>
    </div>
  );
}

/** Which occurrences and which pages the page shows, as its address asked. */
export interface TaskPageView {
  query: { filter: OccurrenceFilter; occurrencePage: number; reportPage: number };
  occurrences: OccurrenceListing;
  occurrencesPerPage: number;
  reportTotal: number;
  reportsPerPage: number;
}

export function TaskPage(props: {
  csrfToken: string;
  plan: { id: number; number: string };
  task: TaskView;
  view: TaskPageView;
  reports: ReportView[];
  completions: Completion[];
  manages: boolean;
  reportUnits: Choice[];
  form: ReportFormValues;
  errors: Record<string, string>;
  /** A refused confirmation as it was sent. */
  completion?: { occurrenceKey: string; reason: string };
  articleQuery: string;
  articleChoices: ArticleChoice[];
}) {
  const t = props.task;
  const { query } = props.view;
  return (
    <section>
      <p class="breadcrumb">
        <a href="/quan-tri/ke-hoach">{text.breadcrumbPlans}</a> ›{' '}
        <a href={`/quan-tri/ke-hoach/${props.plan.id}`}>{props.plan.number}</a> › {text.breadcrumbTask}
      </p>
      <h1 class="block-title">{t.title}</h1>
      <ErrorSummary errors={props.errors} />
      <TaskFacts task={t} />
      {t.description ? <p class="task-description">{t.description}</p> : null}
      {props.manages ? <TaskActions task={t} csrfToken={props.csrfToken} /> : null}
      <div class="task-columns">
        {t.recurrenceKind !== 'once' ? (
          <OccurrenceTable
            task={t}
            listing={props.view.occurrences}
            query={query}
            perPage={props.view.occurrencesPerPage}
          />
        ) : null}
        {props.manages || props.completions.length > 0 ? (
          <div>
            {props.manages ? (
              <CompletionForm task={t} csrfToken={props.csrfToken} errors={props.errors} values={props.completion} />
            ) : null}
            {props.completions.length > 0 ? <CompletionList completions={props.completions} /> : null}
          </div>
        ) : null}
      </div>
      {props.reportUnits.length > 0 ? (
        <ReportFiling
          task={t}
          csrfToken={props.csrfToken}
          units={props.reportUnits}
          form={props.form}
          errors={props.errors}
          articleQuery={props.articleQuery}
          articleChoices={props.articleChoices}
        />
      ) : t.closedAt ? (
        <p class="hint">{text.closedNoReports}</p>
      ) : null}
      <ReportList
        task={t}
        reports={props.reports}
        total={props.view.reportTotal}
        page={query.reportPage}
        perPage={props.view.reportsPerPage}
        hrefFor={(p) => taskPageHref(t.id, { ...query, reportPage: p }, 'cac-bao-cao')}
      />
    </section>
  );
}

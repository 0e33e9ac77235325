// /quan-tri/nhiem-vu/:id: a task's facts and status, its occurrences, editors' confirmations, the
// report form for the units that may report, and the reports filed.
import { formatDate } from '../../../platform/i18n/format.js';
import type { Completion, TaskView } from '../plans.types.js';
import { quantityText } from '../task-text.js';
import type { ArticleChoice, Choice } from './choices.js';
import type { ReportFormValues } from './report-fields.js';
import { StatusBadge } from './status-summary.js';
import { taskPagesText } from './task-pages.vi.js';
import { CompletionForm, CompletionList, OccurrenceTable } from './task-occurrences.js';
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

export function TaskPage(props: {
  csrfToken: string;
  plan: { id: number; number: string };
  task: TaskView;
  reports: ReportView[];
  completions: Completion[];
  manages: boolean;
  reportUnits: Choice[];
  form: ReportFormValues;
  errors: Record<string, string>;
  articleQuery: string;
  articleChoices: ArticleChoice[];
  now: string;
}) {
  const t = props.task;
  const now = props.now;
  const shownOccurrences =
    t.recurrenceKind === 'once'
      ? []
      : t.status.occurrences.filter((o) => o.dueAt <= now || o.status !== 'not_due').slice(-24);
  return (
    <section>
      <p class="breadcrumb">
        <a href="/quan-tri/ke-hoach">{text.breadcrumbPlans}</a> ›{' '}
        <a href={`/quan-tri/ke-hoach/${props.plan.id}`}>{props.plan.number}</a> › {text.breadcrumbTask}
      </p>
      <h1 class="block-title">{t.title}</h1>
      <TaskFacts task={t} />
      {t.description ? <p class="task-description">{t.description}</p> : null}
      {props.manages ? <TaskActions task={t} csrfToken={props.csrfToken} /> : null}
      {shownOccurrences.length > 0 ? <OccurrenceTable task={t} occurrences={shownOccurrences} /> : null}
      {props.manages ? <CompletionForm task={t} csrfToken={props.csrfToken} errors={props.errors} /> : null}
      {props.completions.length > 0 ? <CompletionList completions={props.completions} /> : null}
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
      <ReportList task={t} reports={props.reports} />
    </section>
  );
}

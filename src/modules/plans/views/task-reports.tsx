// A task's progress reports: the filing form (with the search for evidence articles) and the
// reports already filed, a page at a time, each with its files and its evidence.
import { formatDate, formatDateTime, formatNumber } from '../../../platform/i18n/format.js';
import { Pagination, pageCount } from '../../../platform/views/pagination.js';
import { AttachmentList, type AttachmentListItem } from '../../attachments/index.js';
import type { EvidenceArticle, ProgressReport, TaskView } from '../plans.types.js';
import { quantityText } from '../task-text.js';
import type { ArticleChoice, Choice } from './choices.js';
import { ReportFields, type ReportFormValues } from './report-fields.js';
import { taskPagesText } from './task-pages.vi.js';

/** A filed report as its task's page shows it: with the files this person may open. */
export interface ReportView extends ProgressReport {
  articles: EvidenceArticle[];
  attachments: AttachmentListItem[];
  mayCorrect: boolean;
}

export function ReportFiling(props: {
  task: TaskView;
  csrfToken: string;
  units: Choice[];
  form: ReportFormValues;
  errors: Record<string, string>;
  articleQuery: string;
  articleChoices: ArticleChoice[];
}) {
  const t = props.task;
  const text = taskPagesText.filing;
  return (
    <section class="block" aria-labelledby="gui-bao-cao">
      <h2 id="gui-bao-cao">{text.heading}</h2>
      <form
        method="get"
        action={`/quan-tri/nhiem-vu/${t.id}`}
        class="filter-form"
        role="search"
        aria-label={text.searchForm}
      >
        <div>
          <label for="tim-bai">{text.searchLabel}</label>
          <input id="tim-bai" name="tim-bai" type="search" value={props.articleQuery} />
        </div>
        <div>
          <button type="submit" class="button button-secondary">
            {text.search}
          </button>
        </div>
      </form>
      <form
        method="post"
        action={`/quan-tri/nhiem-vu/${t.id}/bao-cao`}
        class="form form-wide"
        enctype="multipart/form-data"
        novalidate
      >
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <ReportFields
          values={props.form}
          errors={props.errors}
          units={props.units}
          targetUnit={t.targetUnit}
          hasTarget={t.targetQuantity !== null}
          articleChoices={props.articleChoices}
        />
        <div>
          <button type="submit" class="button">
            {text.submit}
          </button>
        </div>
      </form>
    </section>
  );
}

function FiledReport(props: { task: TaskView; report: ReportView }) {
  const { task: t, report: r } = props;
  const text = taskPagesText.reports;
  const done = formatDate(r.activityDate);
  const filed = formatDateTime(r.filedAt);
  return (
    <article class="report">
      <h3>
        {t.recurrenceKind !== 'once'
          ? text.titleWithOccurrence(r.unit.name, done, formatDate(r.occurrenceKey))
          : text.title(r.unit.name, done)}
      </h3>
      <p class="meta">
        {r.version > 1
          ? text.filedAndCorrected(r.authorName, filed, r.version - 1, formatDateTime(r.updatedAt))
          : text.filedBy(r.authorName, filed)}
        {' · '}
        {r.quantity !== null ? text.quantity(quantityText(r.quantity, t.targetUnit)) : ''}
        {r.completed ? text.completed : ''}{' '}
        <a href={`/quan-tri/bao-cao/${r.id}`}>{r.mayCorrect ? text.correct : text.versions}</a>
      </p>
      <p class="report-body">{r.body}</p>
      <AttachmentList items={r.attachments} />
      {r.articles.length > 0 ? (
        <ul class="evidence">
          {r.articles.map((a) => (
            <li>
              <a href={a.url}>{a.title}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

/** One page of the reports, newest first, with the pages around it. */
export function ReportList(props: {
  task: TaskView;
  reports: ReportView[];
  total: number;
  page: number;
  perPage: number;
  hrefFor: (page: number) => string;
}) {
  const text = taskPagesText.reports;
  const first = (props.page - 1) * props.perPage + 1;
  return (
    <section class="block" aria-labelledby="cac-bao-cao">
      <h2 id="cac-bao-cao">{text.heading(formatNumber(props.total))}</h2>
      {props.total === 0 ? <p>{text.none}</p> : null}
      {props.total > props.perPage && props.reports.length > 0 ? (
        <p class="hint">
          {text.pageNote(
            formatNumber(first),
            formatNumber(first + props.reports.length - 1),
            formatNumber(props.total),
          )}
        </p>
      ) : null}
      {props.reports.map((r) => (
        <FiledReport task={props.task} report={r} />
      ))}
      <Pagination page={props.page} pages={pageCount(props.total, props.perPage)} hrefFor={props.hrefFor} />
    </section>
  );
}

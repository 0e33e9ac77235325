// /quan-tri/bao-cao/:id: one report, the correction form for its author, its files and every
// saved version.
import { formatDate, formatDateTime } from '../../../platform/i18n/format.js';
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { AttachmentList, type AttachmentListItem } from '../../attachments/index.js';
import type { ProgressReport, ReportRevision, TaskView } from '../plans.types.js';
import type { ArticleChoice } from './choices.js';
import { ReportFields, type ReportFormValues } from './report-fields.js';
import { taskPagesText } from './task-pages.vi.js';
import { TableFrame } from '../../../platform/views/table-frame.js';

function RevisionTable(props: { revisions: ReportRevision[] }) {
  const text = taskPagesText.versions;
  return (
    <section class="block">
      <h2>{text.heading}</h2>
      <TableFrame labelledBy="bang-phien-ban">
        <table class="data-table">
          <caption class="visually-hidden" id="bang-phien-ban">
            {text.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{text.version}</th>
              <th scope="col">{text.savedAt}</th>
              <th scope="col">{text.savedBy}</th>
              <th scope="col">{text.activityDate}</th>
              <th scope="col">{text.body}</th>
              <th scope="col">{text.quantity}</th>
            </tr>
          </thead>
          <tbody>
            {props.revisions.map((r) => (
              <tr>
                <td>{r.version}</td>
                <td>{formatDateTime(r.savedAt)}</td>
                <td>{r.savedByName}</td>
                <td>{formatDate(r.activityDate)}</td>
                <td>{r.body}</td>
                <td>{r.quantity ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}

function CorrectionForm(props: {
  csrfToken: string;
  task: TaskView;
  report: ProgressReport;
  values: ReportFormValues;
  errors: Record<string, string>;
  articleChoices: ArticleChoice[];
}) {
  const { task: t, report } = props;
  return (
    <form
      method="post"
      action={`/quan-tri/bao-cao/${report.id}`}
      class="form form-wide"
      enctype="multipart/form-data"
      novalidate
    >
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      <input type="hidden" name="version" value={String(report.version)} />
      <ReportFields
        values={props.values}
        errors={props.errors}
        units={[{ id: report.unit.id, label: report.unit.name }]}
        fixedUnit
        targetUnit={t.targetUnit}
        hasTarget={t.targetQuantity !== null}
        articleChoices={props.articleChoices}
      />
      <div>
        <button type="submit" class="button">
          {taskPagesText.report.save}
        </button>
      </div>
    </form>
  );
}

export function ReportPage(props: {
  csrfToken: string;
  task: TaskView;
  report: ProgressReport;
  values: ReportFormValues;
  errors: Record<string, string>;
  conflict?: boolean;
  mayCorrect: boolean;
  revisions: ReportRevision[];
  articleChoices: ArticleChoice[];
  attachments: AttachmentListItem[];
}) {
  const t = props.task;
  const text = taskPagesText.report;
  return (
    <section>
      <p class="breadcrumb">
        <a href={`/quan-tri/nhiem-vu/${t.id}`}>← {t.title}</a>
      </p>
      <h1 class="block-title">{text.heading(props.report.unit.name)}</h1>
      <ErrorSummary errors={props.errors} />
      {props.conflict ? (
        <p class="flash flash-error" role="alert">
          {text.conflict}
        </p>
      ) : null}
      {props.mayCorrect ? (
        <CorrectionForm
          csrfToken={props.csrfToken}
          task={t}
          report={props.report}
          values={props.values}
          errors={props.errors}
          articleChoices={props.articleChoices}
        />
      ) : (
        <p class="hint">{text.authorOnly}</p>
      )}
      {props.attachments.length > 0 ? (
        <section class="block">
          <h2>{text.files}</h2>
          <AttachmentList items={props.attachments} />
        </section>
      ) : null}
      <RevisionTable revisions={props.revisions} />
    </section>
  );
}

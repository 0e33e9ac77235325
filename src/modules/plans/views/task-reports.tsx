// A task's progress reports: the filing form (with the search for evidence articles) and the
// reports already filed, each with its files and its evidence.
import { formatDate, formatDateTime } from '../../../platform/i18n/format.js';
import { AttachmentList, type AttachmentListItem } from '../../attachments/index.js';
import type { EvidenceArticle, ProgressReport, TaskView } from '../plans.types.js';
import { quantityText } from '../task-text.js';
import type { ArticleChoice, Choice } from './choices.js';
import { ReportFields, type ReportFormValues } from './report-fields.js';

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
  return (
    <section class="block" aria-labelledby="gui-bao-cao">
      <h2 id="gui-bao-cao">Báo cáo tiến độ</h2>
      <form
        method="get"
        action={`/quan-tri/nhiem-vu/${t.id}`}
        class="filter-form"
        role="search"
        aria-label="Tìm bài viết làm minh chứng"
      >
        <div>
          <label for="tim-bai">Tìm bài viết đã đăng làm minh chứng</label>
          <input id="tim-bai" name="tim-bai" type="search" value={props.articleQuery} />
        </div>
        <div>
          <button type="submit" class="button button-secondary">
            Tìm bài
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
            Gửi báo cáo
          </button>
        </div>
      </form>
    </section>
  );
}

function FiledReport(props: { task: TaskView; report: ReportView }) {
  const { task: t, report: r } = props;
  return (
    <article class="report">
      <h3>
        {r.unit.name} · ngày thực hiện {formatDate(r.activityDate)}
        {t.recurrenceKind !== 'once' ? ` · kỳ hạn ${formatDate(r.occurrenceKey)}` : ''}
      </h3>
      <p class="meta">
        {r.authorName} gửi lúc {formatDateTime(r.filedAt)}
        {r.version > 1 ? ` · đã sửa ${r.version - 1} lần, lần cuối ${formatDateTime(r.updatedAt)}` : ''}
      </p>
      <p class="report-body">{r.body}</p>
      <p>
        {r.quantity !== null ? `Số lượng: ${quantityText(r.quantity, t.targetUnit)}. ` : ''}
        {r.completed ? 'Đơn vị báo đã hoàn thành.' : ''}
      </p>
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
      <p>
        <a href={`/quan-tri/bao-cao/${r.id}`}>{r.mayCorrect ? 'Sửa báo cáo / xem các lần sửa' : 'Xem các lần sửa'}</a>
      </p>
    </article>
  );
}

export function ReportList(props: { task: TaskView; reports: ReportView[] }) {
  return (
    <section class="block" aria-labelledby="cac-bao-cao">
      <h2 id="cac-bao-cao">Các báo cáo đã gửi ({props.reports.length})</h2>
      {props.reports.length === 0 ? <p>Chưa có báo cáo nào.</p> : null}
      {props.reports.map((r) => (
        <FiledReport task={props.task} report={r} />
      ))}
    </section>
  );
}

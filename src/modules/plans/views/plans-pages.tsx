// The plan tracker's pages: plans with their progress, a plan's tasks by group, a task with its
// occurrences and the units' reports, the report form, a unit's tasks. Server-rendered forms.
import { formatDate, formatDateTime, formatNumber } from '../../../platform/i18n/format.js';
import type { TaskStatus } from '../task-status.js';
import { taskStatusLabels } from '../task-status.js';
import { quantityText, type TaskView } from '../plans.service.js';
import type { PlanDashboard } from '../plan-dashboard.js';
import { AttachmentList, type AttachmentListItem } from '../../attachments/index.js';
import { Pagination } from '../../../platform/views/pagination.js';
import { FieldError } from '../../../platform/views/field-error.js';

export type Summary = Record<TaskStatus, number> & { total: number };
export interface Choice {
  id: number;
  label: string;
}

const STATUSES: TaskStatus[] = ['done_on_time', 'done_late', 'overdue', 'in_progress', 'not_due'];

export function StatusBadge(props: { status: TaskStatus }) {
  return <span class={`badge status-${props.status}`}>{taskStatusLabels[props.status]}</span>;
}

/** The five counts as a bar and as text: the numbers are the chart's accessible form. */
export function SummaryBar(props: { summary: Summary; label: string }) {
  const s = props.summary;
  return (
    <div class="status-summary">
      {s.total > 0 ? (
        <svg class="status-bar" viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label={props.label} width="100%" height="14">
          {(() => {
            let x = 0;
            return STATUSES.map((status) => {
              const w = (s[status] / s.total) * 100;
              const rect = w > 0 ? <rect x={x.toFixed(3)} y="0" width={w.toFixed(3)} height="6" class={`bar-${status}`} /> : null;
              x += w;
              return rect;
            });
          })()}
        </svg>
      ) : null}
      <ul class="status-counts">
        <li>Tổng số: {formatNumber(s.total)}</li>
        {STATUSES.map((status) => (
          <li>
            <span class={`dot bar-${status}`} aria-hidden="true"></span>
            {taskStatusLabels[status]}: {formatNumber(s[status])}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PlansIndex(props: {
  programmes: Array<{ id: number; number: string; title: string; start_year: number; end_year: number }>;
  plans: Array<{ id: number; number: string; title: string; issued_on: string; year: number; programme_number: string | null; summary: Summary }>;
  manages: boolean;
  myUnitHref?: string;
  overview?: PlanDashboard;
}) {
  return (
    <section>
      <div class="actions">
        <h1 class="block-title">Kế hoạch và nhiệm vụ</h1>
        {props.manages ? (
          <>
            <a class="button" href="/quan-tri/ke-hoach/moi">
              Thêm kế hoạch
            </a>
            <a class="button button-secondary" href="/quan-tri/ke-hoach/de-an/moi">
              Thêm đề án
            </a>
          </>
        ) : null}
        {props.myUnitHref ? (
          <a class="button button-secondary" href={props.myUnitHref}>
            Nhiệm vụ của đơn vị
          </a>
        ) : null}
      </div>
      {props.plans.length === 0 ? <p>Chưa có kế hoạch nào.</p> : null}
      {props.overview && props.overview.summary.total > 0 ? (
        <section class="block" aria-labelledby="tong-hop">
          <h2 id="tong-hop">Tổng hợp mọi kế hoạch</h2>
          <SummaryBar summary={props.overview.summary} label="Tiến độ chung của mọi kế hoạch" />
          <UnitTable units={props.overview.byLeadUnit.slice(0, 50)} caption="Số nhiệm vụ theo tình trạng của từng đơn vị chủ trì trong mọi kế hoạch, nhiều quá hạn trước" linkUnits />
          {props.overview.byLeadUnit.length > 50 ? <p class="hint">50 đơn vị có nhiều nhiệm vụ quá hạn nhất trong {props.overview.byLeadUnit.length} đơn vị chủ trì; chọn một đơn vị để xem các nhiệm vụ của đơn vị đó.</p> : null}
        </section>
      ) : null}
      {props.plans.map((p) => (
        <article class="block plan-card">
          <h2>
            <a href={`/quan-tri/ke-hoach/${p.id}`}>
              Kế hoạch số {p.number}: {p.title}
            </a>
          </h2>
          <p class="meta">
            Ban hành ngày {formatDate(p.issued_on)} · năm {p.year}
            {p.programme_number ? ` · thực hiện Đề án ${p.programme_number}` : ''}
          </p>
          <SummaryBar summary={p.summary} label={`Tiến độ kế hoạch ${p.number}`} />
        </article>
      ))}
      {props.programmes.length > 0 ? (
        <section class="block">
          <h2>Đề án</h2>
          <ul>
            {props.programmes.map((pr) => (
              <li>
                {props.manages ? <a href={`/quan-tri/ke-hoach/de-an/${pr.id}`}>{pr.number}</a> : pr.number}: {pr.title} ({pr.start_year}–{pr.end_year})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

function TaskRows(props: { tasks: TaskView[]; numbering: Map<number, string>; showPlan?: (planId: number) => string }) {
  return (
    <>
      {props.tasks.map((t) => (
        <tr class={`task-row status-row-${t.status.status}`}>
          <td>{props.numbering.get(t.id)}</td>
          <td>
            <a href={`/quan-tri/nhiem-vu/${t.id}`}>{t.title}</a>
            {props.showPlan ? <p class="hint">{props.showPlan(t.planId)}</p> : null}
            {t.closedAt ? <p class="hint">Đã đóng</p> : null}
          </td>
          <td>{t.leadUnit.name}</td>
          <td>{t.coordinators.map((c) => c.name).join('; ')}</td>
          <td>{t.deadlineText}</td>
          <td>{quantityText(t.targetQuantity, t.targetUnit)}</td>
          <td>{t.targetQuantity !== null ? quantityText(t.status.actual, t.targetUnit) : ''}</td>
          <td>
            <StatusBadge status={t.status.status} />
          </td>
        </tr>
      ))}
    </>
  );
}

function TaskTableHead() {
  return (
    <thead>
      <tr>
        <th scope="col">TT</th>
        <th scope="col">Nhiệm vụ</th>
        <th scope="col">Đơn vị chủ trì</th>
        <th scope="col">Đơn vị phối hợp</th>
        <th scope="col">Thời hạn</th>
        <th scope="col">Chỉ tiêu</th>
        <th scope="col">Kết quả</th>
        <th scope="col">Tình trạng</th>
      </tr>
    </thead>
  );
}

/** Groups in first-seen order; "1", "1.1" numbering by parent. */
export function groupTasks(tasks: TaskView[]) {
  const groups = new Map<string, TaskView[]>();
  for (const t of tasks) (groups.get(t.groupName) ?? groups.set(t.groupName, []).get(t.groupName)!).push(t);
  // Children by parent, once: numbering 5,000 tasks must not be quadratic.
  const ids = new Set(tasks.map((t) => t.id));
  const children = new Map<number, TaskView[]>();
  for (const t of tasks) if (t.parentId !== null && ids.has(t.parentId)) (children.get(t.parentId) ?? children.set(t.parentId, []).get(t.parentId)!).push(t);
  const numbering = new Map<number, string>();
  let n = 0;
  for (const list of groups.values()) {
    for (const t of list) {
      if (t.parentId !== null && ids.has(t.parentId)) continue;
      n += 1;
      numbering.set(t.id, String(n));
      let k = 0;
      for (const child of children.get(t.id) ?? []) numbering.set(child.id, `${n}.${++k}`);
    }
  }
  return { groups, numbering };
}

export function PlanPage(props: {
  plan: { id: number; number: string; title: string; issuer: string; issued_on: string; year: number; programme_number: string | null; programme_title: string | null };
  tasks: TaskView[];
  summary: Summary;
  dashboard: PlanDashboard;
  manages: boolean;
  seesAllUnits: boolean;
  documents: AttachmentListItem[];
  /** The list's page and status filter: a plan of thousands of tasks is read a page at a time. */
  page: number;
  perPage: number;
  statusFilter?: TaskStatus;
}) {
  const { plan } = props;
  // Numbers come from the whole plan, so task 137 is 137 on every page and in the exports.
  const { numbering } = groupTasks(props.tasks);
  const filtered = props.statusFilter ? props.tasks.filter((t) => t.status.status === props.statusFilter) : props.tasks;
  const pages = Math.max(1, Math.ceil(filtered.length / props.perPage));
  const { groups } = groupTasks(filtered.slice((props.page - 1) * props.perPage, props.page * props.perPage));
  const overdue = props.tasks.filter((t) => t.status.status === 'overdue');
  const OVERDUE_SHOWN = 30;
  const href = (page: number, status = props.statusFilter) => {
    const q = new URLSearchParams();
    if (status) q.set('tinh-trang', status);
    if (page > 1) q.set('trang', String(page));
    const s = q.toString();
    return `/quan-tri/ke-hoach/${plan.id}${s ? `?${s}` : ''}#nhiem-vu`;
  };
  return (
    <section>
      <p class="breadcrumb">
        <a href="/quan-tri/ke-hoach">Kế hoạch</a> › {plan.number}
      </p>
      <h1 class="block-title">
        Kế hoạch số {plan.number}: {plan.title}
      </h1>
      <p class="meta">
        {plan.issuer ? `${plan.issuer} · ` : ''}ban hành ngày {formatDate(plan.issued_on)} · năm {plan.year}
        {plan.programme_number ? ` · thực hiện Đề án ${plan.programme_number} ${plan.programme_title ?? ''}` : ''}
      </p>
      {props.documents.length > 0 ? (
        <div class="plan-documents">
          <strong>Văn bản kế hoạch:</strong> <AttachmentList items={props.documents} />
        </div>
      ) : null}
      {props.seesAllUnits ? null : <p class="hint">Bạn thấy các nhiệm vụ đơn vị mình chủ trì hoặc phối hợp.</p>}
      <div class="actions">
        {props.manages ? (
          <>
            <a class="button" href={`/quan-tri/ke-hoach/${plan.id}/nhiem-vu/moi`}>
              Thêm nhiệm vụ
            </a>
            <a class="button button-secondary" href={`/quan-tri/ke-hoach/${plan.id}/sua`}>
              Sửa thông tin kế hoạch
            </a>
          </>
        ) : null}
        <a class="button button-secondary" href={`/quan-tri/ke-hoach/${plan.id}/bao-cao-tien-do.docx`}>
          Tải báo cáo (Word)
        </a>
        <a class="button button-secondary" href={`/quan-tri/ke-hoach/${plan.id}/bao-cao-tien-do.xlsx`}>
          Tải báo cáo (Excel)
        </a>
      </div>
      <SummaryBar summary={props.summary} label={`Tiến độ kế hoạch ${plan.number}`} />
      {overdue.length > 0 ? (
        <section class="block overdue-list" aria-labelledby="qua-han">
          <h2 id="qua-han">Nhiệm vụ quá hạn ({overdue.length})</h2>
          <ul>
            {overdue.slice(0, OVERDUE_SHOWN).map((t) => (
              <li>
                <a href={`/quan-tri/nhiem-vu/${t.id}`}>{t.title}</a> · {t.leadUnit.name} · {t.deadlineText}
              </li>
            ))}
          </ul>
          {overdue.length > OVERDUE_SHOWN ? (
            <p>
              <a href={href(1, 'overdue')}>Xem cả {overdue.length} nhiệm vụ quá hạn</a>
            </p>
          ) : null}
        </section>
      ) : null}
      <DashboardBlocks dashboard={props.dashboard} />
      <h2 id="nhiem-vu" class="block-title">
        {props.statusFilter ? `Nhiệm vụ ${taskStatusLabels[props.statusFilter].toLowerCase()} (${filtered.length})` : `Các nhiệm vụ (${filtered.length})`}
      </h2>
      <nav aria-label="Lọc nhiệm vụ theo tình trạng" class="status-tabs">
        <ul>
          <li>
            <a href={href(1, undefined)} aria-current={props.statusFilter ? undefined : 'page'}>
              Tất cả
            </a>
          </li>
          {STATUSES.map((s) => (
            <li>
              <a href={href(1, s)} aria-current={props.statusFilter === s ? 'page' : undefined}>
                {taskStatusLabels[s]} ({props.summary[s]})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="table-wrap">
        <table class="data-table task-table">
          <caption class="visually-hidden">Nhiệm vụ của kế hoạch theo nhóm</caption>
          <TaskTableHead />
          {[...groups].map(([name, list]) => (
            <tbody>
              <tr class="group-row">
                <th scope="colgroup" colspan={8}>
                  {name || 'Nhiệm vụ khác'}
                </th>
              </tr>
              <TaskRows tasks={list} numbering={numbering} />
            </tbody>
          ))}
        </table>
      </div>
      {pages > 1 ? <Pagination page={props.page} pages={pages} hrefFor={(p) => href(p)} /> : null}
    </section>
  );
}

/** Tasks by status for each lead unit, the units with the most overdue first. */
function UnitTable(props: { units: PlanDashboard['byLeadUnit']; caption: string; linkUnits?: boolean }) {
  return (
    <div class="table-wrap">
      <table class="data-table compact">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Đơn vị</th>
            <th scope="col">Tổng</th>
            <th scope="col">Đúng hạn</th>
            <th scope="col">Quá hạn (đã xong)</th>
            <th scope="col">Quá hạn</th>
            <th scope="col">Đang làm</th>
            <th scope="col">Chưa đến hạn</th>
          </tr>
        </thead>
        <tbody>
          {props.units.map((u) => (
            <tr>
              <th scope="row">{props.linkUnits ? <a href={`/quan-tri/don-vi-cua-toi?don-vi=${u.unitId}`}>{u.unitName}</a> : u.unitName}</th>
              <td>{u.summary.total}</td>
              <td>{u.summary.done_on_time}</td>
              <td>{u.summary.done_late}</td>
              <td>{u.summary.overdue}</td>
              <td>{u.summary.in_progress}</td>
              <td>{u.summary.not_due}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Progress by group, by lead unit, and targets against results: charts with their numbers. */
export function DashboardBlocks(props: { dashboard: PlanDashboard }) {
  const d = props.dashboard;
  // A page shows the units and targets that need attention; the JSON dashboard has them all.
  const SHOWN = 30;
  const units = d.byLeadUnit.slice(0, SHOWN);
  const targets = [...d.targets].sort((a, b) => a.actual / a.target - b.actual / b.target).slice(0, SHOWN);
  const widest = Math.max(1, ...targets.map((t) => Math.max(t.target, t.actual)));
  return (
    <div class="dashboard-grid">
      <section class="block" aria-labelledby="theo-nhom">
        <h2 id="theo-nhom">Tiến độ theo nhóm nhiệm vụ</h2>
        {d.byGroup.map((g) => (
          <div class="group-progress">
            <h3>{g.group}</h3>
            <SummaryBar summary={g.summary} label={`Tiến độ nhóm ${g.group}`} />
          </div>
        ))}
      </section>
      <section class="block" aria-labelledby="theo-don-vi">
        <h2 id="theo-don-vi">Theo đơn vị chủ trì</h2>
        <UnitTable units={units} caption="Số nhiệm vụ theo tình trạng của từng đơn vị chủ trì, nhiều quá hạn trước" />
        {d.byLeadUnit.length > SHOWN ? <p class="hint">Và {d.byLeadUnit.length - SHOWN} đơn vị khác không có nhiệm vụ quá hạn nhiều hơn.</p> : null}
      </section>
      {d.targets.length > 0 ? (
        <section class="block" aria-labelledby="chi-tieu">
          <h2 id="chi-tieu">Chỉ tiêu và kết quả</h2>
          <ul class="target-list">
            {targets.map((t) => (
              <li>
                <a href={`/quan-tri/nhiem-vu/${t.taskId}`}>{t.title}</a>
                <svg class="target-bar" viewBox="0 0 100 8" preserveAspectRatio="none" width="100%" height="16" role="img" aria-label={`Chỉ tiêu ${t.target}, đạt ${t.actual} ${t.unit}`}>
                  <rect x="0" y="0" width={((t.target / widest) * 100).toFixed(2)} height="8" class="bar-target" />
                  <rect x="0" y="2" width={((Math.min(t.actual, widest) / widest) * 100).toFixed(2)} height="4" class={t.actual >= t.target ? 'bar-done_on_time' : 'bar-in_progress'} />
                </svg>
                <span class="hint">
                  Đạt {quantityText(t.actual, t.unit)} / chỉ tiêu {quantityText(t.target, t.unit)}
                </span>
              </li>
            ))}
          </ul>
          {d.targets.length > SHOWN ? <p class="hint">{SHOWN} nhiệm vụ xa chỉ tiêu nhất trong {d.targets.length} nhiệm vụ có chỉ tiêu.</p> : null}
        </section>
      ) : null}
    </div>
  );
}

export function UnitTasksPage(props: { unitName: string; tasks: TaskView[]; summary: Summary; planLabel: (planId: number) => string; units?: Choice[]; unitId: number }) {
  const numbering = new Map(props.tasks.map((t, i) => [t.id, String(i + 1)]));
  return (
    <section>
      <h1 class="block-title">Nhiệm vụ của {props.unitName}</h1>
      {props.units ? (
        <form method="get" action="/quan-tri/don-vi-cua-toi" class="filter-form">
          <div>
            <label for="don-vi">Đơn vị</label>
            <select id="don-vi" name="don-vi">
              {props.units.map((u) => (
                <option value={String(u.id)} selected={u.id === props.unitId}>
                  {u.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit" class="button">
              Xem
            </button>
          </div>
        </form>
      ) : null}
      <p class="hint">Nhiệm vụ quá hạn đứng trước, rồi đến việc đang làm và chưa đến hạn.</p>
      <SummaryBar summary={props.summary} label={`Tiến độ nhiệm vụ của ${props.unitName}`} />
      <div class="table-wrap">
        <table class="data-table task-table">
          <caption class="visually-hidden">Nhiệm vụ của đơn vị, quá hạn trước</caption>
          <TaskTableHead />
          <tbody>
            <TaskRows tasks={props.tasks} numbering={numbering} showPlan={props.planLabel} />
          </tbody>
        </table>
      </div>
    </section>
  );
}

export interface ReportFormValues {
  unitId: string;
  activityDate: string;
  body: string;
  quantity: string;
  completed: boolean;
  articleIds: string[];
}

export interface ReportView {
  id: number;
  unit: { id: number; name: string };
  occurrenceKey: string;
  activityDate: string;
  body: string;
  quantity: number | null;
  completed: boolean;
  authorName: string;
  filedAt: string;
  updatedAt: string;
  version: number;
  articles: Array<{ id: number; slug: string; title: string; live: boolean }>;
  attachments: AttachmentListItem[];
  mayCorrect: boolean;
}

export function ReportFields(props: {
  values: ReportFormValues;
  errors: Record<string, string>;
  units: Choice[];
  targetUnit: string;
  hasTarget: boolean;
  articleChoices: Array<{ id: number; title: string; url: string; publishedAt: string }>;
  fixedUnit?: boolean;
}) {
  const { values: v, errors: e } = props;
  return (
    <>
      <div class="form-row">
        <div>
          <label for="unitId">Đơn vị báo cáo</label>
          <select id="unitId" name="unitId" disabled={props.fixedUnit}>
            {props.units.map((u) => (
              <option value={String(u.id)} selected={v.unitId === String(u.id)}>
                {u.label}
              </option>
            ))}
          </select>
          {props.fixedUnit ? <input type="hidden" name="unitId" value={v.unitId} /> : null}
          <FieldError id="unitId" text={e.unitId} />
        </div>
        <div>
          <label for="activityDate">Ngày thực hiện</label>
          <input id="activityDate" name="activityDate" type="date" value={v.activityDate} required aria-describedby={e.activityDate ? 'activityDate-loi' : undefined} />
          <FieldError id="activityDate" text={e.activityDate} />
        </div>
      </div>
      <div>
        <label for="body">Nội dung đã thực hiện</label>
        <textarea id="body" name="body" rows={5} required aria-describedby={e.body ? 'body-loi' : undefined}>
          {v.body}
        </textarea>
        <FieldError id="body" text={e.body} />
      </div>
      <div class="form-row">
        {props.hasTarget ? (
          <div>
            <label for="quantity">Số lượng đạt được{props.targetUnit ? ` (${props.targetUnit})` : ''}</label>
            <input id="quantity" name="quantity" type="number" min="0" step="1" inputmode="numeric" value={v.quantity} aria-describedby={e.quantity ? 'quantity-loi' : undefined} />
            <FieldError id="quantity" text={e.quantity} />
          </div>
        ) : null}
        <div>
          <label class="checkbox">
            <input type="checkbox" name="completed" value="1" checked={v.completed} /> Đã hoàn thành nhiệm vụ (kỳ này)
          </label>
        </div>
      </div>
      {props.articleChoices.length > 0 ? (
        <fieldset>
          <legend>Bài viết làm minh chứng</legend>
          {props.articleChoices.map((a) => (
            <label class="checkbox">
              <input type="checkbox" name="articleIds" value={String(a.id)} checked={v.articleIds.includes(String(a.id))} /> {a.title} ({formatDate(a.publishedAt)})
            </label>
          ))}
          <FieldError id="articleIds" text={e.articleIds} />
        </fieldset>
      ) : (
        <FieldError id="articleIds" text={e.articleIds} />
      )}
      <div>
        <label for="files">Tệp đính kèm (biên bản, danh sách, ảnh)</label>
        <input id="files" name="files" type="file" multiple accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" aria-describedby={e.files ? 'files-hint files-loi' : 'files-hint'} />
        <p class="hint" id="files-hint">
          PDF, Word (.docx), Excel (.xlsx) hoặc ảnh JPEG/PNG; tối đa 10 tệp.
        </p>
        <FieldError id="files" text={e.files} />
      </div>
    </>
  );
}

export function TaskPage(props: {
  csrfToken: string;
  plan: { id: number; number: string };
  task: TaskView;
  reports: ReportView[];
  completions: Array<{ occurrence_key: string; at: string; reason: string; by_name: string }>;
  manages: boolean;
  reportUnits: Choice[];
  form: ReportFormValues;
  errors: Record<string, string>;
  articleQuery: string;
  articleChoices: Array<{ id: number; title: string; url: string; publishedAt: string }>;
  now: string;
}) {
  const t = props.task;
  const now = props.now;
  const shownOccurrences = t.recurrenceKind === 'once' ? [] : t.status.occurrences.filter((o) => o.dueAt <= now || o.status !== 'not_due').slice(-24);
  return (
    <section>
      <p class="breadcrumb">
        <a href="/quan-tri/ke-hoach">Kế hoạch</a> › <a href={`/quan-tri/ke-hoach/${props.plan.id}`}>{props.plan.number}</a> › Nhiệm vụ
      </p>
      <h1 class="block-title">{t.title}</h1>
      <dl class="task-facts">
        <dt>Tình trạng</dt>
        <dd>
          <StatusBadge status={t.status.status} />
          {t.closedAt ? ` (đã đóng ngày ${formatDate(t.closedAt)})` : ''}
        </dd>
        {t.groupName ? (
          <>
            <dt>Nhóm</dt>
            <dd>{t.groupName}</dd>
          </>
        ) : null}
        <dt>Đơn vị chủ trì</dt>
        <dd>{t.leadUnit.name}</dd>
        <dt>Đơn vị phối hợp</dt>
        <dd>{t.coordinators.length > 0 ? t.coordinators.map((c) => c.name).join('; ') : 'Không có'}</dd>
        <dt>Thời hạn</dt>
        <dd>{t.deadlineText}</dd>
        {t.targetQuantity !== null ? (
          <>
            <dt>Chỉ tiêu / kết quả</dt>
            <dd>
              {quantityText(t.targetQuantity, t.targetUnit)} / {quantityText(t.status.actual, t.targetUnit)}
            </dd>
          </>
        ) : null}
      </dl>
      {t.description ? <p class="task-description">{t.description}</p> : null}
      {props.manages ? (
        <div class="actions">
          <a class="button button-secondary" href={`/quan-tri/nhiem-vu/${t.id}/sua`}>
            Sửa nhiệm vụ
          </a>
          <form method="post" action={`/quan-tri/nhiem-vu/${t.id}/${t.closedAt ? 'mo-lai' : 'dong'}`}>
            <input type="hidden" name="_csrf" value={props.csrfToken} />
            <button type="submit" class="button button-secondary">
              {t.closedAt ? 'Mở lại nhiệm vụ' : 'Đóng nhiệm vụ (khóa báo cáo)'}
            </button>
          </form>
        </div>
      ) : null}

      {shownOccurrences.length > 0 ? (
        <section class="block">
          <h2>Các kỳ thực hiện</h2>
          <div class="table-wrap">
            <table class="data-table">
              <caption class="visually-hidden">Tình trạng từng kỳ, gần đây nhất sau cùng</caption>
              <thead>
                <tr>
                  <th scope="col">Hạn</th>
                  <th scope="col">Tình trạng</th>
                  {t.targetQuantity !== null ? <th scope="col">Kết quả</th> : null}
                </tr>
              </thead>
              <tbody>
                {shownOccurrences.map((o) => (
                  <tr>
                    <td>{formatDate(o.key)}</td>
                    <td>
                      <StatusBadge status={o.status} />
                    </td>
                    {t.targetQuantity !== null ? <td>{quantityText(o.actual, t.targetUnit)}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {props.manages && t.status.occurrences.some((o) => o.status === 'overdue' || o.status === 'in_progress' || o.status === 'not_due') ? (
        <section class="block">
          <h2>Xác nhận hoàn thành</h2>
          <form method="post" action={`/quan-tri/nhiem-vu/${t.id}/hoan-thanh`} class="form">
            <input type="hidden" name="_csrf" value={props.csrfToken} />
            <div>
              <label for="occurrenceKey">Kỳ</label>
              <select id="occurrenceKey" name="occurrenceKey">
                {t.status.occurrences
                  .filter((o) => o.status === 'overdue' || o.status === 'in_progress' || o.status === 'not_due')
                  .slice(0, 60)
                  .map((o) => (
                    <option value={o.key}>Hạn {formatDate(o.key)}</option>
                  ))}
              </select>
            </div>
            <div>
              <label for="reason">Lý do (ví dụ: đã có báo cáo bằng văn bản số …)</label>
              <textarea id="reason" name="reason" rows={2} required aria-describedby={props.errors.reason ? 'reason-loi' : undefined}></textarea>
              <FieldError id="reason" text={props.errors.reason} />
            </div>
            <div>
              <button type="submit" class="button">
                Xác nhận hoàn thành
              </button>
            </div>
          </form>
        </section>
      ) : null}
      {props.completions.length > 0 ? (
        <section class="block">
          <h2>Biên tập viên đã xác nhận hoàn thành</h2>
          <ul>
            {props.completions.map((c) => (
              <li>
                Kỳ {formatDate(c.occurrence_key)}: {c.by_name} xác nhận lúc {formatDateTime(c.at)} — {c.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {props.reportUnits.length > 0 ? (
        <section class="block" aria-labelledby="gui-bao-cao">
          <h2 id="gui-bao-cao">Báo cáo tiến độ</h2>
          <form method="get" action={`/quan-tri/nhiem-vu/${t.id}`} class="filter-form" role="search" aria-label="Tìm bài viết làm minh chứng">
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
          <form method="post" action={`/quan-tri/nhiem-vu/${t.id}/bao-cao`} class="form form-wide" enctype="multipart/form-data" novalidate>
            <input type="hidden" name="_csrf" value={props.csrfToken} />
            <ReportFields values={props.form} errors={props.errors} units={props.reportUnits} targetUnit={t.targetUnit} hasTarget={t.targetQuantity !== null} articleChoices={props.articleChoices} />
            <div>
              <button type="submit" class="button">
                Gửi báo cáo
              </button>
            </div>
          </form>
        </section>
      ) : t.closedAt ? (
        <p class="hint">Nhiệm vụ đã đóng: không nhận thêm báo cáo.</p>
      ) : null}

      <section class="block" aria-labelledby="cac-bao-cao">
        <h2 id="cac-bao-cao">Các báo cáo đã gửi ({props.reports.length})</h2>
        {props.reports.length === 0 ? <p>Chưa có báo cáo nào.</p> : null}
        {props.reports.map((r) => (
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
                  <li>{a.live ? <a href={`/tin-tuc/${a.slug}`}>{a.title}</a> : `${a.title} (bài đã gỡ)`}</li>
                ))}
              </ul>
            ) : null}
            <p>
              <a href={`/quan-tri/bao-cao/${r.id}`}>{r.mayCorrect ? 'Sửa báo cáo / xem các lần sửa' : 'Xem các lần sửa'}</a>
            </p>
          </article>
        ))}
      </section>
    </section>
  );
}

export function ReportPage(props: {
  csrfToken: string;
  task: TaskView;
  report: { id: number; unit_id: number; unit_name: string; version: number };
  values: ReportFormValues;
  errors: Record<string, string>;
  conflict?: boolean;
  mayCorrect: boolean;
  revisions: Array<{ version: number; activity_date: string; body: string; quantity: number | null; completed: number; article_ids: string; saved_by_name: string; saved_at: string }>;
  articleChoices: Array<{ id: number; title: string; url: string; publishedAt: string }>;
  attachments: AttachmentListItem[];
}) {
  const t = props.task;
  return (
    <section>
      <p class="breadcrumb">
        <a href={`/quan-tri/nhiem-vu/${t.id}`}>← {t.title}</a>
      </p>
      <h1 class="block-title">Báo cáo của {props.report.unit_name}</h1>
      {props.conflict ? (
        <p class="flash flash-error" role="alert">
          Báo cáo đã được sửa ở nơi khác trong khi bạn đang sửa; nội dung của bạn vẫn ở dưới đây. Hãy xem lại rồi lưu lần nữa.
        </p>
      ) : null}
      {props.mayCorrect ? (
        <form method="post" action={`/quan-tri/bao-cao/${props.report.id}`} class="form form-wide" enctype="multipart/form-data" novalidate>
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <input type="hidden" name="version" value={String(props.report.version)} />
          <ReportFields
            values={props.values}
            errors={props.errors}
            units={[{ id: props.report.unit_id, label: props.report.unit_name }]}
            fixedUnit
            targetUnit={t.targetUnit}
            hasTarget={t.targetQuantity !== null}
            articleChoices={props.articleChoices}
          />
          <div>
            <button type="submit" class="button">
              Lưu bản sửa
            </button>
          </div>
        </form>
      ) : (
        <p class="hint">Chỉ người gửi sửa được báo cáo, và chỉ khi nhiệm vụ chưa đóng.</p>
      )}
      {props.attachments.length > 0 ? (
        <section class="block">
          <h2>Tệp đính kèm</h2>
          <AttachmentList items={props.attachments} />
        </section>
      ) : null}
      <section class="block">
        <h2>Các phiên bản</h2>
        <div class="table-wrap">
          <table class="data-table">
            <caption class="visually-hidden">Mọi lần lưu của báo cáo, mới nhất trước</caption>
            <thead>
              <tr>
                <th scope="col">Phiên bản</th>
                <th scope="col">Lưu lúc</th>
                <th scope="col">Người lưu</th>
                <th scope="col">Ngày thực hiện</th>
                <th scope="col">Nội dung</th>
                <th scope="col">Số lượng</th>
              </tr>
            </thead>
            <tbody>
              {props.revisions.map((r) => (
                <tr>
                  <td>{r.version}</td>
                  <td>{formatDateTime(r.saved_at)}</td>
                  <td>{r.saved_by_name}</td>
                  <td>{formatDate(r.activity_date)}</td>
                  <td>{r.body}</td>
                  <td>{r.quantity ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </section>
  );
}

// /quan-tri/ke-hoach/:id: a plan with its documents, progress, overdue tasks, dashboard blocks, and
// its tasks by group, filtered by status and read a page at a time.
import { formatDate } from '../../../platform/i18n/format.js';
import { Pagination } from '../../../platform/views/pagination.js';
import { AttachmentList, type AttachmentListItem } from '../../attachments/index.js';
import type { PlanDashboard } from '../plan-dashboard.js';
import type { Plan, StatusCounts, TaskView } from '../plans.types.js';
import { groupTasks } from '../task-grouping.js';
import { taskStatusLabels, type TaskStatus } from '../task-status.js';
import { DashboardBlocks } from './dashboard-blocks.js';
import { STATUSES, SummaryBar } from './status-summary.js';
import { TaskRows, TaskTableHead } from './task-table.js';

const OVERDUE_SHOWN = 30;

/** The task list's address for a page and a status filter. */
function listHref(planId: number, page: number, status: TaskStatus | undefined) {
  const q = new URLSearchParams();
  if (status) q.set('tinh-trang', status);
  if (page > 1) q.set('trang', String(page));
  const s = q.toString();
  return `/quan-tri/ke-hoach/${planId}${s ? `?${s}` : ''}#nhiem-vu`;
}

function PlanHeading(props: { plan: Plan; documents: AttachmentListItem[]; seesAllUnits: boolean }) {
  const { plan } = props;
  return (
    <>
      <p class="breadcrumb">
        <a href="/quan-tri/ke-hoach">Kế hoạch</a> › {plan.number}
      </p>
      <h1 class="block-title">
        Kế hoạch số {plan.number}: {plan.title}
      </h1>
      <p class="meta">
        {plan.issuer ? `${plan.issuer} · ` : ''}ban hành ngày {formatDate(plan.issuedOn)} · năm {plan.year}
        {plan.programmeNumber ? ` · thực hiện Đề án ${plan.programmeNumber} ${plan.programmeTitle ?? ''}` : ''}
      </p>
      {props.documents.length > 0 ? (
        <div class="plan-documents">
          <strong>Văn bản kế hoạch:</strong> <AttachmentList items={props.documents} />
        </div>
      ) : null}
      {props.seesAllUnits ? null : <p class="hint">Bạn thấy các nhiệm vụ đơn vị mình chủ trì hoặc phối hợp.</p>}
    </>
  );
}

function PlanActions(props: { planId: number; manages: boolean }) {
  return (
    <div class="actions">
      {props.manages ? (
        <>
          <a class="button" href={`/quan-tri/ke-hoach/${props.planId}/nhiem-vu/moi`}>
            Thêm nhiệm vụ
          </a>
          <a class="button button-secondary" href={`/quan-tri/ke-hoach/${props.planId}/sua`}>
            Sửa thông tin kế hoạch
          </a>
        </>
      ) : null}
      <a class="button button-secondary" href={`/quan-tri/ke-hoach/${props.planId}/bao-cao-tien-do.docx`}>
        Tải báo cáo (Word)
      </a>
      <a class="button button-secondary" href={`/quan-tri/ke-hoach/${props.planId}/bao-cao-tien-do.xlsx`}>
        Tải báo cáo (Excel)
      </a>
    </div>
  );
}

function OverdueList(props: { planId: number; overdue: TaskView[] }) {
  const { overdue } = props;
  return (
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
          <a href={listHref(props.planId, 1, 'overdue')}>Xem cả {overdue.length} nhiệm vụ quá hạn</a>
        </p>
      ) : null}
    </section>
  );
}

function StatusTabs(props: { planId: number; summary: StatusCounts; statusFilter?: TaskStatus }) {
  return (
    <nav aria-label="Lọc nhiệm vụ theo tình trạng" class="status-tabs">
      <ul>
        <li>
          <a href={listHref(props.planId, 1, undefined)} aria-current={props.statusFilter ? undefined : 'page'}>
            Tất cả
          </a>
        </li>
        {STATUSES.map((s) => (
          <li>
            <a href={listHref(props.planId, 1, s)} aria-current={props.statusFilter === s ? 'page' : undefined}>
              {taskStatusLabels[s]} ({props.summary[s]})
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function GroupedTaskTable(props: { groups: Map<string, TaskView[]>; numbering: Map<number, string> }) {
  return (
    <div class="table-wrap">
      <table class="data-table task-table">
        <caption class="visually-hidden">Nhiệm vụ của kế hoạch theo nhóm</caption>
        <TaskTableHead />
        {[...props.groups].map(([name, list]) => (
          <tbody>
            <tr class="group-row">
              <th scope="colgroup" colspan={8}>
                {name || 'Nhiệm vụ khác'}
              </th>
            </tr>
            <TaskRows tasks={list} numbering={props.numbering} />
          </tbody>
        ))}
      </table>
    </div>
  );
}

export function PlanPage(props: {
  plan: Plan;
  tasks: TaskView[];
  summary: StatusCounts;
  dashboard: PlanDashboard;
  manages: boolean;
  seesAllUnits: boolean;
  documents: AttachmentListItem[];
  /** The list's page and status filter: a plan of thousands of tasks is read a page at a time. */
  page: number;
  perPage: number;
  statusFilter?: TaskStatus;
}) {
  const { plan, statusFilter } = props;
  // Numbers come from the whole plan, so task 137 is 137 on every page and in the exports.
  const { numbering } = groupTasks(props.tasks);
  const filtered = statusFilter ? props.tasks.filter((t) => t.status.status === statusFilter) : props.tasks;
  const pages = Math.max(1, Math.ceil(filtered.length / props.perPage));
  const { groups } = groupTasks(filtered.slice((props.page - 1) * props.perPage, props.page * props.perPage));
  const overdue = props.tasks.filter((t) => t.status.status === 'overdue');
  return (
    <section>
      <PlanHeading plan={plan} documents={props.documents} seesAllUnits={props.seesAllUnits} />
      <PlanActions planId={plan.id} manages={props.manages} />
      <SummaryBar summary={props.summary} label={`Tiến độ kế hoạch ${plan.number}`} />
      {overdue.length > 0 ? <OverdueList planId={plan.id} overdue={overdue} /> : null}
      <DashboardBlocks dashboard={props.dashboard} />
      <h2 id="nhiem-vu" class="block-title">
        {statusFilter
          ? `Nhiệm vụ ${taskStatusLabels[statusFilter].toLowerCase()} (${filtered.length})`
          : `Các nhiệm vụ (${filtered.length})`}
      </h2>
      <StatusTabs planId={plan.id} summary={props.summary} statusFilter={statusFilter} />
      <GroupedTaskTable groups={groups} numbering={numbering} />
      {pages > 1 ? (
        <Pagination page={props.page} pages={pages} hrefFor={(p) => listHref(plan.id, p, statusFilter)} />
      ) : null}
    </section>
  );
}

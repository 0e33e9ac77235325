// /quan-tri/ke-hoach/:id: a plan with its documents, progress, overdue tasks, dashboard blocks, and
// its tasks by group, filtered by status and read a page at a time.
import { formatDate } from '../../../platform/i18n/format.js';
import { Pagination } from '../../../platform/views/pagination.js';
import { TableFrame } from '../../../platform/views/table-frame.js';
import { AttachmentList, type AttachmentListItem } from '../../attachments/index.js';
import type { PlanDashboard } from '../plan-dashboard.js';
import type { Plan, StatusCounts, TaskView } from '../plans.types.js';
import { groupTasks } from '../task-grouping.js';
import { taskStatusLabels, type TaskStatus } from '../task-status.js';
import { plansText } from '../plans.vi.js';
import { DashboardBlocks } from './dashboard-blocks.js';
import { planPagesText } from './plan-pages.vi.js';
import { STATUSES, SummaryBar } from './status-summary.js';
import { TaskRows, TaskTableHead } from './task-table.js';
import { RegisterLinks, type RegisteredNumbers } from './register-links.js';

const OVERDUE_SHOWN = 30;
const text = planPagesText.plan;

/** The task list's address for a page and a status filter. */
function listHref(planId: number, page: number, status: TaskStatus | undefined) {
  const q = new URLSearchParams();
  if (status) q.set('tinh-trang', status);
  if (page > 1) q.set('trang', String(page));
  const s = q.toString();
  return `/quan-tri/ke-hoach/${planId}${s ? `?${s}` : ''}#nhiem-vu`;
}

function PlanHeading(props: {
  plan: Plan;
  documents: AttachmentListItem[];
  seesAllUnits: boolean;
  registered?: RegisteredNumbers;
}) {
  const { plan } = props;
  return (
    <>
      <p class="breadcrumb">
        <a href="/quan-tri/ke-hoach">{text.breadcrumb}</a> › {plan.number}
      </p>
      <h1 class="block-title">{text.heading(plan.number, plan.title)}</h1>
      <p class="meta">
        {text.meta({
          issuer: plan.issuer,
          issued: formatDate(plan.issuedOn),
          year: plan.year,
          programmeNumber: plan.programmeNumber,
          programmeTitle: plan.programmeTitle,
        })}
      </p>
      <RegisterLinks numbers={[plan.number, plan.programmeNumber]} registered={props.registered} />
      {props.documents.length > 0 ? (
        <div class="plan-documents">
          <strong>{text.documents}</strong> <AttachmentList items={props.documents} />
        </div>
      ) : null}
      {props.seesAllUnits ? null : <p class="hint">{text.ownUnitOnly}</p>}
    </>
  );
}

function PlanActions(props: { planId: number; manages: boolean }) {
  return (
    <div class="actions">
      {props.manages ? (
        <>
          <a class="button" href={`/quan-tri/ke-hoach/${props.planId}/nhiem-vu/moi`}>
            {text.addTask}
          </a>
          <a class="button button-secondary" href={`/quan-tri/ke-hoach/${props.planId}/sua`}>
            {text.editPlan}
          </a>
        </>
      ) : null}
      <a class="button button-secondary" href={`/quan-tri/ke-hoach/${props.planId}/bao-cao-tien-do.docx`}>
        {text.downloadWord}
      </a>
      <a class="button button-secondary" href={`/quan-tri/ke-hoach/${props.planId}/bao-cao-tien-do.xlsx`}>
        {text.downloadExcel}
      </a>
    </div>
  );
}

function OverdueList(props: { planId: number; overdue: TaskView[] }) {
  const { overdue } = props;
  return (
    <section class="block overdue-list" aria-labelledby="qua-han">
      <h2 id="qua-han">{text.overdueHeading(overdue.length)}</h2>
      <ul>
        {overdue.slice(0, OVERDUE_SHOWN).map((t) => (
          <li>
            <a href={`/quan-tri/nhiem-vu/${t.id}`}>{t.title}</a> · {t.leadUnit.name} · {t.deadlineText}
          </li>
        ))}
      </ul>
      {overdue.length > OVERDUE_SHOWN ? (
        <p>
          <a href={listHref(props.planId, 1, 'overdue')}>{text.allOverdue(overdue.length)}</a>
        </p>
      ) : null}
    </section>
  );
}

function StatusTabs(props: { planId: number; summary: StatusCounts; statusFilter?: TaskStatus }) {
  return (
    <nav aria-label={text.statusFilter} class="status-tabs">
      <ul>
        <li>
          <a href={listHref(props.planId, 1, undefined)} aria-current={props.statusFilter ? undefined : 'page'}>
            {text.allStatuses}
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
    <TableFrame labelledBy="nhiem-vu">
      <table class="data-table task-table">
        <caption class="visually-hidden">{text.tableCaption}</caption>
        <TaskTableHead />
        {[...props.groups].map(([name, list]) => (
          <tbody>
            <tr class="group-row">
              <th scope="colgroup" colspan={8}>
                {name || plansText.otherGroup}
              </th>
            </tr>
            <TaskRows tasks={list} numbering={props.numbering} />
          </tbody>
        ))}
      </table>
    </TableFrame>
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
  registered?: RegisteredNumbers;
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
      <PlanHeading
        plan={plan}
        documents={props.documents}
        seesAllUnits={props.seesAllUnits}
        registered={props.registered}
      />
      <PlanActions planId={plan.id} manages={props.manages} />
      <SummaryBar summary={props.summary} label={text.progressBar(plan.number)} />
      {overdue.length > 0 ? <OverdueList planId={plan.id} overdue={overdue} /> : null}
      <DashboardBlocks dashboard={props.dashboard} />
      <h2 id="nhiem-vu" class="block-title">
        {statusFilter
          ? text.tasksOfStatusHeading(taskStatusLabels[statusFilter].toLowerCase(), filtered.length)
          : text.tasksHeading(filtered.length)}
      </h2>
      <StatusTabs planId={plan.id} summary={props.summary} statusFilter={statusFilter} />
      <GroupedTaskTable groups={groups} numbering={numbering} />
      {pages > 1 ? (
        <Pagination page={props.page} pages={pages} hrefFor={(p) => listHref(plan.id, p, statusFilter)} />
      ) : null}
    </section>
  );
}

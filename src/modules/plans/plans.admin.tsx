// /quan-tri/ke-hoach, /quan-tri/nhiem-vu, /quan-tri/bao-cao, /quan-tri/don-vi-cua-toi: the plan
// tracker's pages. The route guard checks the role; the plans service checks the record (a unit
// reporter's own unit), so a changed unit id anywhere is a 403.
import type { Context, Hono } from 'hono';
import type { Clock } from '../../platform/clock.js';
import { AppError, NotFoundError } from '../../platform/http/errors.js';
import { parseId, readIdParam, readPageNumber, readQueryParam } from '../../platform/http/query.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { staffContextOf, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import { managesPlans, seesAllUnits } from './plans-policy.js';
import { RECURRENCE_KINDS, type RecurrenceKind } from './plans.tables.js';
import { taskStatusLabels, type TaskStatus } from './task-status.js';
import type { PlanContext, PlanInput, Plans, ProgrammeInput, ReportInput, TaskInput, TaskView } from './plans.service.js';
import { PlanForm, ProgrammeForm, TaskForm, type PlanFormValues, type ProgrammeFormValues, type TaskFormValues } from './views/plan-forms.js';
import { buildPlanReportDocx, buildPlanReportXlsx } from './exports/index.js';
import { readUploads, type AttachmentsService, type Upload } from '../attachments/index.js';
import { planReportData } from './plan-report-data.js';
import { dashboardOf } from './plan-dashboard.js';
import { PlanPage, PlansIndex, ReportPage, TaskPage, UnitTasksPage, type Choice, type ReportFormValues } from './views/plans-pages.js';

// A page of a plan's task list: a plan of 20 tasks is one page, one of 5,000 is read in parts.
const TASKS_PER_PAGE = 200;

type ArticleChoice = { id: number; title: string; url: string; publishedAt: string };

export interface PlanPageDeps {
  plans: Plans;
  guard: StaffGuard;
  frame: StaffFrame;
  clock: Clock;
  /** Units for the selects, in tree order with indented labels. */
  listUnits: () => Promise<Choice[]>;
  /** Published articles matching a search, for evidence. */
  searchArticles: (q: string) => Promise<ArticleChoice[]>;
  /** Published articles by id (the ones already ticked). */
  findArticles: (ids: number[]) => Promise<ArticleChoice[]>;
  /** The exported reports' letterhead. */
  letterhead: () => { parentIssuer: string; issuer: string; place: string };
  /** Files attached to plans (the signed document) and to reports (minutes, photos, lists). */
  attachments: AttachmentsService;
}

export const planContextOf = (c: Context<StaffEnv>): PlanContext => staffContextOf(c);

const readId = (c: Context, name = 'id') => readIdParam(c, name);
const optionalId = (raw: string) => parseId(raw) ?? null;
const optionalInt = (raw: string) => (/^-?\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : null);
const optionalDate = (raw: string) => (raw.trim() ? raw.trim() : null);

async function readForm(c: Context) {
  const form = await c.req.parseBody({ all: true });
  const uploads = (): Promise<Upload[]> => readUploads(form);
  const text = (k: string) => {
    const v = form[k];
    const first = Array.isArray(v) ? v[0] : v;
    return typeof first === 'string' ? first.normalize('NFC') : '';
  };
  const list = (k: string) => {
    const v = form[k];
    return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
  };
  return { text, list, uploads };
}

const isValidation = (err: unknown): err is AppError & { fields: Record<string, string> } => err instanceof AppError && err.code === 'VALIDATION_FAILED' && err.fields !== undefined;

export function mountPlanPages(app: Hono<any>, deps: PlanPageDeps) {
  const { plans, guard, frame } = deps;
  const staffApp = app as Hono<StaffEnv>;
  frame.addSection({
    href: '/quan-tri/ke-hoach',
    label: 'Kế hoạch',
    hint: 'Đề án, kế hoạch năm, nhiệm vụ và báo cáo tiến độ của các đơn vị.',
    permission: 'plans.read',
    order: 15,
    summary: async (c) => {
      const ctx = planContextOf(c);
      const list = await plans.listPlans(ctx);
      const overdue = list.reduce((n, p) => n + p.summary.overdue, 0);
      return `${list.length} kế hoạch · ${overdue} nhiệm vụ quá hạn${seesAllUnits(ctx.actor) ? '' : ' của đơn vị bạn'}`;
    },
  });
  frame.addFlashes({
    'da-luu-de-an': { kind: 'ok', text: 'Đã lưu đề án.' },
    'da-luu-ke-hoach': { kind: 'ok', text: 'Đã lưu kế hoạch.' },
    'da-luu-nhiem-vu': { kind: 'ok', text: 'Đã lưu nhiệm vụ.' },
    'da-gui-bao-cao': { kind: 'ok', text: 'Đã gửi báo cáo tiến độ.' },
    'da-sua-bao-cao': { kind: 'ok', text: 'Đã lưu bản sửa của báo cáo; bản cũ vẫn được giữ.' },
    'da-xac-nhan': { kind: 'ok', text: 'Đã xác nhận hoàn thành.' },
    'da-dong': { kind: 'ok', text: 'Đã đóng nhiệm vụ: không nhận thêm báo cáo.' },
    'da-mo-lai': { kind: 'ok', text: 'Đã mở lại nhiệm vụ.' },
  });

  // ---- programmes ---------------------------------------------------------------------------
  const programmeInput = (v: ProgrammeFormValues): ProgrammeInput => ({
    number: v.number,
    title: v.title,
    issuer: v.issuer,
    issuedOn: optionalDate(v.issuedOn),
    startYear: optionalInt(v.startYear) ?? 0,
    endYear: optionalInt(v.endYear) ?? 0,
  });
  const readProgramme = async (c: Context): Promise<ProgrammeFormValues> => {
    const { text } = await readForm(c);
    return { number: text('number'), title: text('title'), issuer: text('issuer'), issuedOn: text('issuedOn'), startYear: text('startYear'), endYear: text('endYear') };
  };

  staffApp.get('/quan-tri/ke-hoach/de-an/moi', guard.require('plans.manage'), (c) =>
    frame.respond(c, 'Thêm đề án', <ProgrammeForm csrfToken={c.get('staff')!.csrfToken} action="/quan-tri/ke-hoach/de-an" heading="Thêm đề án" values={{ number: '', title: '', issuer: '', issuedOn: '', startYear: '', endYear: '' }} />),
  );
  staffApp.post('/quan-tri/ke-hoach/de-an', guard.require('plans.manage'), async (c) => {
    const values = await readProgramme(c);
    try {
      await plans.createProgramme(planContextOf(c), programmeInput(values));
    } catch (err) {
      if (isValidation(err)) return frame.respond(c, 'Thêm đề án', <ProgrammeForm csrfToken={c.get('staff')!.csrfToken} action="/quan-tri/ke-hoach/de-an" heading="Thêm đề án" values={values} errors={err.fields} />, { status: 400 });
      throw err;
    }
    return c.redirect('/quan-tri/ke-hoach?tb=da-luu-de-an', 303);
  });
  staffApp.get('/quan-tri/ke-hoach/de-an/:id', guard.require('plans.manage'), async (c) => {
    const p = await plans.findProgramme(readId(c));
    if (!p) throw new NotFoundError('NOT_FOUND');
    const values = { number: p.number, title: p.title, issuer: p.issuer, issuedOn: p.issued_on ?? '', startYear: String(p.start_year), endYear: String(p.end_year) };
    return frame.respond(c, `Đề án ${p.number}`, <ProgrammeForm csrfToken={c.get('staff')!.csrfToken} action={`/quan-tri/ke-hoach/de-an/${p.id}`} heading={`Đề án ${p.number}`} values={values} />);
  });
  staffApp.post('/quan-tri/ke-hoach/de-an/:id', guard.require('plans.manage'), async (c) => {
    const id = readId(c);
    const values = await readProgramme(c);
    try {
      await plans.updateProgramme(planContextOf(c), id, programmeInput(values));
    } catch (err) {
      if (isValidation(err)) return frame.respond(c, 'Sửa đề án', <ProgrammeForm csrfToken={c.get('staff')!.csrfToken} action={`/quan-tri/ke-hoach/de-an/${id}`} heading="Sửa đề án" values={values} errors={err.fields} />, { status: 400 });
      throw err;
    }
    return c.redirect('/quan-tri/ke-hoach?tb=da-luu-de-an', 303);
  });

  // ---- plans --------------------------------------------------------------------------------
  staffApp.get('/quan-tri/ke-hoach', guard.require('plans.read'), async (c) => {
    const ctx = planContextOf(c);
    const [list, programmes] = await Promise.all([plans.listPlans(ctx), plans.listProgrammes()]);
    // Leaders, editors and admins also get the picture across plans, unit by unit.
    const overview = seesAllUnits(ctx.actor) ? dashboardOf(await plans.listAllVisibleTasks(ctx)) : undefined;
    return frame.respond(
      c,
      'Kế hoạch',
      <PlansIndex overview={overview} programmes={programmes} plans={list} manages={managesPlans(ctx.actor)} myUnitHref={ctx.actor.unitId !== null || seesAllUnits(ctx.actor) ? '/quan-tri/don-vi-cua-toi' : undefined} />,
    );
  });

  const planInput = (v: PlanFormValues): PlanInput => ({
    programmeId: optionalId(v.programmeId),
    number: v.number,
    title: v.title,
    issuer: v.issuer,
    issuedOn: v.issuedOn.trim(),
    year: optionalInt(v.year) ?? 0,
  });
  const readPlan = async (c: Context): Promise<PlanFormValues & { uploads: Upload[] }> => {
    const { text, uploads } = await readForm(c);
    return { programmeId: text('programmeId'), number: text('number'), title: text('title'), issuer: text('issuer'), issuedOn: text('issuedOn'), year: text('year'), uploads: await uploads() };
  };
  const programmeChoices = async () => (await plans.listProgrammes()).map((p) => ({ id: p.id, label: `${p.number} ${p.title}` }));
  const planForm = async (c: Context<StaffEnv>, action: string, heading: string, values: PlanFormValues, errors?: Record<string, string>) =>
    frame.respond(c, heading, <PlanForm csrfToken={c.get('staff')!.csrfToken} action={action} heading={heading} values={values} programmes={await programmeChoices()} errors={errors} />, { status: errors ? 400 : 200 });

  staffApp.get('/quan-tri/ke-hoach/moi', guard.require('plans.manage'), (c) =>
    planForm(c, '/quan-tri/ke-hoach', 'Thêm kế hoạch', { programmeId: '', number: '', title: '', issuer: '', issuedOn: vietnamDay(deps.clock.now()), year: String(deps.clock.now().getUTCFullYear()) }),
  );
  staffApp.post('/quan-tri/ke-hoach', guard.require('plans.manage'), async (c) => {
    const values = await readPlan(c);
    let id: number;
    try {
      // Files are checked before anything is saved, and stored only once the plan is.
      await deps.attachments.check(values.uploads);
      id = await plans.createPlan(planContextOf(c), planInput(values));
      await deps.attachments.attachToPlan(id, (await deps.attachments.storeAll(values.uploads, c.get('staff')!.user.id)).map((a) => a.id));
    } catch (err) {
      if (isValidation(err)) return planForm(c, '/quan-tri/ke-hoach', 'Thêm kế hoạch', values, err.fields);
      throw err;
    }
    return c.redirect(`/quan-tri/ke-hoach/${id}?tb=da-luu-ke-hoach`, 303);
  });
  staffApp.get('/quan-tri/ke-hoach/:id', guard.require('plans.read'), async (c) => {
    const ctx = planContextOf(c);
    const { plan, tasks, summary, seesAllUnits: all } = await plans.getPlan(ctx, readId(c));
    const statusParam = readQueryParam(c, 'tinh-trang');
    const statusFilter = statusParam && statusParam in taskStatusLabels ? (statusParam as TaskStatus) : undefined;
    const page = readPageNumber(c);
    const listed = statusFilter ? summary[statusFilter] : summary.total;
    if (page > 1 && (page - 1) * TASKS_PER_PAGE >= listed) throw new NotFoundError('PAGE_OUT_OF_RANGE');
    return frame.respond(
      c,
      `Kế hoạch ${plan.number}`,
      <PlanPage plan={plan} documents={(await deps.attachments.listForPlans([plan.id])).get(plan.id) ?? []} tasks={tasks} summary={summary} dashboard={dashboardOf(tasks)} manages={managesPlans(ctx.actor)} seesAllUnits={all} page={page} perPage={TASKS_PER_PAGE} statusFilter={statusFilter} />,
    );
  });
  // The progress report as Word and Excel files, with the same figures as the page.
  const exportFile = (ext: 'docx' | 'xlsx') =>
    staffApp.get(`/quan-tri/ke-hoach/:id/bao-cao-tien-do.${ext}`, guard.require('plans.read'), async (c) => {
      const { plan, tasks, summary } = await plans.getPlan(planContextOf(c), readId(c));
      const data = planReportData({ letterhead: deps.letterhead(), plan, tasks, summary, date: deps.clock.now() });
      const bytes = ext === 'docx' ? await buildPlanReportDocx(data) : await buildPlanReportXlsx(data);
      const name = `bao-cao-tien-do-${plan.number.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}.${ext}`;
      return c.body(new Uint8Array(bytes), 200, {
        'Content-Type': ext === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${name}"`,
      });
    });
  exportFile('docx');
  exportFile('xlsx');

  staffApp.get('/quan-tri/ke-hoach/:id/sua', guard.require('plans.manage'), async (c) => {
    const { plan } = await plans.getPlan(planContextOf(c), readId(c));
    return planForm(c, `/quan-tri/ke-hoach/${plan.id}/sua`, `Sửa kế hoạch ${plan.number}`, {
      programmeId: plan.programme_id === null ? '' : String(plan.programme_id),
      number: plan.number,
      title: plan.title,
      issuer: plan.issuer,
      issuedOn: plan.issued_on,
      year: String(plan.year),
    });
  });
  staffApp.post('/quan-tri/ke-hoach/:id/sua', guard.require('plans.manage'), async (c) => {
    const id = readId(c);
    const values = await readPlan(c);
    try {
      await deps.attachments.check(values.uploads);
      await plans.updatePlan(planContextOf(c), id, planInput(values));
      await deps.attachments.attachToPlan(id, (await deps.attachments.storeAll(values.uploads, c.get('staff')!.user.id)).map((a) => a.id));
    } catch (err) {
      if (isValidation(err)) return planForm(c, `/quan-tri/ke-hoach/${id}/sua`, 'Sửa kế hoạch', values, err.fields);
      throw err;
    }
    return c.redirect(`/quan-tri/ke-hoach/${id}?tb=da-luu-ke-hoach`, 303);
  });

  // ---- tasks --------------------------------------------------------------------------------
  const readTask = async (c: Context): Promise<TaskFormValues> => {
    const { text, list } = await readForm(c);
    return {
      title: text('title'),
      description: text('description'),
      groupName: text('groupName'),
      leadUnitId: text('leadUnitId'),
      coordinatorIds: list('coordinatorIds'),
      parentId: text('parentId'),
      recurrence: text('recurrence') || 'once',
      deadline: text('deadline'),
      recurDay: text('recurDay'),
      recurMonth: text('recurMonth'),
      recurFrom: text('recurFrom'),
      recurTo: text('recurTo'),
      targetQuantity: text('targetQuantity'),
      targetUnit: text('targetUnit'),
    };
  };
  const taskInput = (v: TaskFormValues): TaskInput => ({
    title: v.title,
    description: v.description,
    groupName: v.groupName,
    leadUnitId: optionalId(v.leadUnitId) ?? 0,
    coordinatorIds: v.coordinatorIds.map(optionalId).filter((x): x is number => x !== null),
    parentId: optionalId(v.parentId),
    recurrence: (RECURRENCE_KINDS as readonly string[]).includes(v.recurrence) ? (v.recurrence as RecurrenceKind) : 'once',
    deadline: optionalDate(v.deadline),
    recurDay: optionalInt(v.recurDay),
    recurMonth: optionalInt(v.recurMonth),
    recurFrom: optionalDate(v.recurFrom),
    recurTo: optionalDate(v.recurTo),
    targetQuantity: v.targetQuantity.trim() ? optionalInt(v.targetQuantity) ?? -1 : null,
    targetUnit: v.targetUnit,
  });
  const taskValuesOf = (t: TaskView): TaskFormValues => ({
    title: t.title,
    description: t.description,
    groupName: t.groupName,
    leadUnitId: String(t.leadUnit.id),
    coordinatorIds: t.coordinators.map((x) => String(x.id)),
    parentId: t.parentId === null ? '' : String(t.parentId),
    recurrence: t.recurrenceKind,
    deadline: t.recurrence.kind === 'once' ? t.recurrence.deadline : '',
    recurDay: t.recurrence.kind === 'monthly' || t.recurrence.kind === 'yearly' ? String(t.recurrence.day) : '',
    recurMonth: t.recurrence.kind === 'yearly' ? String(t.recurrence.month) : '',
    recurFrom: t.recurrence.kind === 'once' ? '' : t.recurrence.from,
    recurTo: t.recurrence.kind === 'once' ? '' : t.recurrence.to,
    targetQuantity: t.targetQuantity === null ? '' : String(t.targetQuantity),
    targetUnit: t.targetUnit,
  });
  const taskForm = async (c: Context<StaffEnv>, planId: number, action: string, heading: string, values: TaskFormValues, errors?: Record<string, string>, selfId?: number) => {
    const { tasks } = await plans.getPlan(planContextOf(c), planId);
    const parents = tasks.filter((t) => t.parentId === null && t.id !== selfId).map((t) => ({ id: t.id, label: t.title }));
    return frame.respond(
      c,
      heading,
      <TaskForm csrfToken={c.get('staff')!.csrfToken} action={action} heading={heading} values={values} units={await deps.listUnits()} parents={parents} errors={errors} cancelHref={`/quan-tri/ke-hoach/${planId}`} />,
      { status: errors ? 400 : 200 },
    );
  };
  const emptyTask: TaskFormValues = { title: '', description: '', groupName: '', leadUnitId: '', coordinatorIds: [], parentId: '', recurrence: 'once', deadline: '', recurDay: '', recurMonth: '', recurFrom: '', recurTo: '', targetQuantity: '', targetUnit: '' };

  staffApp.get('/quan-tri/ke-hoach/:id/nhiem-vu/moi', guard.require('plans.manage'), async (c) => {
    const planId = readId(c);
    return taskForm(c, planId, `/quan-tri/ke-hoach/${planId}/nhiem-vu`, 'Thêm nhiệm vụ', emptyTask);
  });
  staffApp.post('/quan-tri/ke-hoach/:id/nhiem-vu', guard.require('plans.manage'), async (c) => {
    const planId = readId(c);
    const values = await readTask(c);
    let id: number;
    try {
      id = await plans.createTask(planContextOf(c), planId, taskInput(values));
    } catch (err) {
      if (isValidation(err)) return taskForm(c, planId, `/quan-tri/ke-hoach/${planId}/nhiem-vu`, 'Thêm nhiệm vụ', values, err.fields);
      throw err;
    }
    return c.redirect(`/quan-tri/nhiem-vu/${id}?tb=da-luu-nhiem-vu`, 303);
  });
  staffApp.get('/quan-tri/nhiem-vu/:id/sua', guard.require('plans.manage'), async (c) => {
    const { task } = await plans.getTask(planContextOf(c), readId(c));
    return taskForm(c, task.planId, `/quan-tri/nhiem-vu/${task.id}/sua`, 'Sửa nhiệm vụ', taskValuesOf(task), undefined, task.id);
  });
  staffApp.post('/quan-tri/nhiem-vu/:id/sua', guard.require('plans.manage'), async (c) => {
    const id = readId(c);
    const values = await readTask(c);
    try {
      await plans.updateTask(planContextOf(c), id, taskInput(values));
    } catch (err) {
      if (isValidation(err)) {
        const { task } = await plans.getTask(planContextOf(c), id);
        return taskForm(c, task.planId, `/quan-tri/nhiem-vu/${id}/sua`, 'Sửa nhiệm vụ', values, err.fields, id);
      }
      throw err;
    }
    return c.redirect(`/quan-tri/nhiem-vu/${id}?tb=da-luu-nhiem-vu`, 303);
  });
  staffApp.post('/quan-tri/nhiem-vu/:id/dong', guard.require('plans.manage'), async (c) => {
    const id = readId(c);
    await plans.setClosed(planContextOf(c), id, true);
    return c.redirect(`/quan-tri/nhiem-vu/${id}?tb=da-dong`, 303);
  });
  staffApp.post('/quan-tri/nhiem-vu/:id/mo-lai', guard.require('plans.manage'), async (c) => {
    const id = readId(c);
    await plans.setClosed(planContextOf(c), id, false);
    return c.redirect(`/quan-tri/nhiem-vu/${id}?tb=da-mo-lai`, 303);
  });

  // ---- a task and its reports ----------------------------------------------------------------
  const blankReport = (c: Context<StaffEnv>, unitIds: number[]): ReportFormValues => ({
    unitId: String(planContextOf(c).actor.unitId && unitIds.includes(planContextOf(c).actor.unitId!) ? planContextOf(c).actor.unitId : (unitIds[0] ?? '')),
    activityDate: vietnamDay(deps.clock.now()),
    body: '',
    quantity: '',
    completed: false,
    articleIds: [],
  });

  async function articleChoices(query: string, ticked: string[]) {
    const ids = ticked.map(optionalId).filter((x): x is number => x !== null);
    const [found, chosen] = await Promise.all([query ? deps.searchArticles(query) : Promise.resolve([]), deps.findArticles(ids)]);
    const seen = new Set<number>();
    return [...chosen, ...found].filter((a) => (seen.has(a.id) ? false : (seen.add(a.id), true)));
  }

  /** Each report with the files this person may open (and so may know the names of). */
  async function withAttachments<T extends { id: number; mayOpenFiles: boolean }>(reports: T[]) {
    const files = await deps.attachments.listForReports(reports.filter((r) => r.mayOpenFiles).map((r) => r.id));
    return reports.map((r) => ({ ...r, attachments: files.get(r.id) ?? [] }));
  }

  async function taskPage(c: Context<StaffEnv>, id: number, form?: ReportFormValues, errors: Record<string, string> = {}, status: 200 | 400 | 413 | 415 = 200) {
    const ctx = planContextOf(c);
    const detail = await plans.getTask(ctx, id);
    const units = await deps.listUnits();
    const reportUnits = units.filter((u) => detail.reportableUnitIds.includes(u.id)).map((u) => ({ id: u.id, label: u.label.replace(/^[\s—–-]+/, '') }));
    const values = form ?? blankReport(c, detail.reportableUnitIds);
    const query = (readQueryParam(c, 'tim-bai') ?? '').trim().slice(0, 200);
    return frame.respond(
      c,
      detail.task.title,
      <TaskPage
        csrfToken={c.get('staff')!.csrfToken}
        plan={detail.plan}
        task={detail.task}
        reports={await withAttachments(detail.reports)}
        completions={detail.completions}
        manages={detail.manages}
        reportUnits={reportUnits}
        form={values}
        errors={errors}
        articleQuery={query}
        articleChoices={await articleChoices(query, values.articleIds)}
        now={deps.clock.now().toISOString()}
      />,
      { status },
    );
  }

  staffApp.get('/quan-tri/nhiem-vu/:id', guard.require('plans.read'), (c) => taskPage(c, readId(c)));

  const readReport = async (c: Context): Promise<{ values: ReportFormValues; version: number; uploads: Upload[] }> => {
    const { text, list, uploads } = await readForm(c);
    return {
      values: { unitId: text('unitId'), activityDate: text('activityDate'), body: text('body'), quantity: text('quantity'), completed: text('completed') === '1', articleIds: list('articleIds') },
      version: optionalInt(text('version')) ?? 0,
      uploads: await uploads(),
    };
  };
  const reportInput = (v: ReportFormValues): ReportInput => ({
    unitId: optionalId(v.unitId) ?? 0,
    activityDate: v.activityDate.trim(),
    body: v.body,
    quantity: v.quantity.trim() ? optionalInt(v.quantity) ?? -1 : null,
    completed: v.completed,
    articleIds: v.articleIds.map(optionalId).filter((x): x is number => x !== null),
  });

  staffApp.post('/quan-tri/nhiem-vu/:id/bao-cao', guard.require('reports.file'), async (c) => {
    const id = readId(c);
    const { values, uploads } = await readReport(c);
    try {
      await deps.attachments.check(uploads);
      const reportId = await plans.fileReport(planContextOf(c), id, reportInput(values));
      await deps.attachments.attachToReport(reportId, (await deps.attachments.storeAll(uploads, c.get('staff')!.user.id)).map((a) => a.id));
    } catch (err) {
      if (isValidation(err)) return taskPage(c, id, values, err.fields, err.status as 400 | 413 | 415);
      throw err;
    }
    return c.redirect(`/quan-tri/nhiem-vu/${id}?tb=da-gui-bao-cao`, 303);
  });

  staffApp.post('/quan-tri/nhiem-vu/:id/hoan-thanh', guard.require('plans.manage'), async (c) => {
    const id = readId(c);
    const { text } = await readForm(c);
    try {
      await plans.markDone(planContextOf(c), id, text('occurrenceKey'), text('reason'));
    } catch (err) {
      if (isValidation(err)) return taskPage(c, id, undefined, err.fields, 400);
      throw err;
    }
    return c.redirect(`/quan-tri/nhiem-vu/${id}?tb=da-xac-nhan`, 303);
  });

  async function reportPage(c: Context<StaffEnv>, id: number, form?: { values: ReportFormValues; errors: Record<string, string>; conflict?: boolean; status: 400 | 409 | 413 | 415 }) {
    const detail = await plans.getReport(planContextOf(c), id);
    const r = detail.report;
    const values = form?.values ?? {
      unitId: String(r.unit_id),
      activityDate: r.activity_date,
      body: r.body,
      quantity: r.quantity === null ? '' : String(r.quantity),
      completed: r.completed === 1,
      articleIds: detail.articles.map((a) => String(a.id)),
    };
    return frame.respond(
      c,
      `Báo cáo của ${r.unit_name}`,
      <ReportPage
        csrfToken={c.get('staff')!.csrfToken}
        task={detail.task}
        report={r}
        values={values}
        errors={form?.errors ?? {}}
        conflict={form?.conflict}
        mayCorrect={detail.mayCorrect}
        revisions={detail.revisions}
        articleChoices={await articleChoices('', values.articleIds)}
        attachments={detail.mayOpenFiles ? ((await deps.attachments.listForReports([r.id])).get(r.id) ?? []) : []}
      />,
      { status: form?.status ?? 200 },
    );
  }

  staffApp.get('/quan-tri/bao-cao/:id', guard.require('plans.read'), (c) => reportPage(c, readId(c)));
  staffApp.post('/quan-tri/bao-cao/:id', guard.require('reports.file'), async (c) => {
    const id = readId(c);
    const { values, version, uploads } = await readReport(c);
    try {
      await deps.attachments.check(uploads);
      await plans.correctReport(planContextOf(c), id, reportInput(values), version);
      await deps.attachments.attachToReport(id, (await deps.attachments.storeAll(uploads, c.get('staff')!.user.id)).map((a) => a.id));
    } catch (err) {
      if (isValidation(err)) return reportPage(c, id, { values, errors: err.fields, status: err.status as 400 | 413 | 415 });
      if (err instanceof AppError && err.code === 'CONFLICT' && err.status === 409) {
        const detail = await plans.getReport(planContextOf(c), id);
        if (detail.mayCorrect) return reportPage(c, id, { values, errors: {}, conflict: true, status: 409 });
      }
      throw err;
    }
    return c.redirect(`/quan-tri/bao-cao/${id}?tb=da-sua-bao-cao`, 303);
  });

  // ---- a unit's tasks ------------------------------------------------------------------------
  staffApp.get('/quan-tri/don-vi-cua-toi', guard.require('plans.read'), async (c) => {
    const ctx = planContextOf(c);
    const units = await deps.listUnits();
    const asked = optionalId(readQueryParam(c, 'don-vi') ?? '');
    // A unit reporter asking for another unit is refused, not quietly shown their own.
    if (!seesAllUnits(ctx.actor) && asked !== null && asked !== ctx.actor.unitId) throw new ForbiddenError();
    const unitId = seesAllUnits(ctx.actor) ? (asked ?? ctx.actor.unitId ?? units[0]?.id) : ctx.actor.unitId;
    if (unitId === null || unitId === undefined) throw new NotFoundError('NOT_FOUND');
    const unit = units.find((u) => u.id === unitId);
    if (!unit) throw new NotFoundError('NOT_FOUND');
    const { tasks, plans: planMap, summary } = await plans.listTasksOfUnit(ctx, unitId);
    const name = unit.label.replace(/^[\s—–-]+/, '');
    return frame.respond(
      c,
      `Nhiệm vụ của ${name}`,
      <UnitTasksPage unitName={name} unitId={unitId} tasks={tasks} summary={summary} planLabel={(planId) => `Kế hoạch ${planMap.get(planId)?.number ?? ''}`} units={seesAllUnits(ctx.actor) ? units : undefined} />,
    );
  });
}

// The plan tracker's JSON API: the same service as the pages, so the same rules (a unit reporter
// sees and reports only on its own unit's tasks; leaders read everything; editors manage plans).
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { errorResponseSchema, type ApiDocs } from '../../platform/http/api-docs.js';
import { bodyCap, readJsonBody } from '../../platform/http/body.js';
import { readIdParam } from '../../platform/http/query.js';
import type { StaffEnv, StaffGuard } from '../accounts/index.js';
import { planContextOf } from './plans.admin.js';
import { dashboardOf } from './plan-dashboard.js';
import { RECURRENCE_KINDS } from './plans.tables.js';
import type { Plans, TaskView } from './plans.service.js';
import { taskStatusLabels } from './task-status.js';

const STATUS = z.enum(['not_due', 'in_progress', 'done_on_time', 'done_late', 'overdue']);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng YYYY-MM-DD.');
const positiveId = z.number({ error: 'Phải là một số nguyên dương.' }).int().positive('Phải là một số nguyên dương.');

export const planInputSchema = z
  .object({
    programmeId: positiveId.nullable().default(null),
    number: z.string({ error: 'Hãy nhập số kế hoạch.' }).min(1, 'Hãy nhập số kế hoạch.').max(60),
    title: z.string({ error: 'Hãy nhập trích yếu.' }).min(1, 'Hãy nhập trích yếu.').max(500),
    issuer: z.string().max(200).default(''),
    issuedOn: date,
    year: z.number().int().min(2000).max(2100),
  })
  .strict();

export const taskInputSchema = z
  .object({
    title: z.string({ error: 'Hãy nhập tên nhiệm vụ.' }).min(1, 'Hãy nhập tên nhiệm vụ.').max(500),
    description: z.string().max(5000).default(''),
    groupName: z.string().max(200).default(''),
    leadUnitId: positiveId,
    coordinatorIds: z.array(positiveId).max(100).default([]),
    parentId: positiveId.nullable().default(null),
    recurrence: z.enum(RECURRENCE_KINDS).default('once'),
    deadline: date.nullable().default(null).describe('Với recurrence once'),
    recurDay: z.number().int().min(1).max(31).nullable().default(null),
    recurMonth: z.number().int().min(1).max(12).nullable().default(null),
    recurFrom: date.nullable().default(null),
    recurTo: date.nullable().default(null),
    targetQuantity: z.number().int().positive().nullable().default(null),
    targetUnit: z.string().max(40).default(''),
  })
  .strict();

export const reportInputSchema = z
  .object({
    unitId: positiveId.describe('Đơn vị báo cáo: đơn vị của bạn nếu bạn là đơn vị báo cáo'),
    activityDate: date.describe('Ngày thực hiện (giờ Việt Nam); quyết định kỳ của nhiệm vụ'),
    body: z.string({ error: 'Hãy ghi nội dung đã thực hiện.' }).min(1, 'Hãy ghi nội dung đã thực hiện.').max(10_000),
    quantity: z.number().int().min(0).nullable().default(null),
    completed: z.boolean().default(false),
    articleIds: z.array(positiveId).max(20).default([]).describe('Bài đã xuất bản làm minh chứng'),
  })
  .strict();

const correctionSchema = reportInputSchema.extend({ version: positiveId.describe('Phiên bản bạn đã đọc; 409 nếu báo cáo đã được sửa sau đó') }).strict();

const summarySchema = z.object({ total: z.number(), not_due: z.number(), in_progress: z.number(), done_on_time: z.number(), done_late: z.number(), overdue: z.number() });
const taskSchema = z.object({
  id: z.number(),
  planId: z.number(),
  parentId: z.number().nullable(),
  title: z.string(),
  groupName: z.string(),
  leadUnit: z.object({ id: z.number(), name: z.string() }),
  coordinators: z.array(z.object({ id: z.number(), name: z.string() })),
  recurrence: z.string(),
  deadline: z.string().describe('Như trên văn bản: 05/03/2023, Hằng tháng (ngày 25)…'),
  target: z.number().nullable(),
  targetUnit: z.string(),
  actual: z.number(),
  status: STATUS,
  statusLabel: z.string(),
  closed: z.boolean(),
  occurrences: z.array(z.object({ key: z.string(), dueAt: z.string(), status: STATUS, actual: z.number(), doneAt: z.string().nullable() })).optional(),
});

function taskJson(t: TaskView, withOccurrences = false): z.infer<typeof taskSchema> {
  return {
    id: t.id,
    planId: t.planId,
    parentId: t.parentId,
    title: t.title,
    groupName: t.groupName,
    leadUnit: t.leadUnit,
    coordinators: t.coordinators,
    recurrence: t.recurrenceKind,
    deadline: t.deadlineText,
    target: t.targetQuantity,
    targetUnit: t.targetUnit,
    actual: t.status.actual,
    status: t.status.status,
    statusLabel: taskStatusLabels[t.status.status],
    closed: t.closedAt !== null,
    ...(withOccurrences ? { occurrences: t.status.occurrences.map((o) => ({ key: o.key, dueAt: o.dueAt, status: o.status, actual: o.actual, doneAt: o.doneAt })) } : {}),
  };
}

// A whole plan with its tasks fits; declared before anything else runs (platform/http/body.ts).
const PLANS_API_BODY_BYTES = 256 * 1024;
const readJson = <T extends z.ZodType>(c: Context, schema: T) => readJsonBody(c, schema, { maxBytes: PLANS_API_BODY_BYTES });

export function capPlansApiBodies(app: Hono<any>) {
  for (const path of ['/api/v1/programmes', '/api/v1/plans', '/api/v1/plans/*', '/api/v1/tasks/*', '/api/v1/reports/*']) app.use(path, bodyCap(PLANS_API_BODY_BYTES));
}
const readId = (c: Context) => readIdParam(c);

export function mountPlansApi(app: Hono<any>, deps: { plans: Plans; guard: StaffGuard; docs: ApiDocs }) {
  const { plans, guard } = deps;
  const api = app as Hono<StaffEnv>;
  document(deps.docs);
  // '/x/*' also matches '/x' in Hono: listing both would run the guard twice.
  for (const path of ['/api/v1/programmes', '/api/v1/plans/*', '/api/v1/tasks/*', '/api/v1/reports/*', '/api/v1/units/:id/tasks']) {
    api.use(path, guard.loadStaff(), guard.csrf({ afterPermission: true }));
  }

  api.get('/api/v1/programmes', guard.require('plans.read'), async (c) =>
    c.json({ items: (await plans.listProgrammes()).map((p) => ({ id: p.id, number: p.number, title: p.title, issuer: p.issuer, issuedOn: p.issued_on, startYear: p.start_year, endYear: p.end_year })) }),
  );

  api.get('/api/v1/plans', guard.require('plans.read'), async (c) =>
    c.json({
      items: (await plans.listPlans(planContextOf(c))).map((p) => ({ id: p.id, number: p.number, title: p.title, issuer: p.issuer, issuedOn: p.issued_on, year: p.year, programmeNumber: p.programme_number, summary: p.summary })),
    }),
  );

  api.post('/api/v1/plans', guard.require('plans.manage'), async (c) => {
    const id = await plans.createPlan(planContextOf(c), await readJson(c, planInputSchema));
    return c.json({ id }, 201, { Location: `/api/v1/plans/${id}` });
  });

  api.get('/api/v1/plans/:id', guard.require('plans.read'), async (c) => {
    const { plan, tasks, summary } = await plans.getPlan(planContextOf(c), readId(c));
    return c.json({
      plan: { id: plan.id, number: plan.number, title: plan.title, issuer: plan.issuer, issuedOn: plan.issued_on, year: plan.year, programmeNumber: plan.programme_number },
      summary,
      tasks: tasks.map((t) => taskJson(t)),
    });
  });

  api.get('/api/v1/plans/:id/dashboard', guard.require('plans.read'), async (c) => {
    const { tasks } = await plans.getPlan(planContextOf(c), readId(c));
    return c.json(dashboardOf(tasks));
  });

  api.post('/api/v1/plans/:id/tasks', guard.require('plans.manage'), async (c) => {
    const planId = readId(c);
    const id = await plans.createTask(planContextOf(c), planId, await readJson(c, taskInputSchema));
    return c.json({ id }, 201, { Location: `/api/v1/tasks/${id}` });
  });

  api.get('/api/v1/tasks/:id', guard.require('plans.read'), async (c) => {
    const detail = await plans.getTask(planContextOf(c), readId(c));
    return c.json({
      task: taskJson(detail.task, true),
      reports: detail.reports.map((r) => ({
        id: r.id,
        unit: r.unit,
        occurrenceKey: r.occurrenceKey,
        activityDate: r.activityDate,
        body: r.body,
        quantity: r.quantity,
        completed: r.completed,
        authorName: r.authorName,
        filedAt: r.filedAt,
        version: r.version,
        articles: r.articles.filter((a) => a.live).map((a) => ({ id: a.id, title: a.title, url: `/tin-tuc/${a.slug}` })),
      })),
    });
  });

  api.put('/api/v1/tasks/:id', guard.require('plans.manage'), async (c) => {
    const id = readId(c);
    await plans.updateTask(planContextOf(c), id, await readJson(c, taskInputSchema));
    return c.json(taskJson((await plans.getTask(planContextOf(c), id)).task));
  });

  api.post('/api/v1/tasks/:id/reports', guard.require('reports.file'), async (c) => {
    const taskId = readId(c);
    const id = await plans.fileReport(planContextOf(c), taskId, await readJson(c, reportInputSchema));
    return c.json({ id }, 201, { Location: `/api/v1/reports/${id}` });
  });

  api.put('/api/v1/reports/:id', guard.require('reports.file'), async (c) => {
    const id = readId(c);
    const { version, ...input } = await readJson(c, correctionSchema);
    await plans.correctReport(planContextOf(c), id, input, version);
    return c.json({ id, version: version + 1 });
  });

  api.get('/api/v1/units/:id/tasks', guard.require('plans.read'), async (c) => {
    const { tasks, summary } = await plans.listTasksOfUnit(planContextOf(c), readId(c));
    return c.json({ summary, tasks: tasks.map((t) => taskJson(t)) });
  });
}

function document(docs: ApiDocs) {
  const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
  const error = (description: string) => ({ description, ...json(errorResponseSchema) });
  const security: Array<Record<string, string[]>> = [{ cookieAuth: [] }, { bearerAuth: [] }];
  const common = { 401: error('Chưa đăng nhập hoặc mã API không hợp lệ'), 403: error('Không có quyền (đơn vị báo cáo chỉ thấy và báo cáo nhiệm vụ của đơn vị mình)') };
  const idParam = z.object({ id: z.string().regex(/^[1-9][0-9]*$/) });
  const created = json(z.object({ id: z.number() }));
  const register = (method: 'get' | 'post' | 'put', path: string, summary: string, extra: Record<string, unknown> = {}) =>
    docs.register({ method, path, summary, security, ...extra, responses: { ...((extra.responses as object) ?? {}), ...common } } as never);

  register('get', '/api/v1/programmes', 'Các đề án', { responses: { 200: { description: 'Danh sách đề án', ...json(z.object({ items: z.array(z.object({ id: z.number(), number: z.string(), title: z.string() })) })) } } });
  register('get', '/api/v1/plans', 'Các kế hoạch, với số nhiệm vụ theo tình trạng', { responses: { 200: { description: 'Danh sách kế hoạch', ...json(z.object({ items: z.array(z.object({ id: z.number(), number: z.string(), summary: summarySchema })) })) } } });
  register('post', '/api/v1/plans', 'Tạo kế hoạch (biên tập viên)', { request: { body: json(planInputSchema) }, responses: { 201: { description: 'Đã tạo', ...created }, 400: error('Dữ liệu không hợp lệ') } });
  register('get', '/api/v1/plans/{id}', 'Một kế hoạch và các nhiệm vụ (tình trạng được tính, không nhập tay)', { request: { params: idParam }, responses: { 200: { description: 'Kế hoạch', ...json(z.object({ summary: summarySchema, tasks: z.array(taskSchema) })) }, 404: error('Không có kế hoạch này') } });
  register('get', '/api/v1/plans/{id}/dashboard', 'Số liệu bảng theo dõi: theo nhóm, theo đơn vị chủ trì, quá hạn, chỉ tiêu và kết quả', {
    request: { params: idParam },
    responses: {
      200: {
        description: 'Cùng số liệu với danh sách nhiệm vụ',
        ...json(
          z.object({
            summary: summarySchema,
            byGroup: z.array(z.object({ group: z.string(), summary: summarySchema })),
            byLeadUnit: z.array(z.object({ unitId: z.number(), unitName: z.string(), summary: summarySchema })),
            overdue: z.array(z.object({ taskId: z.number(), title: z.string(), leadUnit: z.string(), deadline: z.string() })),
            targets: z.array(z.object({ taskId: z.number(), title: z.string(), target: z.number(), actual: z.number(), unit: z.string() })),
          }),
        ),
      },
    },
  });
  register('post', '/api/v1/plans/{id}/tasks', 'Thêm nhiệm vụ (biên tập viên)', { request: { params: idParam, body: json(taskInputSchema) }, responses: { 201: { description: 'Đã tạo', ...created }, 400: error('Dữ liệu không hợp lệ') } });
  register('get', '/api/v1/tasks/{id}', 'Một nhiệm vụ: các kỳ, các báo cáo và minh chứng', { request: { params: idParam }, responses: { 200: { description: 'Nhiệm vụ', ...json(z.object({ task: taskSchema })) }, 404: error('Không có nhiệm vụ này') } });
  register('put', '/api/v1/tasks/{id}', 'Sửa nhiệm vụ (biên tập viên)', { request: { params: idParam, body: json(taskInputSchema) }, responses: { 200: { description: 'Đã lưu', ...json(taskSchema) }, 400: error('Dữ liệu không hợp lệ') } });
  register('post', '/api/v1/tasks/{id}/reports', 'Gửi báo cáo tiến độ', { request: { params: idParam, body: json(reportInputSchema) }, responses: { 201: { description: 'Đã gửi', ...created }, 400: error('Dữ liệu không hợp lệ'), 409: error('Nhiệm vụ đã đóng') } });
  register('put', '/api/v1/reports/{id}', 'Sửa báo cáo (chỉ người gửi, khi nhiệm vụ chưa đóng; mọi phiên bản được giữ)', { request: { params: idParam, body: json(correctionSchema) }, responses: { 200: { description: 'Đã lưu', ...json(z.object({ id: z.number(), version: z.number() })) }, 400: error('Dữ liệu không hợp lệ'), 409: error('Đã có người sửa sau phiên bản bạn đọc, hoặc nhiệm vụ đã đóng') } });
  register('get', '/api/v1/units/{id}/tasks', 'Nhiệm vụ của một đơn vị, quá hạn trước', { request: { params: idParam }, responses: { 200: { description: 'Nhiệm vụ', ...json(z.object({ summary: summarySchema, tasks: z.array(taskSchema) })) } } });
}

// The plans API in the OpenAPI document (/api/v1/openapi.json), with its Vietnamese summaries.
import { z } from 'zod';
import { errorResponseSchema, type ApiDocs } from '../../../platform/http/api-docs.js';
import {
  correctionSchema,
  dashboardSchema,
  planInputSchema,
  reportInputSchema,
  summarySchema,
  taskInputSchema,
  taskSchema,
} from './api-schemas.js';

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...json(errorResponseSchema) });
const idParam = z.object({ id: z.string().regex(/^[1-9][0-9]*$/) });
const created = json(z.object({ id: z.number() }));
const invalid = error('Dữ liệu không hợp lệ');

export function documentPlansApi(docs: ApiDocs) {
  const security: Array<Record<string, string[]>> = [{ cookieAuth: [] }, { bearerAuth: [] }];
  const common = {
    401: error('Chưa đăng nhập hoặc mã API không hợp lệ'),
    403: error('Không có quyền (đơn vị báo cáo chỉ thấy và báo cáo nhiệm vụ của đơn vị mình)'),
  };
  const register = (
    method: 'get' | 'post' | 'put',
    path: string,
    summary: string,
    extra: Record<string, unknown> = {},
  ) =>
    docs.register({
      method,
      path,
      summary,
      security,
      ...extra,
      responses: { ...((extra.responses as object) ?? {}), ...common },
    } as never);

  register('get', '/api/v1/programmes', 'Các đề án', {
    responses: {
      200: {
        description: 'Danh sách đề án',
        ...json(z.object({ items: z.array(z.object({ id: z.number(), number: z.string(), title: z.string() })) })),
      },
    },
  });
  register('get', '/api/v1/plans', 'Các kế hoạch, với số nhiệm vụ theo tình trạng', {
    responses: {
      200: {
        description: 'Danh sách kế hoạch',
        ...json(z.object({ items: z.array(z.object({ id: z.number(), number: z.string(), summary: summarySchema })) })),
      },
    },
  });
  register('post', '/api/v1/plans', 'Tạo kế hoạch (biên tập viên)', {
    request: { body: json(planInputSchema) },
    responses: { 201: { description: 'Đã tạo', ...created }, 400: invalid },
  });
  register('get', '/api/v1/plans/{id}', 'Một kế hoạch và các nhiệm vụ (tình trạng được tính, không nhập tay)', {
    request: { params: idParam },
    responses: {
      200: { description: 'Kế hoạch', ...json(z.object({ summary: summarySchema, tasks: z.array(taskSchema) })) },
      404: error('Không có kế hoạch này'),
    },
  });
  register(
    'get',
    '/api/v1/plans/{id}/dashboard',
    'Số liệu bảng theo dõi: theo nhóm, theo đơn vị chủ trì, quá hạn, chỉ tiêu và kết quả',
    {
      request: { params: idParam },
      responses: { 200: { description: 'Cùng số liệu với danh sách nhiệm vụ', ...json(dashboardSchema) } },
    },
  );
  register('post', '/api/v1/plans/{id}/tasks', 'Thêm nhiệm vụ (biên tập viên)', {
    request: { params: idParam, body: json(taskInputSchema) },
    responses: { 201: { description: 'Đã tạo', ...created }, 400: invalid },
  });
  register('get', '/api/v1/tasks/{id}', 'Một nhiệm vụ: các kỳ, các báo cáo và minh chứng', {
    request: { params: idParam },
    responses: {
      200: { description: 'Nhiệm vụ', ...json(z.object({ task: taskSchema })) },
      404: error('Không có nhiệm vụ này'),
    },
  });
  register('put', '/api/v1/tasks/{id}', 'Sửa nhiệm vụ (biên tập viên)', {
    request: { params: idParam, body: json(taskInputSchema) },
    responses: { 200: { description: 'Đã lưu', ...json(taskSchema) }, 400: invalid },
  });
  register('post', '/api/v1/tasks/{id}/reports', 'Gửi báo cáo tiến độ', {
    request: { params: idParam, body: json(reportInputSchema) },
    responses: { 201: { description: 'Đã gửi', ...created }, 400: invalid, 409: error('Nhiệm vụ đã đóng') },
  });
  register(
    'put',
    '/api/v1/reports/{id}',
    'Sửa báo cáo (chỉ người gửi, khi nhiệm vụ chưa đóng; mọi phiên bản được giữ)',
    {
      request: { params: idParam, body: json(correctionSchema) },
      responses: {
        200: { description: 'Đã lưu', ...json(z.object({ id: z.number(), version: z.number() })) },
        400: invalid,
        409: error('Đã có người sửa sau phiên bản bạn đọc, hoặc nhiệm vụ đã đóng'),
      },
    },
  );
  register('get', '/api/v1/units/{id}/tasks', 'Nhiệm vụ của một đơn vị, quá hạn trước', {
    request: { params: idParam },
    responses: {
      200: { description: 'Nhiệm vụ', ...json(z.object({ summary: summarySchema, tasks: z.array(taskSchema) })) },
    },
  });
}

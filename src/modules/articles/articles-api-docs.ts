// The articles API in the OpenAPI document (/api/v1/openapi.json): every route, its body and its answers.
import { z } from 'zod';
import { errorResponseSchema, type ApiDocs } from '../../platform/http/api-docs.js';
import {
  articleSchema,
  articleStateSchema,
  createArticleSchema,
  publishSchema,
  rejectSchema,
  updateArticleSchema,
} from './articles.schema.js';

export function documentArticlesApi(docs: ApiDocs) {
  const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
  const error = (description: string) => ({ description, ...json(errorResponseSchema) });
  const common = {
    401: error('Chưa đăng nhập hoặc mã API không hợp lệ'),
    403: error('Không có quyền với bài viết này (cộng tác viên chỉ sửa bản nháp của mình, không xuất bản)'),
  };
  const idParam = z.object({
    id: z
      .string()
      .regex(/^[1-9][0-9]*$/)
      .describe('Mã bài viết'),
  });
  const security: Array<Record<string, string[]>> = [{ cookieAuth: [] }, { bearerAuth: [] }];
  docs.register({
    method: 'post',
    path: '/api/v1/articles',
    summary: 'Tạo bài viết',
    description:
      'Cộng tác viên tạo bản nháp hoặc gửi duyệt; biên tập viên có thể xuất bản ngay hoặc hẹn giờ (publishAt). HTML được lọc trên máy chủ.',
    security,
    request: { body: json(createArticleSchema) },
    responses: {
      201: { description: 'Đã tạo', ...json(articleStateSchema) },
      400: error('Dữ liệu không hợp lệ: error.fields chỉ ra từng trường'),
      ...common,
    },
  });
  docs.register({
    method: 'get',
    path: '/api/v1/articles/{id}',
    summary: 'Một bài viết ở mọi trạng thái',
    security,
    request: { params: idParam },
    responses: {
      200: { description: 'Bài viết', ...json(articleSchema) },
      ...common,
      404: error('Không có bài viết này'),
    },
  });
  docs.register({
    method: 'patch',
    path: '/api/v1/articles/{id}',
    summary: 'Sửa bài viết',
    description:
      'Chỉ gửi các trường cần đổi. Gửi kèm version để không ghi đè thay đổi của người khác (409 nếu bài đã được lưu sau phiên bản đó). Mỗi lần lưu là một phiên bản mới.',
    security,
    request: { params: idParam, body: json(updateArticleSchema) },
    responses: {
      200: { description: 'Đã lưu', ...json(articleSchema) },
      400: error('Dữ liệu không hợp lệ'),
      ...common,
      404: error('Không có bài viết này'),
      409: error('Bài đã được người khác lưu, hoặc trạng thái không cho sửa'),
    },
  });
  docs.register({
    method: 'delete',
    path: '/api/v1/articles/{id}',
    summary: 'Chuyển bài viết vào thùng rác (khôi phục được)',
    security,
    request: { params: idParam },
    responses: {
      200: { description: 'Đã chuyển vào thùng rác', ...json(articleStateSchema) },
      ...common,
      404: error('Không có bài viết này'),
    },
  });
  const steps: Array<[string, string, z.ZodType | undefined]> = [
    ['submit', 'Gửi duyệt bản nháp', undefined],
    ['publish', 'Xuất bản ngay, hoặc hẹn giờ với publishAt (biên tập viên)', publishSchema],
    ['reject', 'Trả lại cho người viết kèm lý do (biên tập viên)', rejectSchema],
    ['unpublish', 'Gỡ xuống hoặc hủy hẹn giờ; bài thành bản nháp (biên tập viên)', undefined],
  ];
  for (const [name, summary, body] of steps) {
    docs.register({
      method: 'post',
      path: `/api/v1/articles/{id}/${name}`,
      summary,
      security,
      request: { params: idParam, ...(body ? { body: json(body) } : {}) },
      responses: {
        200: { description: 'Trạng thái mới', ...json(articleStateSchema) },
        400: error('Dữ liệu không hợp lệ'),
        ...common,
        404: error('Không có bài viết này'),
        409: error('Không làm được ở trạng thái hiện tại'),
      },
    });
  }
}

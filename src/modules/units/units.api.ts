// GET /api/v1/units: the organisation tree for scripts and the plan tracker's forms. Any signed-in
// staff member may read it (by session cookie or personal API token); only admins change it.
import type { Hono } from 'hono';
import { z } from 'zod';
import { errorResponseSchema, type ApiDocs } from '../../platform/http/api-docs.js';
import { mountApiRoute } from '../../platform/http/api-route.js';
import type { StaffGuard } from '../accounts/index.js';
import type { UnitsService } from './units.service.js';

const unitSchema = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable().describe('Đơn vị cấp trên; null là đơn vị cấp cao nhất (Đảng ủy Khối)'),
  name: z.string(),
  shortName: z.string().describe('Tên viết tắt; chuỗi rỗng khi không có'),
  foundedOn: z.string().nullable().describe('Ngày thành lập YYYY-MM-DD, hoặc null khi chưa có'),
  depth: z.number().int().describe('0 là đơn vị cấp cao nhất'),
});
const listSchema = z.object({
  items: z.array(unitSchema).describe('Theo thứ tự đọc cây: mỗi đơn vị rồi đến các đơn vị trực thuộc nó'),
});

export function mountUnitsApi(app: Hono, deps: { units: UnitsService; guard: StaffGuard; docs: ApiDocs }) {
  const { units, guard } = deps;
  app.use('/api/v1/units', guard.loadStaff());
  mountApiRoute(
    app,
    deps.docs,
    {
      method: 'get',
      path: '/api/v1/units',
      summary: 'Cây tổ chức: các đơn vị (đảng bộ, chi bộ) theo thứ tự cây',
      security: [{ cookieAuth: [] }, { bearerAuth: [] }],
      before: [guard.require('staff.enter')],
      responses: {
        200: { description: 'Mọi đơn vị', content: { 'application/json': { schema: listSchema } } },
        401: {
          description: 'Chưa đăng nhập, hoặc mã API không hợp lệ',
          content: { 'application/json': { schema: errorResponseSchema } },
        },
      },
    },
    async (c) => {
      const items = (await units.listTree()).map((u) => ({
        id: u.id,
        parentId: u.parentId,
        name: u.name,
        shortName: u.shortName,
        foundedOn: u.foundedOn,
        depth: u.depth,
      }));
      return c.json({ items } satisfies z.infer<typeof listSchema>);
    },
  );
}

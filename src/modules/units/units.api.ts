// GET /api/v1/units: the organisation tree for scripts and the plan tracker's forms. Any signed-in
// staff member may read it (by session cookie or personal API token); only admins change it.
import type { Hono } from 'hono';
import { z } from 'zod';
import { errorResponseSchema, type ApiDocs } from '../../platform/http/api-docs.js';
import { mountApiRoute } from '../../platform/http/api-route.js';
import type { StaffGuard } from '../accounts/index.js';
import type { UnitsService } from './units.service.js';
import { unitsText } from './units.vi.js';

const t = unitsText.api;

const unitSchema = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable().describe(t.parentId),
  name: z.string(),
  shortName: z.string().describe(t.shortName),
  nameEn: z.string().describe(t.nameEn),
  foundedOn: z.string().nullable().describe(t.foundedOn),
  depth: z.number().int().describe(t.depth),
});
const listSchema = z.object({
  items: z.array(unitSchema).describe(t.items),
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
      summary: t.listSummary,
      security: [{ cookieAuth: [] }, { bearerAuth: [] }],
      before: [guard.require('staff.enter')],
      responses: {
        200: { description: t.all, content: { 'application/json': { schema: listSchema } } },
        401: {
          description: t.unauthenticated,
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
        nameEn: u.nameEn,
        foundedOn: u.foundedOn,
        depth: u.depth,
      }));
      return c.json({ items } satisfies z.infer<typeof listSchema>);
    },
  );
}

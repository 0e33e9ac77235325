// Programmes (Đề án) and yearly plans (Kế hoạch) written by editors: checked, saved with an audit
// row in one transaction.
import { NotFoundError } from '../../../platform/http/errors.js';
import * as q from '../plans.queries.js';
import * as versions from '../plan-versions.queries.js';
import type { PlanContext, PlanInput, ProgrammeInput } from '../plans.types.js';
import { planColumns, programmeColumns } from './row-mapping.js';
import type { ServiceKit } from './service-kit.js';
import { checkPlan, checkProgramme } from './validation.js';

export function createPlanCommands(kit: ServiceKit) {
  const { db, nowIso, record, requireManager } = kit;
  return {
    async createProgramme(ctx: PlanContext, sent: ProgrammeInput): Promise<number> {
      requireManager(ctx);
      const input = await checkProgramme(db, sent);
      const now = nowIso();
      return db.transaction().execute(async (trx) => {
        const id = await q.insertProgramme(trx, { ...programmeColumns(input), created_at: now, updated_at: now });
        await record(ctx, trx, 'programme.created', input.number);
        return id;
      });
    },

    async updateProgramme(ctx: PlanContext, id: number, sent: ProgrammeInput) {
      requireManager(ctx);
      if (!(await q.findProgramme(db, id))) throw new NotFoundError('NOT_FOUND');
      const input = await checkProgramme(db, sent, id);
      await db.transaction().execute(async (trx) => {
        await q.updateProgramme(trx, id, { ...programmeColumns(input), updated_at: nowIso() });
        await record(ctx, trx, 'programme.updated', input.number);
      });
    },

    async createPlan(ctx: PlanContext, sent: PlanInput): Promise<number> {
      requireManager(ctx);
      const input = await checkPlan(db, sent);
      const now = nowIso();
      return db.transaction().execute(async (trx) => {
        const id = await q.insertPlan(trx, { ...planColumns(input), created_at: now, updated_at: now });
        await record(ctx, trx, 'plan.created', input.number);
        return id;
      });
    },

    async updatePlan(ctx: PlanContext, id: number, sent: PlanInput) {
      requireManager(ctx);
      await kit.views.loadPlan(id);
      const input = await checkPlan(db, sent, id);
      await db.transaction().execute(async (trx) => {
        await q.updatePlan(trx, id, { ...planColumns(input), updated_at: nowIso() });
        await versions.bumpPlanVersion(trx, id);
        await record(ctx, trx, 'plan.updated', input.number);
      });
    },
  };
}

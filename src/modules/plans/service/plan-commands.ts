// Programmes (Đề án) and yearly plans (Kế hoạch) written by editors: checked, saved with an audit
// row in one transaction.
import { NotFoundError } from '../../../platform/http/errors.js';
import * as q from '../plans.queries.js';
import type { PlanContext, PlanInput, ProgrammeInput } from '../plans.types.js';
import { planColumns, programmeColumns } from './row-mapping.js';
import type { ServiceKit } from './service-kit.js';
import { validatePlan, validateProgramme } from './validation.js';

export function createPlanCommands(kit: ServiceKit) {
  const { db, nowIso, record, requireManager } = kit;
  return {
    async createProgramme(ctx: PlanContext, input: ProgrammeInput): Promise<number> {
      requireManager(ctx);
      await validateProgramme(db, input);
      const now = nowIso();
      return db.transaction().execute(async (trx) => {
        const id = await q.insertProgramme(trx, { ...programmeColumns(input), created_at: now, updated_at: now });
        await record(ctx, trx, 'programme.created', input.number);
        return id;
      });
    },

    async updateProgramme(ctx: PlanContext, id: number, input: ProgrammeInput) {
      requireManager(ctx);
      if (!(await q.findProgramme(db, id))) throw new NotFoundError('NOT_FOUND');
      await validateProgramme(db, input, id);
      await db.transaction().execute(async (trx) => {
        await q.updateProgramme(trx, id, { ...programmeColumns(input), updated_at: nowIso() });
        await record(ctx, trx, 'programme.updated', input.number);
      });
    },

    async createPlan(ctx: PlanContext, input: PlanInput): Promise<number> {
      requireManager(ctx);
      await validatePlan(db, input);
      const now = nowIso();
      return db.transaction().execute(async (trx) => {
        const id = await q.insertPlan(trx, { ...planColumns(input), created_at: now, updated_at: now });
        await record(ctx, trx, 'plan.created', input.number);
        return id;
      });
    },

    async updatePlan(ctx: PlanContext, id: number, input: PlanInput) {
      requireManager(ctx);
      await kit.views.loadPlan(id);
      await validatePlan(db, input, id);
      await db.transaction().execute(async (trx) => {
        await q.updatePlan(trx, id, { ...planColumns(input), updated_at: nowIso() });
        await q.bumpPlanVersion(trx, id);
        await record(ctx, trx, 'plan.updated', input.number);
      });
    },
  };
}

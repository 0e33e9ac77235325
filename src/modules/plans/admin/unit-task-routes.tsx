// /quan-tri/don-vi-cua-toi: a unit's tasks across plans; a unit reporter sees their own unit,
// whoever sees every unit picks one.
import type { Hono } from 'hono';
import { ForbiddenError, NotFoundError } from '../../../platform/http/errors.js';
import { readQueryParam } from '../../../platform/http/query.js';
import type { StaffEnv } from '../../accounts/index.js';
import type { PlanPageDeps } from '../plans.admin.js';
import { seesAllUnits } from '../plans-policy.js';
import { planContextOf } from '../plan-context.js';
import { plansText } from '../plans.vi.js';
import { UnitTasksPage } from '../views/unit-tasks-page.js';
import { optionalId } from './form-input.js';

export function mountUnitTaskRoutes(app: Hono<StaffEnv>, { plans, guard, frame, listUnits }: PlanPageDeps) {
  app.get('/quan-tri/don-vi-cua-toi', guard.require('plans.read'), async (c) => {
    const ctx = planContextOf(c);
    const units = await listUnits();
    const asked = optionalId(readQueryParam(c, 'don-vi') ?? '');
    // A unit reporter asking for another unit is refused, not quietly shown their own.
    if (!seesAllUnits(ctx.actor) && asked !== null && asked !== ctx.actor.unitId) throw new ForbiddenError();
    const unitId = seesAllUnits(ctx.actor) ? (asked ?? ctx.actor.unitId ?? units[0]?.id) : ctx.actor.unitId;
    if (unitId === null || unitId === undefined) throw new NotFoundError('NOT_FOUND');
    const unit = units.find((u) => u.id === unitId);
    if (!unit) throw new NotFoundError('NOT_FOUND');
    const { tasks, plans: planMap, summary } = await plans.listTasksOfUnit(ctx, unitId);
    const name = unit.label.replace(/^[\s—–-]+/, '');
    const planLabel = (planId: number) => plansText.titles.plan(planMap.get(planId)?.number ?? '');
    return frame.respond(
      c,
      plansText.titles.unitTasks(name),
      <UnitTasksPage
        unitName={name}
        unitId={unitId}
        tasks={tasks}
        summary={summary}
        planLabel={planLabel}
        units={seesAllUnits(ctx.actor) ? units : undefined}
      />,
    );
  });
}

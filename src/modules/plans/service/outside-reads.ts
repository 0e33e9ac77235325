// What the other modules ask of the plans: the day's reminders (the reminders module) and why a
// unit is in use (the units module, before it deletes one).
import * as q from '../plans.queries.js';
import { plansText } from '../plans.vi.js';
import { awaitsReport } from '../task-status.js';
import { planOf } from './row-mapping.js';
import type { ServiceKit } from './service-kit.js';

export interface Reminder {
  taskId: number;
  title: string;
  planId: number;
  planNumber: string;
  occurrenceKey: string;
  dueAt: string;
  kind: 'due_soon' | 'overdue';
  unitIds: number[];
}

export function createOutsideReads(kit: ServiceKit) {
  const { db, clock } = kit;
  return {
    /**
     * What the daily reminder ("đôn đốc") is about: every open occurrence of an open task that is
     * overdue, or due within `daysAhead` days, with the units responsible (lead and coordinators).
     * Done occurrences and closed tasks are never reminded.
     */
    async listReminders(daysAhead: number): Promise<Reminder[]> {
      const plansById = new Map((await q.listPlans(db)).map((p) => [p.id, planOf(p)]));
      const rows = (await q.listAllTasks(db)).filter((r) => r.closed_at === null);
      const views = await kit.views.viewsOf(
        rows,
        (planId) => plansById.get(planId)?.year ?? clock.now().getUTCFullYear(),
        'all',
      );
      const now = clock.now().toISOString();
      const horizon = new Date(clock.now().getTime() + daysAhead * 86_400_000).toISOString();
      return views.flatMap((t) =>
        t.status.occurrences
          .filter((o) => awaitsReport(o, now, horizon))
          .map((o) => ({
            taskId: t.id,
            title: t.title,
            planId: t.planId,
            planNumber: plansById.get(t.planId)?.number ?? '',
            occurrenceKey: o.key,
            dueAt: o.dueAt,
            kind: o.status === 'overdue' ? ('overdue' as const) : ('due_soon' as const),
            unitIds: [t.leadUnit.id, ...t.coordinators.map((c) => c.id)],
          })),
      );
    },

    /** Why a unit cannot be deleted, if the plans use it (the units module asks). */
    async describeUnitUse(unitId: number): Promise<string | undefined> {
      const use = await q.countUnitUse(db, unitId);
      const text = plansText.unitUse;
      const uses = [
        use.lead > 0 ? text.leads(use.lead) : '',
        use.coordinating > 0 ? text.coordinates(use.coordinating) : '',
        use.reports > 0 ? text.reports(use.reports) : '',
      ].filter(Boolean);
      return uses.length > 0 ? text.sentence(uses) : undefined;
    },
  };
}

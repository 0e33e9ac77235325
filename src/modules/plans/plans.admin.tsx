// /quan-tri/ke-hoach, /quan-tri/nhiem-vu, /quan-tri/bao-cao, /quan-tri/don-vi-cua-toi: the plan
// tracker's pages. The route guard checks the role; the plans service checks the record (a unit
// reporter's own unit), so a changed unit id anywhere is a 403. The routes, by resource, are in
// admin/; the pages in views/.
import type { Hono } from 'hono';
import type { Clock } from '../../platform/clock.js';
import type { StaffFrame, StaffGuard } from '../accounts/index.js';
import type { AttachmentsService } from '../attachments/index.js';
import { seesAllUnits } from './plans-policy.js';
import type { Plans } from './plans.service.js';
import { planContextOf } from './plan-context.js';
import { plansText } from './plans.vi.js';
import type { ArticleChoice, Choice } from './views/choices.js';
import { mountPlanFormRoutes, mountPlanRoutes } from './admin/plan-routes.js';
import { mountProgrammeRoutes } from './admin/programme-routes.js';
import { mountReportRoutes } from './admin/report-routes.js';
import { mountTaskPageRoutes } from './admin/task-page-routes.js';
import { mountTaskRoutes } from './admin/task-routes.js';
import { mountUnitTaskRoutes } from './admin/unit-task-routes.js';

export { planContextOf };

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
  /** The plans' and programmes' numbers that are in the documents register → their pages there. */
  documentUrls?: (numbers: readonly string[]) => Promise<ReadonlyMap<string, string>>;
}

function addToStaffFrame({ plans, frame }: PlanPageDeps) {
  const { section, flashes } = plansText;
  frame.addSection({
    href: '/quan-tri/ke-hoach',
    label: section.label,
    hint: section.hint,
    permission: 'plans.read',
    order: 15,
    shownTo: (c) => planContextOf(c).actor.unitId !== null || seesAllUnits(planContextOf(c).actor),
    summary: async (c) => {
      const ctx = planContextOf(c);
      const list = await plans.listPlans(ctx);
      const overdue = list.reduce((n, p) => n + p.summary.overdue, 0);
      return seesAllUnits(ctx.actor)
        ? section.summaryAll(list.length, overdue)
        : section.summaryOwnUnit(list.length, overdue);
    },
  });
  frame.addFlashes({
    'da-luu-de-an': { kind: 'ok', text: flashes.programmeSaved },
    'da-luu-ke-hoach': { kind: 'ok', text: flashes.planSaved },
    'da-luu-nhiem-vu': { kind: 'ok', text: flashes.taskSaved },
    'da-gui-bao-cao': { kind: 'ok', text: flashes.reportFiled },
    'da-sua-bao-cao': { kind: 'ok', text: flashes.reportCorrected },
    'da-xac-nhan': { kind: 'ok', text: flashes.confirmed },
    'da-dong': { kind: 'ok', text: flashes.closed },
    'da-mo-lai': { kind: 'ok', text: flashes.reopened },
  });
}

export function mountPlanPages(app: Hono, deps: PlanPageDeps) {
  addToStaffFrame(deps);
  // In this order: a fixed path (…/moi) is mounted before the :id route it would also match.
  mountProgrammeRoutes(app, deps);
  mountPlanFormRoutes(app, deps);
  mountPlanRoutes(app, deps);
  mountTaskRoutes(app, deps);
  mountTaskPageRoutes(app, deps);
  mountReportRoutes(app, deps);
  mountUnitTaskRoutes(app, deps);
}

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
}

function addToStaffFrame({ plans, frame }: PlanPageDeps) {
  frame.addSection({
    href: '/quan-tri/ke-hoach',
    label: 'Kế hoạch',
    hint: 'Đề án, kế hoạch năm, nhiệm vụ và báo cáo tiến độ của các đơn vị.',
    permission: 'plans.read',
    order: 15,
    summary: async (c) => {
      const ctx = planContextOf(c);
      const list = await plans.listPlans(ctx);
      const overdue = list.reduce((n, p) => n + p.summary.overdue, 0);
      return `${list.length} kế hoạch · ${overdue} nhiệm vụ quá hạn${seesAllUnits(ctx.actor) ? '' : ' của đơn vị bạn'}`;
    },
  });
  frame.addFlashes({
    'da-luu-de-an': { kind: 'ok', text: 'Đã lưu đề án.' },
    'da-luu-ke-hoach': { kind: 'ok', text: 'Đã lưu kế hoạch.' },
    'da-luu-nhiem-vu': { kind: 'ok', text: 'Đã lưu nhiệm vụ.' },
    'da-gui-bao-cao': { kind: 'ok', text: 'Đã gửi báo cáo tiến độ.' },
    'da-sua-bao-cao': { kind: 'ok', text: 'Đã lưu bản sửa của báo cáo; bản cũ vẫn được giữ.' },
    'da-xac-nhan': { kind: 'ok', text: 'Đã xác nhận hoàn thành.' },
    'da-dong': { kind: 'ok', text: 'Đã đóng nhiệm vụ: không nhận thêm báo cáo.' },
    'da-mo-lai': { kind: 'ok', text: 'Đã mở lại nhiệm vụ.' },
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

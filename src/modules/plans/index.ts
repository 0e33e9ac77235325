// The plan tracker: programmes (Đề án) → yearly plans (Kế hoạch) → tasks (Nhiệm vụ) with lead and
// coordinating units, deadlines or recurrences and targets, and the units' progress reports.
// Rules: a task's status is computed (task-status.ts), never typed; a unit reporter sees and
// reports only on its own unit's tasks; reports are corrected only by their author until the
// task is closed, and every version is kept; evidence articles are the ones the articles module
// says readers can open (published, public, not expired), asked, never re-derived here.
export { createPlans } from './plans.service.js';
export type { Plans, PlanServiceDeps } from './plans.service.js';
export { quantityText } from './task-text.js';
export type {
  PlanContext,
  TaskView,
  TaskInput,
  PlanInput,
  ProgrammeInput,
  ReportInput,
  EvidenceArticle,
} from './plans.types.js';
export { mountPlanPages, planContextOf } from './plans.admin.js';
export { taskStatusLabels, type TaskStatus } from './task-status.js';
export { capPlansApiBodies, mountPlansApi } from './plans.api.js';
export { addPlanHomePanels } from './home-panels.js';

// The plan tracker: programmes (Đề án) → yearly plans (Kế hoạch) → tasks (Nhiệm vụ) with lead and
// coordinating units, deadlines or recurrences and targets, and the units' progress reports.
// Rules: a task's status is computed (task-status.ts), never typed; a unit reporter sees and
// reports only on its own unit's tasks; reports are corrected only by their author until the
// task is closed, and every version is kept; evidence articles must be published.
export { createPlans, quantityText } from './plans.service.js';
export type { Plans, PlanContext, TaskView, TaskInput, PlanInput, ProgrammeInput, ReportInput } from './plans.service.js';
export { mountPlanPages, planContextOf } from './plans.admin.js';
export { taskStatusLabels, type TaskStatus } from './task-status.js';
export { capPlansApiBodies, mountPlansApi } from './plans.api.js';

// The plan tracker as the rest of the app sees it: programmes, plans, tasks with their computed
// status, and the units' progress reports. Every call takes the acting person and checks the
// per-record rules (plans-policy.ts) itself, so pages and the API cannot differ. The parts, by job,
// are in service/: commands (what editors and units write), reads (and what other modules ask),
// validation, the task views.
import { createFedReports } from './service/fed-reports.js';
import { createEventOutcomes } from './service/event-outcomes.js';
import { createHomeFacts } from './service/home-facts.js';
import { createOutsideReads } from './service/outside-reads.js';
import { createPlanCommands } from './service/plan-commands.js';
import { createPlanReads } from './service/plan-reads.js';
import { createReportCommands } from './service/report-commands.js';
import { createServiceKit, type PlanServiceDeps } from './service/service-kit.js';
import { createTaskCommands } from './service/task-commands.js';
import { createTaskReads } from './service/task-reads.js';

export type { PlanServiceDeps } from './service/service-kit.js';
export type { PlanWithSummary } from './service/plan-reads.js';
export type { Reminder } from './service/outside-reads.js';
export type { EventTaskRef } from './service/event-outcomes.js';
export type { FedEntry, FeedableTask, FedReportResult } from './service/fed-reports.js';

export function createPlans(deps: PlanServiceDeps) {
  const kit = createServiceKit(deps);
  return {
    ...createPlanReads(kit),
    ...createPlanCommands(kit),
    ...createTaskCommands(kit),
    ...createTaskReads(kit),
    ...createReportCommands(kit),
    ...createOutsideReads(kit),
    ...createHomeFacts(kit),
    ...createEventOutcomes(kit),
    ...createFedReports(kit),
  };
}

export type Plans = ReturnType<typeof createPlans>;
export type TaskDetail = Awaited<ReturnType<Plans['getTask']>>;
export type ReportDetail = Awaited<ReturnType<Plans['getReport']>>;

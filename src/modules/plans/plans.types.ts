// The plan tracker's domain objects, as the service hands them out (rows never leave it), and the
// inputs it takes from pages and the API (their shapes are the schemas of plans.schema.ts).
import type { PlanActor } from './plans-policy.js';
import type { PlanInput, ProgrammeInput } from './plans.schema.js';
import type { RecurrenceKind } from './plans.tables.js';
import type { Recurrence, TaskStatus, TaskStatusResult } from './task-status.js';

export type { CompletionInput, PlanInput, ProgrammeInput, ReportInput, TaskInput } from './plans.schema.js';

export interface PlanContext {
  actor: PlanActor;
  requestId: string;
}

/** A programme (Đề án): several years, several yearly plans. */
export interface Programme extends ProgrammeInput {
  id: number;
}

/** A yearly plan (Kế hoạch), with the number and title of the programme it carries out. */
export interface Plan extends PlanInput {
  id: number;
  programmeNumber: string | null;
  programmeTitle: string | null;
}

export type StatusCounts = Record<TaskStatus, number> & { total: number };

export interface TaskView {
  id: number;
  planId: number;
  parentId: number | null;
  position: number;
  title: string;
  description: string;
  groupName: string;
  leadUnit: { id: number; name: string };
  coordinators: Array<{ id: number; name: string }>;
  recurrence: Recurrence;
  recurrenceKind: RecurrenceKind;
  /** "05/03/2023", "Hằng ngày", "Hằng tháng (ngày 25)", "Hằng năm (05/03)". */
  deadlineText: string;
  targetQuantity: number | null;
  targetUnit: string;
  closedAt: string | null;
  status: TaskStatusResult;
}

/** An editor's confirmation that an occurrence is done, with the reason. */
export interface Completion {
  occurrenceKey: string;
  at: string;
  reason: string;
  byName: string;
}

export interface ProgressReport {
  id: number;
  taskId: number;
  unit: { id: number; name: string };
  occurrenceKey: string;
  activityDate: string;
  body: string;
  quantity: number | null;
  completed: boolean;
  authorId: number | null;
  authorName: string;
  filedAt: string;
  updatedAt: string;
  version: number;
}

/** One saved version of a report: every correction is kept. */
export interface ReportRevision {
  version: number;
  activityDate: string;
  body: string;
  quantity: number | null;
  completed: boolean;
  articleIds: number[];
  savedByName: string;
  savedAt: string;
}

/** An article cited as evidence, as the articles module shows it: published, public, not expired. */
export interface EvidenceArticle {
  id: number;
  title: string;
  url: string;
}

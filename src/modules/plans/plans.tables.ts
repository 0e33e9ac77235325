import type { Generated } from 'kysely';

export interface ProgrammesTable {
  id: Generated<number>;
  /** As written on the document, e.g. "17-ĐA/TU". */
  number: string;
  title: string;
  issuer: string;
  issued_on: string | null;
  start_year: number;
  end_year: number;
  created_at: string;
  updated_at: string;
}

export interface PlansTable {
  id: Generated<number>;
  programme_id: number | null;
  /** e.g. "132/KH-ĐUK". */
  number: string;
  title: string;
  issuer: string;
  /** Vietnam date YYYY-MM-DD. */
  issued_on: string;
  year: number;
  /** Bumped with every change to the plan's tasks, reports or confirmations (see plan-facts-cache.ts). */
  data_version: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** The task each version of a plan changed (migration 026), for other nodes' kept rows. */
export interface PlanTaskChangesTable {
  plan_id: number;
  version: number;
  task_id: number;
}

export const RECURRENCE_KINDS = ['once', 'daily', 'monthly', 'yearly'] as const;
export type RecurrenceKind = (typeof RECURRENCE_KINDS)[number];

export interface TasksTable {
  id: Generated<number>;
  plan_id: number;
  parent_id: number | null;
  position: number;
  title: string;
  description: string;
  group_name: string;
  lead_unit_id: number;
  recurrence: RecurrenceKind;
  deadline: string | null;
  recur_day: number | null;
  recur_month: number | null;
  recur_from: string | null;
  recur_to: string | null;
  target_quantity: number | null;
  target_unit: string;
  /** A closed task takes no new reports and its reports can no longer be corrected. */
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface TaskCoordinatorsTable {
  task_id: number;
  unit_id: number;
}

export interface TaskCompletionsTable {
  id: Generated<number>;
  task_id: number;
  occurrence_key: string;
  at: string;
  reason: string;
  by_user_id: number | null;
  by_name: string;
}

export interface ProgressReportsTable {
  id: Generated<number>;
  task_id: number;
  unit_id: number;
  occurrence_key: string;
  activity_date: string;
  body: string;
  quantity: number | null;
  completed: number;
  author_id: number | null;
  author_name: string;
  /** When first filed: what on-time is judged by. Corrections keep it. */
  filed_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface ProgressReportRevisionsTable {
  id: Generated<number>;
  report_id: number;
  version: number;
  activity_date: string;
  body: string;
  quantity: number | null;
  completed: number;
  /** The cited article ids at that version, comma-separated. */
  article_ids: string;
  saved_by_name: string;
  saved_at: string;
}

export interface ReportArticlesTable {
  report_id: number;
  article_id: number;
}

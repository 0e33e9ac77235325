import type { Generated, Selectable } from 'kysely';

export const CLASSIFICATIONS = ['noi_bo', 'mat'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** Mildest first: the overview and the synthesis list cases the other way round. */
export const SEVERITIES = ['binh_thuong', 'can_theo_doi', 'phuc_tap', 'diem_nong'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FOLLOW_UPS = ['dang_theo_doi', 'dang_xu_ly', 'da_giai_quyet'] as const;
export type FollowUp = (typeof FOLLOW_UPS)[number];

export const PERIOD_KINDS = ['month', 'quarter'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The one row (id 1) of the reporting rules the admin sets. */
export interface OpinionSettingsTable {
  id: number;
  period_kind: PeriodKind;
  /** Day of the month after a period ends by which its report is due (1–28, so every month has it). */
  deadline_day: number;
  /** Days after the deadline that a unit may still file (late) and edit; then the period closes. */
  grace_days: number;
  updated_at: string;
}

/** One unit's report for one period ("Tình hình dư luận xã hội"), never public. */
export interface OpinionReportsTable {
  id: Generated<number>;
  unit_id: number;
  /** '2026-11' (a month) or '2026-Q4' (a quarter): opinion-periods.ts. */
  period_key: string;
  classification: Classification;
  /** The situation among the unit's members and staff. */
  members_situation: string;
  /** The topics readers talk about, one per line. */
  topics: string;
  /** What is said about them. */
  public_opinion: string;
  filed_by: number | null;
  /** When the report was first filed: late when after the period's deadline (Vietnam time). */
  filed_at: string;
  updated_at: string;
}

/** A case ("vụ việc") of a report. */
export interface OpinionCasesTable {
  id: Generated<number>;
  report_id: number;
  classification: Classification;
  severity: Severity;
  title: string;
  /** YYYY-MM-DD, Vietnam calendar: when it arose (the chart's month, an open case's age). */
  occurred_on: string;
  place: string;
  /** Free text, as the unit writes it. */
  people: string;
  actions_taken: string;
  follow_up: FollowUp;
  created_at: string;
  updated_at: string;
}

export type OpinionReportRow = Selectable<OpinionReportsTable>;
export type OpinionCaseRow = Selectable<OpinionCasesTable>;

/** The tables that hold restricted text: a public backup leaves them out. */
export const OPINION_TABLES = ['opinion_reports', 'opinion_cases'] as const;

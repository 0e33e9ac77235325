import type { Generated } from 'kysely';

export type BriefStatus = 'draft' | 'published';

export interface BriefsTable {
  id: Generated<number>;
  /** The Vietnam calendar day it is the brief of, YYYY-MM-DD; one brief per day. */
  day: string;
  intro: string;
  /** The ordered items as JSON (StoredItem[] in brief-items.ts). */
  items: string;
  status: BriefStatus;
  version: Generated<number>;
  /** Folded intro, item titles, sources and summaries, for search. */
  search_f: Generated<string>;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  /** When a publication filed the plan task's report for this day: claimed once, never twice. */
  reported_at: string | null;
}

export interface BriefRevisionsTable {
  id: Generated<number>;
  brief_id: number;
  version: number;
  intro: string;
  items: string;
  status: BriefStatus;
  /** Why a published brief was changed ('' for drafts). */
  reason: Generated<string>;
  saved_by_name: string;
  saved_at: string;
}

export interface BriefSettingsTable {
  /** Always 1: one row. */
  id: number;
  /** The daily plan task a publication feeds, or null. */
  task_id: number | null;
  updated_at: string;
}

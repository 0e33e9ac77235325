import type { Generated, Selectable } from 'kysely';

export const EVENT_KINDS = ['seminar', 'contest', 'class', 'anniversary', 'conference'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface EventsTable {
  id: Generated<number>;
  title: string;
  kind: EventKind;
  /** UTC ISO instants; shown in Vietnam time. */
  starts_at: string;
  ends_at: string;
  place: string;
  /** The organising unit (units tree), or null. */
  unit_id: number | null;
  /** Plain text; blank lines part the paragraphs. */
  description: string;
  /** fold() of title, place and description: what the portal's search matches. */
  search_f: string;
  /** The plan task the event carries out, or null. */
  task_id: number | null;
  /** Registrations accepted at most (classes and contests); null when there is no limit. */
  capacity: number | null;
  /** Kept by the same statement that admits a registration, so the capacity holds under races. */
  registered_count: Generated<number>;
  published: number;
  /** Set when the organiser records that it took place. */
  held_at: string | null;
  /** The progress report filed on the linked task when it was held (plans module's id). */
  report_id: number | null;
  /** For an event made from a computed anniversary: which one ("unit:3" or "date:5") and how many years. */
  anniversary_of: string | null;
  anniversary_years: number | null;
  created_at: string;
  updated_at: string;
}

export interface EventArticlesTable {
  event_id: number;
  article_id: number;
  position: number;
}

export interface EventRegistrationsTable {
  id: Generated<number>;
  event_id: number;
  unit_id: number;
  name: string;
  position_title: string;
  /** null until the organiser records attendance; then 1 or 0. */
  attended: number | null;
  result: string;
  registered_by: number | null;
  created_at: string;
}

/** A date the committee commemorates every year (the admin keeps the list). */
export interface CommemorationsTable {
  id: Generated<number>;
  name: string;
  /** The original day, YYYY-MM-DD. */
  date: string;
  created_at: string;
}

export type EventRow = Selectable<EventsTable>;
export type RegistrationRow = Selectable<EventRegistrationsTable>;
export type CommemorationRow = Selectable<CommemorationsTable>;

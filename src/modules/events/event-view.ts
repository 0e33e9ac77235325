// Rows → the event as pages, the API and the feed see it.
import { slugify } from '../../platform/text/slug.js';
import type { EventKind, EventRow } from './events.tables.js';

export interface UnitRef {
  id: number;
  name: string;
  depth: number;
  foundedOn: string | null;
}

export interface EventView {
  id: number;
  /** "hoi-thi-bi-thu-chi-bo-gioi-12": the title's slug and the id, which alone names the event. */
  slug: string;
  url: string;
  title: string;
  kind: EventKind;
  startsAt: string;
  endsAt: string;
  place: string;
  unit: { id: number; name: string } | null;
  description: string;
  taskId: number | null;
  capacity: number | null;
  registeredCount: number;
  published: boolean;
  heldAt: string | null;
  reportId: number | null;
  anniversary: { key: string; years: number } | null;
  updatedAt: string;
}

export function eventSlug(id: number, title: string): string {
  const base = slugify(title);
  return base ? `${base}-${id}` : String(id);
}

/** The id at the end of a /su-kien/:slug ("…-12" or "12"), or undefined. */
export function idOfSlug(slug: string): number | undefined {
  const m = /(?:^|-)([1-9][0-9]{0,9})$/.exec(slug);
  return m ? Number(m[1]) : undefined;
}

export function toEventView(row: EventRow, unitName: (id: number) => string | undefined): EventView {
  const slug = eventSlug(row.id, row.title);
  const name = row.unit_id === null ? undefined : unitName(row.unit_id);
  return {
    id: row.id,
    slug,
    url: `/su-kien/${slug}`,
    title: row.title,
    kind: row.kind,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    place: row.place,
    unit: row.unit_id !== null && name !== undefined ? { id: row.unit_id, name } : null,
    description: row.description,
    taskId: row.task_id,
    capacity: row.capacity,
    registeredCount: Number(row.registered_count),
    published: Number(row.published) === 1,
    heldAt: row.held_at,
    reportId: row.report_id,
    anniversary:
      row.anniversary_of !== null && row.anniversary_years !== null
        ? { key: row.anniversary_of, years: Number(row.anniversary_years) }
        : null,
    updatedAt: row.updated_at,
  };
}

/** Classes and contests take registrations; the other kinds do not. */
export const takesRegistrations = (kind: EventKind) => kind === 'class' || kind === 'contest';

/** Plain text → paragraphs (blank lines part them; single line breaks kept inside). */
export function paragraphsOf(text: string): string[][] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((line) => line.trim()))
    .filter((lines) => lines.some(Boolean));
}

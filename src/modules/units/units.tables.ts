import type { Generated, Selectable } from 'kysely';

/** One node of the organisation tree; `parent_id` null is the root, the Bloc's Party Committee. */
export interface UnitsTable {
  id: Generated<number>;
  parent_id: number | null;
  /** NFC, 1–200 characters, unique among its siblings (case aside). */
  name: string;
  /** "ĐU Khối", "Chi bộ Sở Tư pháp"; '' when there is none. */
  short_name: Generated<string>;
  /** The English name shown on /en/organisation (migration 019); '' when none is given. */
  name_en: Generated<string>;
  /** 'YYYY-MM-DD', or null when unknown: anniversaries are counted from it. */
  founded_on: string | null;
  address: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  /** Order among siblings, small first. */
  position: Generated<number>;
  created_at: string;
  updated_at: string;
}

export type UnitRow = Selectable<UnitsTable>;

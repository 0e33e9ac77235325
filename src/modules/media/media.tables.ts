import type { Generated, Insertable, Selectable } from 'kysely';

export interface MediaTable {
  id: Generated<number>;
  /** Relative to DATA_DIR/uploads, e.g. 2026/11/<32 hex>.png; chosen by the server, never reused. */
  path: string;
  /** The uploader's file name, for display only (NFC, no folders, at most 200 characters). */
  original_name: string;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  alt: Generated<string>;
  /** fold(original_name + ' ' + alt): feeds the library's filter. */
  search_f: Generated<string>;
  uploaded_by: number;
  created_at: string;
  /** The resized copies made: widths ascending, comma-separated; NULL until made (014-media-variants). */
  variant_widths: string | null;
  /** 'jpg' or 'png': the copies' format for browsers without WebP/AVIF; NULL until made. */
  variant_fallback: string | null;
}

export type MediaRow = Selectable<MediaTable>;
export type NewMediaRow = Insertable<MediaTable>;

import type { Generated, Selectable } from 'kysely';

/** The documents register ("Văn bản"): one row per document, public once saved. */
export interface DocumentsTable {
  id: Generated<number>;
  /** The page's address under /van-ban/, made from the number ("132-kh-duk"), unique. */
  slug: string;
  /** Number and symbol as written on the document, NFC: "132/KH-ĐUK", "42/2022/NĐ-CP". */
  number: string;
  /** The number folded to letters and digits ("132khduk"): what search and the linker match. */
  number_key: string;
  /** One of DOCUMENT_KINDS ("ke-hoach", "de-an", …). */
  kind: string;
  /** Who issued it, as written ("Đảng ủy Khối", "Tỉnh ủy Lào Cai"). */
  issuer: string;
  /** YYYY-MM-DD. */
  issued_on: string;
  /** The year of issued_on: a number is unique per issuer, kind and year. */
  year: number;
  /** The summary line ("trích yếu"). */
  title: string;
  /** title and issuer folded (platform/text/fold.ts), for search without diacritics. */
  title_f: string;
  /** A longer description, plain text ('' when none). */
  summary: string;
  /** Relative to DATA_DIR/documents (2026/11/<32 hex>.pdf), when a file is attached. */
  file_path: string | null;
  file_name: string | null;
  file_mime: string | null;
  file_bytes: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export type DocumentRow = Selectable<DocumentsTable>;

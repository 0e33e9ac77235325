import type { Generated, Selectable } from 'kysely';

export interface AttachmentsTable {
  id: Generated<number>;
  /** Relative to DATA_DIR/attachments, e.g. 2026/11/<32 hex>.pdf; chosen by the server, never reused. */
  path: string;
  /** The uploader's file name, the name a download is saved as (NFC, no folders, at most 200 characters). */
  original_name: string;
  /** Decided from the bytes at upload, never from the name or the browser's Content-Type. */
  mime: string;
  bytes: number;
  uploaded_by: number;
  created_at: string;
}

export interface PlanAttachmentsTable {
  plan_id: number;
  attachment_id: number;
}

export interface ReportAttachmentsTable {
  report_id: number;
  attachment_id: number;
}

export type AttachmentRow = Selectable<AttachmentsTable>;

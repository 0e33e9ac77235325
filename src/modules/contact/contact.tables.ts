import type { Generated, Selectable } from 'kysely';

/** A department a reader may write to ("Văn phòng", "Ban Tuyên giáo"), with the address it is told at. */
export interface ContactDepartmentsTable {
  id: Generated<number>;
  /** NFC, 1–120 characters. */
  name: string;
  /** Where a new message's notice goes (when SMTP_URL is set). */
  email: string;
  /** Order in the form's list, small first. */
  position: Generated<number>;
  /** 0/1: an inactive department is not offered to readers but keeps its messages. */
  active: Generated<number>;
  created_at: string;
  updated_at: string;
}

export type ContactStatus = 'new' | 'handling' | 'answered' | 'spam';

/** One message a reader sent through /lien-he. No address of the sender's machine is kept. */
export interface ContactMessagesTable {
  id: Generated<number>;
  department_id: number;
  name: string;
  email: string;
  /** '' when not given. */
  phone: string;
  message: string;
  status: ContactStatus;
  /** The staff member handling it, or null. */
  assignee_id: number | null;
  /** The staff's own notes on how it is handled; never shown to the sender. */
  note: Generated<string>;
  received_at: string;
  updated_at: string;
  /** When the department's notice was accepted by the mail server; null when none was sent. */
  notified_at: string | null;
}

/** The key that signs the form's issue time, made once and shared by every node. */
export interface ContactSecretsTable {
  name: string;
  value: string;
}

export type ContactDepartmentRow = Selectable<ContactDepartmentsTable>;
export type ContactMessageRow = Selectable<ContactMessagesTable>;

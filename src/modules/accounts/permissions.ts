// The one permission table: which roles may do what. Every staff route names one of these and
// is checked on the server; tests walk this table route by route.
import type { Role } from './roles.js';

export const permissions = {
  /** See the staff area at all. */
  'staff.enter': ['admin', 'editor', 'contributor', 'unit_reporter', 'leader'],
  'users.manage': ['admin'],
  'sessions.manage': ['admin'],
  'audit.read': ['admin'],
  'settings.manage': ['admin'],
  'categories.manage': ['admin', 'editor'],
  /** Write articles: create, edit one's own drafts, submit them for review. */
  'articles.write': ['admin', 'editor', 'contributor'],
  /** Everything else of the workflow: edit anyone's, publish, schedule, reject, unpublish, delete, restore. */
  'articles.publish': ['admin', 'editor'],
  /** Upload images and use the media library (contributors remove only their own uploads). */
  'media.upload': ['admin', 'editor', 'contributor'],
  /** Remove anyone's upload. */
  'media.manage': ['admin', 'editor'],
  /** See and revoke every user's API tokens (each user manages their own with staff.enter). */
  'tokens.manage': ['admin'],
  /** Keep the organisation tree: add, edit, move, delete and import units (everyone signed in reads it). */
  'units.manage': ['admin'],
  /** The plan tracker: programmes, plans, tasks and their reports (unit reporters: their unit's only). */
  'plans.read': ['admin', 'editor', 'leader', 'unit_reporter'],
  /** Every unit's tasks and reports, not only one's own unit's. */
  'plans.read_all': ['admin', 'editor', 'leader'],
  /** Create and change programmes, plans and tasks; mark a task done with a reason; close it. */
  'plans.manage': ['admin', 'editor'],
  /** File progress reports (unit reporters for their own unit). */
  'reports.file': ['admin', 'editor', 'unit_reporter'],
  /** File a report for any unit of the task. */
  'reports.file_any': ['admin', 'editor'],
  /** The morning brief: compose, preview, publish; correct a published one with a logged reason. */
  'briefs.write': ['admin', 'editor'],
  /** Events: create, edit, publish, delete; keep the commemorated dates; record attendance and results. */
  'events.manage': ['admin', 'editor'],
  /** Register participants for classes and contests (unit reporters: their own unit's only). */
  'events.register': ['admin', 'editor', 'unit_reporter'],
  /** The documents register (Văn bản): add, edit and delete documents and their files (readers see them all). */
  'documents.manage': ['admin', 'editor'],
  /** The contact form's inbox: read readers' messages, set their status, who handles them, notes. */
  'contact.handle': ['admin', 'editor'],
  /** The departments readers write to (name, e-mail, order, active). */
  'contact.manage': ['admin'],
  /** Public-opinion reports (Tình hình dư luận xã hội): open the section (unit reporters: their unit's only). */
  'opinion.read': ['admin', 'leader', 'unit_reporter'],
  /** Every unit's opinion reports and cases, the overview and the synthesis .docx. */
  'opinion.read_all': ['admin', 'leader'],
  /** File and edit one's unit's opinion report and its cases until the period closes. */
  'opinion.file': ['admin', 'unit_reporter'],
  /** The reporting period and deadline; correct any unit's report after its period closed. */
  'opinion.manage': ['admin'],
  /** Party history books (Lịch sử Đảng bộ): create books, appoint writers, review, approve, export, publish. */
  'history.manage': ['admin', 'editor'],
  /** Open the history workspace: leaders read every book; other staff only the books they were appointed to. */
  'history.read': ['admin', 'editor', 'leader', 'contributor', 'unit_reporter'],
  /** Read every history book (leaders), not only the ones one was appointed to. */
  'history.read_all': ['admin', 'editor', 'leader'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = permissions[permission];
  return roles.some((role) => allowed.includes(role));
}

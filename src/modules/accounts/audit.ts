// The audit log: who did what, when (UTC), from which request. Written in the same transaction
// as the change where there is one, so the log and the data never disagree.
import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database, Db } from '../../database.js';
import { countAudit, insertAudit, listAudit } from './accounts.queries.js';

export type AuditAction =
  | 'login.succeeded'
  | 'login.failed'
  | 'login.throttled'
  | 'logout'
  | 'permission.denied'
  | 'user.created'
  | 'user.updated'
  | 'user.roles_changed'
  | 'user.disabled'
  | 'user.enabled'
  | 'user.password_reset'
  | 'user.two_factor_enabled'
  | 'user.two_factor_disabled'
  | 'user.two_factor_reset'
  | 'user.two_factor_recovery_renewed'
  | 'two_factor.roles_changed'
  | 'session.revoked'
  | 'settings.updated'
  | 'category.created'
  | 'category.updated'
  | 'category.deleted'
  | 'article.created'
  | 'article.updated'
  | 'article.submitted'
  | 'article.published'
  | 'article.scheduled'
  | 'article.rejected'
  | 'article.unpublished'
  | 'article.deleted'
  | 'article.restored'
  | 'article.revision_restored'
  | 'article.expired'
  | 'media.uploaded'
  | 'media.updated'
  | 'media.deleted'
  | 'token.created'
  | 'token.revoked'
  | 'unit.created'
  | 'unit.updated'
  | 'unit.deleted'
  | 'units.imported'
  | 'programme.created'
  | 'programme.updated'
  | 'plan.created'
  | 'plan.updated'
  | 'task.created'
  | 'task.updated'
  | 'task.closed'
  | 'task.reopened'
  | 'task.marked_done'
  | 'report.filed'
  | 'report.corrected'
  | 'brief.created'
  | 'brief.updated'
  | 'brief.published'
  | 'brief.amended'
  | 'brief.settings_updated'
  | 'contact.message_updated'
  | 'contact.department_created'
  | 'contact.department_updated'
  | 'event.created'
  | 'event.updated'
  | 'event.deleted'
  | 'event.results_recorded'
  | 'registration.added'
  | 'registration.removed'
  | 'commemoration.created'
  | 'commemoration.deleted'
  | 'document.created'
  | 'document.updated'
  | 'document.deleted'
  | 'opinion.report_read'
  | 'opinion.case_read'
  | 'opinion.report_filed'
  | 'opinion.report_updated'
  | 'opinion.case_added'
  | 'opinion.case_updated'
  | 'opinion.case_deleted'
  | 'opinion.settings_updated'
  | 'history.book_created'
  | 'history.book_updated'
  | 'history.writer_appointed'
  | 'history.writer_removed'
  | 'history.section_created'
  | 'history.section_moved'
  | 'history.section_deleted'
  | 'history.section_saved'
  | 'history.section_submitted'
  | 'history.section_approved'
  | 'history.section_returned'
  | 'history.comment_added'
  | 'history.source_added'
  | 'history.source_deleted'
  | 'history.chapter_published'
  | 'history.book_exported';

export interface AuditEntry {
  action: AuditAction;
  userId?: number | null;
  /** Who, as a person reads it: an e-mail, or "khách" for anonymous requests. */
  actor: string;
  target?: string;
  detail?: string;
  requestId?: string;
}

/** One line of the audit log as the staff pages show it. */
export interface AuditRecord {
  id: number;
  /** ISO instant. */
  at: string;
  actor: string;
  action: string;
  target: string;
  detail: string;
  requestId: string;
}

export function createAuditLog(deps: { db: Db; clock: Clock }) {
  return {
    /** A page of the log, newest first, optionally one kind of event; the total for the pager. */
    async page(options: { action?: string; limit: number; offset: number }): Promise<{
      records: AuditRecord[];
      total: number;
    }> {
      const [rows, total] = await Promise.all([listAudit(deps.db, options), countAudit(deps.db, options.action)]);
      const records = rows.map((r) => ({
        id: r.id,
        at: r.at,
        actor: r.actor,
        action: r.action,
        target: r.target,
        detail: r.detail,
        requestId: r.request_id,
      }));
      return { records, total };
    },
    record(entry: AuditEntry, executor: Db | Transaction<Database> = deps.db) {
      return insertAudit(executor, {
        at: deps.clock.now().toISOString(),
        userId: entry.userId ?? null,
        actor: entry.actor,
        action: entry.action,
        target: entry.target ?? '',
        detail: entry.detail ?? '',
        requestId: entry.requestId ?? '',
      });
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;

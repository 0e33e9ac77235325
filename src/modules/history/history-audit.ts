// The history workspace's audit rows: who did what to which book, section or source. Written in
// the same transaction as the change where there is one, so the log and the book never disagree.
import type { Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';
import type { AuditLog } from '../accounts/index.js';
import type { HistoryActor } from './history-access.js';

export type HistoryAuditAction = Extract<Parameters<AuditLog['record']>[0]['action'], `history.${string}`>;

export const bookTarget = (id: number) => `history_book:${id}`;
export const sectionTarget = (id: number) => `history_section:${id}`;
export const sourceTarget = (id: number) => `history_source:${id}`;

export function createHistoryAudit(audit: AuditLog) {
  return (
    actor: HistoryActor,
    action: HistoryAuditAction,
    target: string,
    detail = '',
    executor?: Db | Transaction<Database>,
  ) =>
    audit.record(
      { action, userId: actor.id, actor: actor.email, target, detail, requestId: actor.requestId },
      executor,
    );
}

export type RecordHistory = ReturnType<typeof createHistoryAudit>;

// The contact module's service: the departments, a reader's message received (and its department
// told by e-mail after the row is committed, never holding the reader's answer), the inbox and the
// staff's handling of each message, audited.
import type { Clock } from '../../platform/clock.js';
import type { Logger } from '../../platform/logger.js';
import type { Db } from '../../database.js';
import type { AuditLog } from '../accounts/index.js';
import { buildNoticeMail, type ContactMail } from './contact-email.js';
import {
  countMessageRows,
  findDepartmentRow,
  findMessageRow,
  insertMessage,
  listMessageRows,
  markMessageNotified,
  updateMessageHandling,
  type MessageFilter,
} from './contact.queries.js';
import type { HandlingInput, ContactMessageInput } from './contact.schema.js';
import type { ContactStatus } from './contact.tables.js';
import { createDepartmentCommands, toDepartment, type Department } from './contact-departments.js';

export type { Department };

export interface ContactDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  audit: AuditLog;
  siteUrl: string;
  siteName: () => string;
  /** May this user handle messages (an enabled account with contact.handle)? */
  isHandler: (userId: number) => Promise<boolean>;
  /** The form on /lien-he lists the active departments: its cached page must be rebuilt. */
  onContentChanged: () => void;
  /** The mailer's send, when SMTP_URL is set; without it no notice is sent. */
  sendMail?: (mail: ContactMail) => Promise<void>;
}

export interface StaffActor {
  userId: number;
  actor: string;
  requestId: string;
}

export type ReceiveResult = { kind: 'received'; id: number } | { kind: 'unknown-department' };

export function createContactService(deps: ContactDeps) {
  const { db, clock, logger, audit } = deps;
  const now = () => clock.now().toISOString();

  /** After the commit: a mail server down or slow delays nobody; a failure is logged, the message stays. */
  function notifyLater(id: number, department: Department, input: ContactMessageInput) {
    const send = deps.sendMail;
    if (!send) return;
    const notice = { messageId: id, department, ...input, siteName: deps.siteName(), siteUrl: deps.siteUrl };
    void (async () => {
      try {
        await send(await buildNoticeMail(notice));
        await markMessageNotified(db, id, now());
      } catch (err) {
        logger.warn({ err, messageId: id }, 'contact notice not sent');
      }
    })();
  }

  return {
    ...createDepartmentCommands(deps),
    /**
     * A reader's message. `spam` (the trap field was filled) keeps it, marked, for the staff to see
     * a false alarm, and tells nobody. Only an active department receives messages.
     */
    async receive(input: ContactMessageInput, options: { spam: boolean; receivedAt?: string }): Promise<ReceiveResult> {
      const row = await findDepartmentRow(db, input.departmentId);
      if (row?.active !== 1) return { kind: 'unknown-department' };
      const status: ContactStatus = options.spam ? 'spam' : 'new';
      const id = await insertMessage(db, { ...input, status, at: options.receivedAt ?? now() });
      if (!options.spam && row) notifyLater(id, toDepartment(row), input);
      return { kind: 'received', id };
    },
    async listMessages(filter: MessageFilter, page: { limit: number; offset: number }) {
      const [rows, total] = await Promise.all([listMessageRows(db, filter, page), countMessageRows(db, filter)]);
      return { rows, total };
    },
    countNew(): Promise<number> {
      return countMessageRows(db, { status: 'new' });
    },
    findMessage(id: number) {
      return findMessageRow(db, id);
    },
    /** 'not-found', 'bad-assignee' (not someone who may handle messages), or 'saved'. */
    async updateHandling(
      actor: StaffActor,
      id: number,
      input: HandlingInput,
    ): Promise<'saved' | 'not-found' | 'bad-assignee'> {
      const before = await findMessageRow(db, id);
      if (!before) return 'not-found';
      if (
        input.assigneeId !== null &&
        input.assigneeId !== before.assignee_id &&
        !(await deps.isHandler(input.assigneeId))
      )
        return 'bad-assignee';
      const changes = [
        before.status !== input.status ? `status ${before.status} → ${input.status}` : '',
        before.assignee_id !== input.assigneeId
          ? `assignee ${before.assignee_id ?? '-'} → ${input.assigneeId ?? '-'}`
          : '',
        before.note !== input.note ? 'note' : '',
      ].filter(Boolean);
      if (changes.length === 0) return 'saved';
      await db.transaction().execute(async (trx) => {
        await updateMessageHandling(trx, id, { ...input, at: now() });
        await audit.record(
          { action: 'contact.message_updated', ...actor, target: `contact-message ${id}`, detail: changes.join('; ') },
          trx,
        );
      });
      return 'saved';
    },
  };
}

export type ContactService = ReturnType<typeof createContactService>;

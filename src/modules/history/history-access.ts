// Who may do what in the history workspace, decided here for every call: editors and admins
// (history.manage) keep books, appoint writers, review and approve, export and publish; leaders
// (history.read_all) read every book; an appointed writer (any staff role) reads and writes the
// sections of the books they were appointed to; anyone else sees nothing.
import { AppError, codedMessages, ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import type { Db } from '../../database.js';
import { can, type Role } from '../accounts/index.js';
import * as q from './history.queries.js';
import type { HistoryBookRow, HistorySectionRow } from './history.tables.js';
import { historyText } from './history.vi.js';

export const historyError = codedMessages(historyText.errors);
export type HistoryErrorCode = keyof typeof historyText.errors;

export interface HistoryActor {
  id: number;
  /** Who, in the audit log. */
  email: string;
  roles: readonly Role[];
  /** The request the change came in (the audit log's "Mã yêu cầu"); none for the demo's seed. */
  requestId?: string;
}

/** A refusal the person can act on (409 for a state, 400 for input): said in Vietnamese. */
export class HistoryRefusedError extends AppError {
  constructor(code: HistoryErrorCode, status: 400 | 409 = 409, field?: string) {
    super(historyError(code), status, field ? { [field]: historyText.errors[code] } : undefined);
  }
}

export const mayManage = (actor: HistoryActor) => can(actor.roles, 'history.manage');
const mayReadAll = (actor: HistoryActor) => can(actor.roles, 'history.read_all');

export interface BookAccess {
  book: HistoryBookRow;
  manage: boolean;
  /** Writes sections: a manager, or a writer appointed to this book. */
  write: boolean;
}

/** The book, if this person may see it; 404 when there is none, 403 when it is not theirs. */
export async function accessBook(db: Db, actor: HistoryActor, bookId: number): Promise<BookAccess> {
  if (!can(actor.roles, 'history.read')) throw new ForbiddenError();
  const book = await q.findBook(db, bookId);
  if (!book) throw new NotFoundError(historyError('HISTORY_BOOK_NOT_FOUND'));
  const manage = mayManage(actor);
  const writer = manage ? false : await q.isWriter(db, bookId, actor.id);
  if (!manage && !writer && !mayReadAll(actor)) throw new ForbiddenError();
  return { book, manage, write: manage || writer };
}

export async function accessSection(db: Db, actor: HistoryActor, sectionId: number) {
  const section = await q.findSection(db, sectionId);
  if (!section) throw new NotFoundError(historyError('HISTORY_SECTION_NOT_FOUND'));
  return { section, ...(await accessBook(db, actor, section.book_id)) };
}

export function requireManage(actor: HistoryActor) {
  if (!mayManage(actor)) throw new ForbiddenError();
}

export function requireWrite(access: { write: boolean }) {
  if (!access.write) throw new ForbiddenError();
}

/** Every section under `rootId` (not itself), from the book's rows. */
export function descendantsOf(rows: readonly Pick<HistorySectionRow, 'id' | 'parent_id'>[], rootId: number): number[] {
  const found: number[] = [];
  const queue = [rootId];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const row of rows)
      if (row.parent_id === id) {
        found.push(row.id);
        queue.push(row.id);
      }
  }
  return found;
}

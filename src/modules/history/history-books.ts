// Books, their appointed writers and their outline (chapters and sections, ordered and nested).
import type { Clock } from '../../platform/clock.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import type { Db } from '../../database.js';
import { can } from '../accounts/index.js';
import {
  accessBook,
  accessSection,
  type HistoryActor,
  HistoryRefusedError,
  mayManage,
  requireManage,
  requireWrite,
} from './history-access.js';
import { bookTarget, type RecordHistory, sectionTarget } from './history-audit.js';
import type { WriterRoster } from './writer-roster.js';
import type { BookInput, NewSectionInput } from './history.schema.js';
import * as q from './history.queries.js';
import { historyText, sectionStatusLabels } from './history.vi.js';

const said = historyText.audit;

export type SectionStatus = keyof typeof sectionStatusLabels;
export const statusLabel = (status: string) => sectionStatusLabels[status as SectionStatus] ?? status;

export interface OutlineNode {
  id: number;
  parentId: number | null;
  title: string;
  status: SectionStatus;
  statusLabel: string;
  articleUrl: string | null;
  children: OutlineNode[];
}

export interface BookSummary {
  id: number;
  title: string;
  period: string;
  summary: string;
  sections: number;
  approved: number;
}

/** Staff who may be appointed: active accounts, with their names. */
export type ListStaff = () => Promise<Array<{ id: number; name: string; disabled: boolean }>>;

type OutlineRow = Awaited<ReturnType<typeof q.listOutline>>[number];

export function buildOutline(rows: OutlineRow[]): OutlineNode[] {
  const nodes = new Map<number, OutlineNode>();
  for (const r of rows)
    nodes.set(r.id, {
      id: r.id,
      parentId: r.parent_id,
      title: r.title,
      status: r.status as SectionStatus,
      statusLabel: statusLabel(r.status),
      articleUrl: r.article_url,
      children: [],
    });
  const roots: OutlineNode[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id)!;
    const parent = r.parent_id === null ? undefined : nodes.get(r.parent_id);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export function createBookCommands(deps: {
  db: Db;
  clock: Clock;
  listStaff: ListStaff;
  record: RecordHistory;
  roster: WriterRoster;
}) {
  const { db, clock, record, roster } = deps;
  const now = () => clock.now().toISOString();
  return {
    async listBooks(actor: HistoryActor): Promise<BookSummary[]> {
      if (!can(actor.roles, 'history.read')) throw new ForbiddenError();
      const everyBook = can(actor.roles, 'history.read_all');
      const rows = await q.listBooks(db, everyBook ? undefined : actor.id);
      return rows.map((r) => ({ ...r, sections: Number(r.sections ?? 0), approved: Number(r.approved ?? 0) }));
    },

    async createBook(actor: HistoryActor, input: BookInput): Promise<number> {
      requireManage(actor);
      return db.transaction().execute(async (trx) => {
        const id = await q.insertBook(trx, { ...input, created_by: actor.id, now: now() });
        await record(actor, 'history.book_created', bookTarget(id), said.titled(input.title), trx);
        return id;
      });
    },

    async updateBook(actor: HistoryActor, bookId: number, input: BookInput): Promise<void> {
      await accessBook(db, actor, bookId);
      requireManage(actor);
      await db.transaction().execute(async (trx) => {
        await q.updateBook(trx, bookId, { ...input, now: now() });
        await record(actor, 'history.book_updated', bookTarget(bookId), said.titled(input.title), trx);
      });
    },

    /** The book's page: its outline, its writers, and whom an editor may appoint. */
    async bookPage(actor: HistoryActor, bookId: number) {
      const access = await accessBook(db, actor, bookId);
      const [outline, writers] = await Promise.all([q.listOutline(db, bookId), q.listWriters(db, bookId)]);
      const appointed = new Set(writers.map((w) => w.userId));
      const candidates = access.manage
        ? (await deps.listStaff())
            .filter((u) => !u.disabled && !appointed.has(u.id))
            .map((u) => ({ id: u.id, name: u.name }))
        : [];
      return { ...access, outline: buildOutline(outline), writers, candidates };
    },

    async appointWriter(actor: HistoryActor, bookId: number, userId: number): Promise<void> {
      await accessBook(db, actor, bookId);
      requireManage(actor);
      const user = (await deps.listStaff()).find((u) => u.id === userId);
      if (!user || user.disabled) throw new HistoryRefusedError('HISTORY_NOT_STAFF', 400, 'userId');
      await db.transaction().execute(async (trx) => {
        await q.addWriter(trx, { book_id: bookId, user_id: userId, appointed_by: actor.id, appointed_at: now() });
        await record(actor, 'history.writer_appointed', bookTarget(bookId), said.writer(user.name), trx);
      });
      await roster.refresh();
    },

    async removeWriter(actor: HistoryActor, bookId: number, userId: number): Promise<void> {
      await accessBook(db, actor, bookId);
      requireManage(actor);
      const user = (await deps.listStaff()).find((u) => u.id === userId);
      await db.transaction().execute(async (trx) => {
        // Removing someone who was not appointed changes nothing, so it leaves no row either.
        if (await q.removeWriter(trx, bookId, userId))
          await record(
            actor,
            'history.writer_removed',
            bookTarget(bookId),
            said.writer(user?.name ?? String(userId)),
            trx,
          );
      });
      await roster.refresh();
    },
  };
}

/** The outline: adding, ordering and deleting chapters and sections. */
export function createOutlineCommands(deps: { db: Db; clock: Clock; record: RecordHistory }) {
  const { db, clock, record } = deps;
  const now = () => clock.now().toISOString();
  return {
    /** A chapter, or a section under one of the book's sections; last among its siblings. */
    async addSection(actor: HistoryActor, bookId: number, input: NewSectionInput): Promise<number> {
      requireWrite(await accessBook(db, actor, bookId));
      if (input.parentId !== null) {
        const parent = await q.findSection(db, input.parentId);
        if (!parent || parent.book_id !== bookId)
          throw new HistoryRefusedError('HISTORY_SECTION_NOT_FOUND', 400, 'parentId');
      }
      return db.transaction().execute(async (trx) => {
        const id = await q.insertSection(trx, {
          book_id: bookId,
          parent_id: input.parentId,
          title: input.title,
          updated_by: actor.id,
          now: now(),
        });
        await record(actor, 'history.section_created', sectionTarget(id), said.titled(input.title), trx);
        return id;
      });
    },

    /** Swaps a section with its neighbour above or below (nothing happens at either end). */
    async moveSection(actor: HistoryActor, sectionId: number, direction: 'up' | 'down'): Promise<number> {
      const { section, ...access } = await accessSection(db, actor, sectionId);
      requireWrite(access);
      await db.transaction().execute(async (trx) => {
        const siblings = (await q.listOutline(trx, section.book_id)).filter((r) => r.parent_id === section.parent_id);
        const at = siblings.findIndex((r) => r.id === sectionId);
        const other = siblings[direction === 'up' ? at - 1 : at + 1];
        if (!other) return;
        // Positions renumbered 1…n with the two swapped, so equal positions never stall a move.
        const order = siblings.map((r) => r.id);
        order[at] = other.id;
        order[siblings.indexOf(other)] = sectionId;
        for (const [i, id] of order.entries()) await q.setSectionPosition(trx, id, i + 1);
        await record(
          actor,
          'history.section_moved',
          sectionTarget(sectionId),
          said.moved(section.title, direction),
          trx,
        );
      });
      return section.book_id;
    },

    /** Refuses (403) anyone who may not write this book's sections: checked before a form is read. */
    async requireWriter(actor: HistoryActor, bookId: number): Promise<void> {
      requireWrite(await accessBook(db, actor, bookId));
    },

    async requireSectionWriter(actor: HistoryActor, sectionId: number): Promise<void> {
      requireWrite(await accessSection(db, actor, sectionId));
    },

    /** Deletes a section with no subsections that was never published (editors only). */
    async removeSection(actor: HistoryActor, sectionId: number): Promise<number> {
      const { section } = await accessSection(db, actor, sectionId);
      if (!mayManage(actor)) throw new ForbiddenError();
      if ((await q.countChildren(db, sectionId)) > 0) throw new HistoryRefusedError('HISTORY_HAS_CHILDREN');
      if (section.article_id !== null) throw new HistoryRefusedError('HISTORY_ALREADY_PUBLISHED');
      await db.transaction().execute(async (trx) => {
        await q.deleteSection(trx, sectionId);
        await record(actor, 'history.section_deleted', sectionTarget(sectionId), said.titled(section.title), trx);
      });
      return section.book_id;
    },
  };
}

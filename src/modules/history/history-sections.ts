// A section's page and work: its text saved with every version kept, draft → review → approved,
// reviewers' comments, and the sources it cites.
import type { Clock } from '../../platform/clock.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { WorkPool } from '../../platform/workers/work-pool.js';
import type { Db } from '../../database.js';
import {
  accessSection,
  historyError,
  type HistoryActor,
  HistoryRefusedError,
  requireManage,
  requireWrite,
} from './history-access.js';
import { statusLabel, type SectionStatus } from './history-books.js';
import { numberFootnotes, toSource, unknownMarkers } from './history-sources.js';
import type { SectionTextInput, SourceInput } from './history.schema.js';
import * as q from './history.queries.js';
import { citedSourceIds } from './footnotes.js';
import { prepareSectionText } from './section-text.js';
import { type HistoryAuditAction, type RecordHistory, sectionTarget, sourceTarget } from './history-audit.js';
import { historyText } from './history.vi.js';

const said = historyText.audit;

type Step = 'submit' | 'approve' | 'return';
const STEPS: Record<Step, { from: SectionStatus[]; to: SectionStatus; manage: boolean; audit: HistoryAuditAction }> = {
  submit: { from: ['draft'], to: 'review', manage: false, audit: 'history.section_submitted' },
  approve: { from: ['review'], to: 'approved', manage: true, audit: 'history.section_approved' },
  return: { from: ['review', 'approved'], to: 'draft', manage: true, audit: 'history.section_returned' },
};

export function createSectionCommands(deps: { db: Db; clock: Clock; work: WorkPool; record: RecordHistory }) {
  const { db, clock, record } = deps;
  const now = () => clock.now().toISOString();
  return {
    /** The section with its sources, comments and saved versions, and what this person may do. */
    async sectionPage(actor: HistoryActor, sectionId: number) {
      const access = await accessSection(db, actor, sectionId);
      const { section } = access;
      const [sources, comments, revisions] = await Promise.all([
        q.listSources(db, [sectionId]),
        q.listComments(db, sectionId),
        q.listRevisions(db, sectionId),
      ]);
      const list = sources.map(toSource);
      const { numbered, cited } = numberFootnotes([section.body_html], list);
      return {
        book: { id: access.book.id, title: access.book.title },
        section: {
          id: section.id,
          parentId: section.parent_id,
          title: section.title,
          bodyHtml: section.body_html,
          previewHtml: numbered[0]!,
          status: section.status as SectionStatus,
          statusLabel: statusLabel(section.status),
          version: section.version,
          articleUrl: section.article_url,
        },
        sources: list,
        cited,
        comments,
        revisions,
        manage: access.manage,
        write: access.write,
      };
    },

    /** Saves title and text (draft only, writers and editors), keeping the new version. */
    async saveText(actor: HistoryActor, sectionId: number, input: SectionTextInput): Promise<void> {
      const { section, ...access } = await accessSection(db, actor, sectionId);
      requireWrite(access);
      if (section.status !== 'draft') throw new HistoryRefusedError('HISTORY_LOCKED');
      const text = await prepareSectionText(input.bodyHtml, deps.work);
      const sources = await q.listSources(db, [sectionId]);
      if (unknownMarkers(text.bodyText, sources).length > 0)
        throw new HistoryRefusedError('HISTORY_UNKNOWN_SOURCE', 400, 'bodyHtml');
      const at = now();
      await db.transaction().execute(async (trx) => {
        const values = {
          title: input.title,
          body_html: text.bodyHtml,
          body_text: text.bodyText,
          updated_by: actor.id,
          now: at,
        };
        if (!(await q.updateSectionText(trx, sectionId, input.version, values)))
          throw new HistoryRefusedError('HISTORY_STALE');
        await q.insertRevision(trx, {
          section_id: sectionId,
          version: input.version + 1,
          title: input.title,
          body_html: text.bodyHtml,
          saved_by: actor.id,
          saved_at: at,
        });
        const detail = said.version(input.title, input.version + 1);
        await record(actor, 'history.section_saved', sectionTarget(sectionId), detail, trx);
      });
    },
  };
}

/** Review (draft → review → approved, and back), comments, and saved versions read back. */
export function createReviewCommands(deps: { db: Db; clock: Clock; record: RecordHistory }) {
  const { db, clock, record } = deps;
  const now = () => clock.now().toISOString();
  return {
    /** submit (writers and editors), approve and return (editors); a return may carry a remark. */
    async step(actor: HistoryActor, sectionId: number, step: Step, remark = ''): Promise<void> {
      const { section, ...access } = await accessSection(db, actor, sectionId);
      const rule = STEPS[step];
      if (rule.manage) requireManage(actor);
      else requireWrite(access);
      if (!rule.from.includes(section.status as SectionStatus)) throw new HistoryRefusedError('HISTORY_BAD_STEP');
      const at = now();
      await db.transaction().execute(async (trx) => {
        if (!(await q.setSectionStatus(trx, sectionId, section.status, rule.to, actor.id, at)))
          throw new HistoryRefusedError('HISTORY_BAD_STEP');
        if (remark)
          await q.insertComment(trx, { section_id: sectionId, author_id: actor.id, body: remark, created_at: at });
        // A return says why: the reason given now, and how many remarks the writer has to read.
        const detail =
          step === 'return'
            ? said.returned(remark, (await q.listComments(trx, sectionId)).length)
            : said.titled(section.title);
        await record(actor, rule.audit, sectionTarget(sectionId), detail, trx);
      });
    },

    /** Anyone who may read the book may remark on a section (reviewers mostly). */
    async comment(actor: HistoryActor, sectionId: number, body: string): Promise<void> {
      const { section } = await accessSection(db, actor, sectionId);
      await db.transaction().execute(async (trx) => {
        await q.insertComment(trx, { section_id: sectionId, author_id: actor.id, body, created_at: now() });
        await record(actor, 'history.comment_added', sectionTarget(sectionId), said.titled(section.title), trx);
      });
    },

    async revision(actor: HistoryActor, sectionId: number, version: number) {
      const { book, section } = await accessSection(db, actor, sectionId);
      const row = await q.findRevision(db, sectionId, version);
      if (!row) throw new NotFoundError(historyError('HISTORY_REVISION_NOT_FOUND'));
      return {
        book: { id: book.id, title: book.title },
        section: { id: section.id, title: section.title },
        version: row.version,
        title: row.title,
        bodyHtml: row.body_html,
        savedBy: row.savedBy ?? '',
        savedAt: row.saved_at,
      };
    },
  };
}

/** The sources a section cites: added by its writers, removed while no footnote names them. */
export function createSourceCommands(deps: { db: Db; clock: Clock; record: RecordHistory }) {
  const { db, clock, record } = deps;
  const now = () => clock.now().toISOString();
  return {
    async addSource(actor: HistoryActor, sectionId: number, input: SourceInput): Promise<number> {
      requireWrite(await accessSection(db, actor, sectionId));
      return db.transaction().execute(async (trx) => {
        const id = await q.insertSource(trx, {
          section_id: sectionId,
          kind: input.kind,
          title: input.title,
          kept_at: input.keptAt,
          reference: input.reference,
          dated: input.dated,
          given_by: input.givenBy,
          created_by: actor.id,
          created_at: now(),
        });
        await record(actor, 'history.source_added', sourceTarget(id), said.source(input.title, sectionId), trx);
        return id;
      });
    },

    /** A source the text still cites is kept (its footnote would be lost). */
    async removeSource(actor: HistoryActor, sectionId: number, sourceId: number): Promise<void> {
      const { section, ...access } = await accessSection(db, actor, sectionId);
      requireWrite(access);
      if (citedSourceIds(section.body_text).includes(sourceId)) throw new HistoryRefusedError('HISTORY_SOURCE_CITED');
      const title = (await q.listSources(db, [sectionId])).find((s) => s.id === sourceId)?.title ?? '';
      await db.transaction().execute(async (trx) => {
        if (!(await q.deleteSource(trx, sectionId, sourceId)))
          throw new NotFoundError(historyError('HISTORY_SOURCE_NOT_FOUND'));
        await record(actor, 'history.source_deleted', sourceTarget(sourceId), said.source(title, sectionId), trx);
      });
    },
  };
}

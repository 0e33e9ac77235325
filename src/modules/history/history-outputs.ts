// What comes out of a book: the timeline (units' founding dates and the dates in its text), the
// approved book as .docx, and an approved chapter published as an ordinary article.
import type { Clock } from '../../platform/clock.js';
import type { WorkPool } from '../../platform/workers/work-pool.js';
import type { Db } from '../../database.js';
import {
  accessBook,
  accessSection,
  descendantsOf,
  type HistoryActor,
  HistoryRefusedError,
  requireManage,
} from './history-access.js';
import { bookTarget, type RecordHistory, sectionTarget } from './history-audit.js';
import { buildBookDocxTask } from './history-docx-task.js';
import { findDates, formatDateKey } from './history-dates.js';
import { numberFootnotes, sourceLine, toSource } from './history-sources.js';
import * as q from './history.queries.js';
import type { HistorySectionRow } from './history.tables.js';
import { historyText } from './history.vi.js';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface TimelineEntry {
  key: string;
  when: string;
  what: string;
  /** The section it was read from, or the unit's name. */
  from: { sectionId: number; title: string } | { unit: string };
}

export type PublishArticle = (input: {
  title: string;
  lead: string;
  bodyHtml: string;
  author: string;
  categoryId: number;
}) => Promise<{ id: number; url: string }>;

export interface OutputDeps {
  db: Db;
  clock: Clock;
  work: WorkPool;
  record: RecordHistory;
  /** The JPEG or PNG file to put in the .docx for an image's address in the text, if there is one. */
  findImageFile: (src: string) => Promise<string | undefined>;
  listUnits: () => Promise<Array<{ name: string; foundedOn: string | null }>>;
  listCategories: () => Promise<Array<{ id: number; name: string }>>;
  publishArticle: PublishArticle;
}

/** The book's sections in reading order (each after its parent, siblings by position) with depth. */
export function readingOrder(rows: HistorySectionRow[]): Array<HistorySectionRow & { depth: number }> {
  const out: Array<HistorySectionRow & { depth: number }> = [];
  const visit = (parentId: number | null, depth: number) => {
    for (const row of rows.filter((r) => r.parent_id === parentId)) {
      out.push({ ...row, depth });
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** Only approved sections whose parents are all approved: the book as it may go out. */
function approvedOnly(rows: Array<HistorySectionRow & { depth: number }>) {
  const kept = new Set<number>();
  return rows.filter((r) => {
    const ok = r.status === 'approved' && (r.parent_id === null || kept.has(r.parent_id));
    if (ok) kept.add(r.id);
    return ok;
  });
}

/** Every image address in these texts (stored HTML: the sanitiser writes attributes in double quotes). */
function imageSources(htmls: string[]): string[] {
  const found = new Set<string>();
  for (const html of htmls) for (const m of html.matchAll(/<img\b[^>]*?\ssrc="([^"]+)"/g)) found.add(m[1]!);
  return [...found];
}

async function imageFiles(deps: OutputDeps, htmls: string[]) {
  const images: Array<{ src: string; file: string }> = [];
  for (const src of imageSources(htmls)) {
    // The address as the text holds it (entities decoded, as the worker's parser will read it).
    const address = src.replace(/&amp;/g, '&');
    const file = await deps.findImageFile(address);
    if (file) images.push({ src: address, file });
  }
  return images;
}

export function createOutputs(deps: OutputDeps) {
  const { db } = deps;
  return {
    async timeline(actor: HistoryActor, bookId: number) {
      const { book } = await accessBook(db, actor, bookId);
      const entries: TimelineEntry[] = [];
      for (const unit of await deps.listUnits())
        if (unit.foundedOn)
          entries.push({
            key: unit.foundedOn,
            when: formatDateKey(unit.foundedOn),
            what: historyText.timeline.founded(unit.name),
            from: { unit: unit.name },
          });
      for (const section of readingOrder(await q.listSectionsWithText(db, bookId)))
        for (const date of findDates(section.body_text.replace(/\[\^\d+\]/g, '')))
          entries.push({
            key: date.key,
            when: formatDateKey(date.key),
            what: date.sentence,
            from: { sectionId: section.id, title: section.title },
          });
      entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return { book: { id: book.id, title: book.title }, entries };
    },

    /** The approved chapters and sections as .docx (built on the worker pool). */
    async exportDocx(actor: HistoryActor, bookId: number): Promise<{ title: string; data: Uint8Array }> {
      const { book } = await accessBook(db, actor, bookId);
      const sections = approvedOnly(readingOrder(await q.listSectionsWithText(db, bookId)));
      if (sections.length === 0) throw new HistoryRefusedError('HISTORY_NOTHING_APPROVED');
      const sources = (
        await q.listSources(
          db,
          sections.map((s) => s.id),
        )
      ).map(toSource);
      const words = historyText.docx;
      const data = await deps.work.run(buildBookDocxTask, {
        title: book.title,
        period: book.period,
        words: {
          contents: words.contents,
          contentsHint: words.contentsHint,
          internal: words.internal,
          imagePrefix: words.imagePrefix,
        },
        sections: sections.map((s) => ({ depth: s.depth, title: s.title, bodyHtml: s.body_html })),
        sources: sources.map((s) => ({ id: s.id, line: sourceLine(s) })),
        images: await imageFiles(
          deps,
          sections.map((s) => s.body_html),
        ),
      });
      await deps.record(
        actor,
        'history.book_exported',
        bookTarget(bookId),
        historyText.audit.exported(sections.length),
      );
      return { title: book.title, data };
    },
  };
}

/** Publishing an approved chapter as an ordinary article. */
export function createPublishing(deps: OutputDeps) {
  const { db } = deps;
  return {
    listCategories: deps.listCategories,

    /** An approved chapter (itself and every section under it) as a published article, once. */
    async publishChapter(actor: HistoryActor, chapterId: number, categoryId: number): Promise<string> {
      const { section: chapter, book } = await accessSection(db, actor, chapterId);
      requireManage(actor);
      if (chapter.parent_id !== null) throw new HistoryRefusedError('HISTORY_NOT_CHAPTER');
      if (chapter.article_id !== null) throw new HistoryRefusedError('HISTORY_ALREADY_PUBLISHED');
      if (!(await deps.listCategories()).some((c) => c.id === categoryId))
        throw new HistoryRefusedError('HISTORY_NO_CATEGORY', 400, 'categoryId');
      const all = readingOrder(await q.listSectionsWithText(db, book.id));
      const inChapter = new Set([chapterId, ...descendantsOf(all, chapterId)]);
      const parts = all.filter((r) => inChapter.has(r.id));
      if (parts.some((r) => r.status !== 'approved')) throw new HistoryRefusedError('HISTORY_NOT_APPROVED');
      const sources = (await q.listSources(db, [...inChapter])).map(toSource);
      const { numbered, cited } = numberFootnotes(
        parts.map((p) => p.body_html),
        sources,
        (n) => `[${n}]`,
      );
      const heading = (p: (typeof parts)[number]) =>
        p.id === chapterId ? '' : `<h${Math.min(p.depth + 1, 4)}>${escapeHtml(p.title)}</h${Math.min(p.depth + 1, 4)}>`;
      const list = cited.length
        ? `<h2>${escapeHtml(historyText.article.sourcesHeading)}</h2><ol>${cited.map((s) => `<li>${escapeHtml(sourceLine(s))}</li>`).join('')}</ol>`
        : '';
      const article = await deps.publishArticle({
        title: chapter.title,
        lead: historyText.article.lead(book.title),
        bodyHtml: parts.map((p, i) => `${heading(p)}${numbered[i]}`).join('') + list,
        author: historyText.article.author,
        categoryId,
      });
      await db.transaction().execute(async (trx) => {
        await q.setSectionArticle(trx, chapterId, article.id, article.url);
        const detail = historyText.audit.published(article.url);
        await deps.record(actor, 'history.chapter_published', sectionTarget(chapterId), detail, trx);
      });
      return article.url;
    },
  };
}

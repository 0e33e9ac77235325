// Lịch sử Đảng bộ: the party history workspace. Editors (history.manage) keep the books the plan
// names, appoint writers (any staff account) to a book, review sections (draft → under review →
// approved, with comments; every saved version kept), export the approved book as .docx (a table
// of contents, sources as real footnotes) and publish an approved chapter as an ordinary article
// (its sources listed at the end); leaders read every book; appointed writers read and write only
// their books' sections. A section cites its sources (archive document, interview, newspaper,
// book, with where kept, reference, date, who gave it) by the text marker "[^<source id>]".
// Everything here is internal: no public route, search, sitemap or feed reads these tables; only
// a published chapter, through the articles module, reaches readers.
import type { Hono } from 'hono';
import { mountHistoryBookPages, type HistoryRouteDeps } from './history-books.admin.js';
import { mountHistorySectionPages } from './history-sections.admin.js';

export { createHistoryService, type HistoryService, type HistoryActor } from './history.service.js';
export { findDates, formatDateKey, type FoundDate } from './history-dates.js';
export { HISTORY_PATH } from './views/book-pages.js';
export type { BookInput, NewSectionInput, SectionTextInput, SourceInput } from './history.schema.js';

/** The staff pages under /quan-tri/lich-su-dang-bo, and their menu item. */
export function mountHistoryAdmin(app: Hono, deps: HistoryRouteDeps) {
  mountHistoryBookPages(app, deps);
  mountHistorySectionPages(app, deps);
}

/** A section's text may be a long chapter: about 1 MB of HTML, which a urlencoded form can triple. */
export const HISTORY_BODY_BYTES = 3 * 1024 * 1024;
export const HISTORY_TEXT_PATHS = ['/quan-tri/lich-su-dang-bo/muc/:id'];

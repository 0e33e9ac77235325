// What the portal-wide lists take from the modules besides articles: the search page (/tim-kiem),
// the sitemap and the site map. Each module that publishes its own kind of page (the morning brief,
// events, the documents register) offers one ListedContent; the composition root hands them all to
// search and the portal, which know nothing else of those modules.

export type ListedKind = 'brief' | 'event' | 'document';

/** One search result of another kind than an article: shown marked with its kind. */
export interface ListedHit {
  kind: ListedKind;
  title: string;
  /** The public page, e.g. /diem-tin/2026-12-05, /su-kien/…, /van-ban/… */
  url: string;
  /** The day it belongs to (YYYY-MM-DD, Vietnam time): the brief's date, the event's start, the date issued. */
  date: string;
  /** Plain text, a sentence or two; the search page marks the reader's words in it. */
  summary: string;
}

export interface ListedPage {
  /** Site-relative, e.g. /van-ban/132-kh-duk */
  path: string;
  /** ISO timestamp of the last change, when known. */
  lastModified?: string;
}

export interface ListedContent {
  kind: ListedKind;
  /**
   * Public items matching the reader's words, best first. `words` is the search box's text as
   * typed (≤ 200 characters, NFC): match without diacritics and without case (platform/text/fold.ts),
   * every word must match; never pass it to an engine as syntax.
   */
  search(words: string, limit: number): Promise<ListedHit[]>;
  /** Every public page of this kind, for /sitemap.xml. */
  listPages(): Promise<ListedPage[]>;
}

/**
 * Keeps what `load` read in memory until the content changes (here, on another node, by an import
 * or a restore): the composition root hands the shared blocks' `read` (shared-blocks.ts).
 */
export type KeepInMemory = <T>(key: string, load: () => Promise<T>) => Promise<T>;

/**
 * Turns the numbers of registered documents in public HTML into links to the register
 * ("Kế hoạch số 132/KH-ĐUK" → <a href="/van-ban/…">), at render time; the stored text is unchanged.
 * The documents module makes it; the others take it as an optional dependency.
 */
export type LinkDocumentNumbers = (html: string) => Promise<string>;

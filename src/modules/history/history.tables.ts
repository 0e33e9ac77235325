import type { Generated, Selectable } from 'kysely';

/** A party history book ("Lịch sử Đảng bộ …"): internal until a chapter is published as an article. */
export interface HistoryBooksTable {
  id: Generated<number>;
  title: string;
  /** The years it covers, as written ("1930–2025"), '' when not said. */
  period: string;
  /** What the book is for, plain text ('' when none). */
  summary: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** The writers an editor appointed to a book: they write its sections, and see only their books. */
export interface HistoryBookWritersTable {
  book_id: number;
  user_id: number;
  appointed_by: number | null;
  appointed_at: string;
}

/** A chapter (parent_id null) or a section under a chapter or another section, in position order. */
export interface HistorySectionsTable {
  id: Generated<number>;
  book_id: number;
  parent_id: number | null;
  /** Order among siblings, small first. */
  position: number;
  title: string;
  /** Sanitised by the editor's allowlist; footnote markers are the text "[^<source id>]". */
  body_html: string;
  /** body_html as plain text: what the timeline reads dates from. */
  body_text: string;
  /** 'draft' | 'review' | 'approved' */
  status: string;
  /** Counts saves: a save naming an older version is refused (someone else saved meanwhile). */
  version: number;
  /** A chapter published as an article: that article's id and address. */
  article_id: number | null;
  article_url: string | null;
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

/** Every saved version of a section's text: who saved it, when. */
export interface HistoryRevisionsTable {
  id: Generated<number>;
  section_id: number;
  version: number;
  title: string;
  body_html: string;
  saved_by: number | null;
  saved_at: string;
}

/** Reviewers' (and writers') remarks on a section, oldest first. */
export interface HistoryCommentsTable {
  id: Generated<number>;
  section_id: number;
  author_id: number | null;
  body: string;
  created_at: string;
}

/** A source a section cites (archive document, interview, newspaper, book) with its provenance. */
export interface HistorySourcesTable {
  id: Generated<number>;
  section_id: number;
  /** 'archive' | 'interview' | 'newspaper' | 'book' */
  kind: string;
  /** What it is: a document's title, "Hồi ký của …", an article's headline, a book's title. */
  title: string;
  /** Where it is kept: an archive, a library, a family ('' when not said). */
  kept_at: string;
  /** Reference code: file and sheet numbers, shelf mark, issue and page ('' when none). */
  reference: string;
  /** Its date as written ("3/2/1946", "tháng 8/1945", "1975"). */
  dated: string;
  /** Who gave it or was interviewed ('' when not said). */
  given_by: string;
  created_by: number | null;
  created_at: string;
}

export type HistoryBookRow = Selectable<HistoryBooksTable>;
export type HistorySectionRow = Selectable<HistorySectionsTable>;
export type HistorySourceRow = Selectable<HistorySourcesTable>;

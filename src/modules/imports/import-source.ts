// The contract between a reader of another CMS's content (WordPress WXR, a NukeViet database) and
// the import that writes it into congtin. A reader only translates: it yields records in the
// source's order, streaming, with the HTML exactly as the old site stored it (the import sanitises
// it with the editor's allowlist, makes the slugs, copies the images and records the old URLs).
// Readers never touch congtin's database; the import never parses a source format.

/** A category of the old site; `sourceId` is unique within the source. */
export interface ImportedCategory {
  type: 'category';
  sourceId: string;
  name: string;
  /** The old site's own slug or alias, kept only as a hint for congtin's slug. */
  alias?: string;
  parentSourceId?: string;
  /** Old addresses of the category's page (path and query, e.g. '/news/thoi-su/'). */
  oldPaths: string[];
}

/** An image the old site holds: a reference as written in the source (a URL or a path). */
export interface ImportedImage {
  ref: string;
  alt: string;
}

/** A post, page or news row. `bodyHtml` is raw: it may be broken, hostile or NFD. */
export interface ImportedArticle {
  type: 'article';
  /** Unique and stable within the source (WordPress post ID, NukeViet news id): makes a rerun add nothing. */
  sourceId: string;
  kind: 'post' | 'page';
  title: string;
  lead: string;
  bodyHtml: string;
  authorName: string;
  categorySourceIds: string[];
  /** When it was published on the old site; null for a draft. */
  publishedAt: Date | null;
  status: 'published' | 'draft';
  featuredImage?: ImportedImage;
  /** The old site's view count, when it kept one. */
  views?: number;
  /** Old addresses (path and query) answered with a 301 to the new article. */
  oldPaths: string[];
}

/** Something the reader could not translate, reported with its reason (Vietnamese, for the operator). */
export interface SkippedItem {
  type: 'skipped';
  sourceId: string;
  reason: string;
}

/** The old site's all-time visit total (NukeViet's statistics): the counters' starting total. */
export interface ImportedVisitTotal {
  type: 'visit-total';
  total: number;
}

export type ImportRecord = ImportedCategory | ImportedArticle | SkippedItem | ImportedVisitTotal;

export interface ImportSource {
  /** 'wordpress' | 'nukeviet': namespaces sourceIds, so two sources never collide. */
  readonly name: string;
  /**
   * How many article records to expect (those that will be imported and those that will be
   * skipped with a reason), for the progress bar; undefined when unknown before reading.
   */
  expectedArticles(): Promise<number | undefined>;
  /** Every record, streamed: a 20,000-article source must not be held in memory. */
  records(): AsyncIterable<ImportRecord>;
  /**
   * The file on disk behind an image reference (a featured image, or an <img src> in a body), or
   * null when the source has no such file; the import copies it into the media library.
   */
  resolveImage(ref: string): string | null;
  close(): Promise<void>;
}

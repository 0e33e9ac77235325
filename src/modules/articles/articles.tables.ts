import type { Generated, Insertable, Selectable } from 'kysely';

export interface CategoriesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: Generated<string>;
  position: Generated<number>;
  created_at: string;
}

/**
 * draft → submitted (chờ duyệt) → published, or scheduled (published by the job at published_at).
 * Rejecting and unpublishing go back to draft; trashed is the soft delete (restored as a draft).
 */
export const ARTICLE_STATUSES = ['draft', 'submitted', 'scheduled', 'published', 'trashed'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export interface ArticlesTable {
  id: Generated<number>;
  slug: string;
  category_id: number;
  title: string;
  /** fold(title): feeds the slug and the search index. */
  title_f: string;
  lead: string;
  lead_f: string;
  /** Sanitised HTML, safe to render as is. */
  body_html: string;
  body_text: string;
  body_f: string;
  author: string;
  status: ArticleStatus;
  featured: number;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  views: Generated<number>;
  /** The user who owns it (contributors may touch only their own); null for demo/imported ones. */
  author_id: number | null;
  /** Why an editor sent it back; shown to the author, cleared when it is submitted again. */
  rejection_reason: Generated<string>;
  /** Bumped by every save: a form carrying an older version is an edit conflict. */
  version: Generated<number>;
  featured_image_id: number | null;
  deleted_at: string | null;
  /** 'internal' (Nội bộ) and 'secret' (Mật) can never be published: the database refuses it. */
  classification: Generated<Classification>;
  /** When a published article comes down by itself (the scheduler makes it a draft again). */
  expires_at: string | null;
}

export const CLASSIFICATIONS = ['public', 'internal', 'secret'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export interface ArticleRevisionsTable {
  id: Generated<number>;
  article_id: number;
  version: number;
  title: string;
  lead: string;
  body_html: string;
  category_id: number;
  author: string;
  featured_image_id: number | null;
  status: ArticleStatus;
  saved_by: number | null;
  saved_by_name: string;
  saved_at: string;
  note: Generated<string>;
}

export interface ArticleEditPresenceTable {
  article_id: number;
  user_id: number;
  user_name: string;
  seen_at: string;
}

export type CategoryRow = Selectable<CategoriesTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticleRow = Insertable<ArticlesTable>;

// The newsroom's vocabulary, shared by its service, pages and API: who asks, what a writer sends,
// which step they take, and the article as the desk shows it (every status, never a row).
import type { Actor } from './article-policy.js';
import type { ArticleStatus, Classification } from './articles.tables.js';

export interface RequestContext {
  actor: Actor & { email: string };
  requestId: string;
}

/** What a writer sends. Byline, owner and "featured" are editors' fields: ignored for contributors. */
export interface ArticleInput {
  title: string;
  lead: string;
  bodyHtml: string;
  categoryId: number;
  byline?: string;
  authorId?: number;
  featured?: boolean;
  featuredImageId?: number | null;
  /** Anyone who may edit the article may mark it Nội bộ/Mật; then it can never be published. */
  classification?: Classification;
  /** Editors only: when the published article comes down by itself; null clears it. */
  expiresAt?: Date | null;
}

/** The workflow step to take with (or after) a save. */
export type Intent = { action: 'save' } | { action: 'submit' } | { action: 'publish'; publishAt?: Date };

/** A workflow step taken without a content change (the buttons beside the form, the API actions). */
export type WorkflowStep = 'submit' | 'publish' | 'reject' | 'unpublish' | 'delete' | 'restore';

export interface StepOptions {
  publishAt?: Date;
  reason?: string;
}

export interface DeskArticle {
  id: number;
  slug: string;
  /** Where readers find it once published. */
  url: string;
  title: string;
  lead: string;
  bodyHtml: string;
  status: ArticleStatus;
  statusLabel: string;
  categoryId: number;
  categoryName: string;
  categorySlug: string;
  byline: string;
  authorId: number | null;
  ownerName: string | null;
  featured: boolean;
  featuredImageId: number | null;
  classification: Classification;
  expiresAt: string | null;
  version: number;
  rejectionReason: string;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  views: number;
}

export type DeskListItem = Pick<
  DeskArticle,
  | 'id'
  | 'slug'
  | 'url'
  | 'title'
  | 'status'
  | 'statusLabel'
  | 'classification'
  | 'byline'
  | 'authorId'
  | 'ownerName'
  | 'categoryName'
  | 'rejectionReason'
  | 'publishedAt'
  | 'updatedAt'
  | 'deletedAt'
  | 'views'
>;

export interface DeskQuery {
  status?: ArticleStatus;
  categoryId?: number;
  authorId?: number;
  q?: string;
  page: number;
  perPage: number;
}

/** Someone else opened the edit form of this article recently. */
export interface EditPresence {
  name: string;
  seenAt: string;
}

// Newsroom rows as the desk shows them: the list's fields, and the whole article built on them.
import { statusLabels } from './article-policy.js';
import { articleIdentity } from './articles.service.js';
import type { DeskArticle, DeskListItem } from './newsroom-types.js';
import type * as nq from './newsroom.queries.js';

type DeskListRow = Awaited<ReturnType<typeof nq.listDesk>>[number];
type DeskRow = NonNullable<Awaited<ReturnType<typeof nq.findArticleForDesk>>>;

export function toDeskListItem(r: DeskListRow): DeskListItem {
  return {
    ...articleIdentity(r),
    status: r.status,
    statusLabel: statusLabels[r.status],
    classification: r.classification,
    byline: r.author,
    authorId: r.author_id,
    ownerName: r.owner_name,
    categoryName: r.category_name,
    rejectionReason: r.rejection_reason,
    publishedAt: r.published_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
    views: Number(r.views),
  };
}

export function toDeskArticle(row: DeskRow): DeskArticle {
  return {
    ...toDeskListItem(row),
    lead: row.lead,
    bodyHtml: row.body_html,
    categoryId: row.category_id,
    categorySlug: row.category_slug,
    featured: row.featured === 1,
    featuredImageId: row.featured_image_id,
    expiresAt: row.expires_at,
    version: Number(row.version),
    createdAt: row.created_at,
  };
}

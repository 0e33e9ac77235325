// The article form's values as typed (strings), so a refused form comes back exactly as it was
// sent; and the values an existing article fills the form with.
import { toVietnamLocalInput } from '../../../platform/time/vietnam-time.js';
import type { Classification } from '../articles.tables.js';
import type { DeskArticle } from '../newsroom-types.js';

export interface ArticleFormValues {
  title: string;
  lead: string;
  bodyHtml: string;
  categoryId: string;
  byline: string;
  authorId: string;
  featured: boolean;
  featuredImageId: string;
  publishAt: string;
  expiresAt: string;
  classification: Classification;
  version: string;
}

export interface ImageChoice {
  id: number;
  url: string;
  label: string;
}

export function formValuesOf(article: DeskArticle): ArticleFormValues {
  return {
    title: article.title,
    lead: article.lead,
    bodyHtml: article.bodyHtml,
    categoryId: String(article.categoryId),
    byline: article.byline,
    authorId: article.authorId === null ? '' : String(article.authorId),
    featured: article.featured,
    featuredImageId: article.featuredImageId === null ? '' : String(article.featuredImageId),
    publishAt: article.status === 'scheduled' && article.publishedAt ? toVietnamLocalInput(article.publishedAt) : '',
    expiresAt: article.expiresAt ? toVietnamLocalInput(article.expiresAt) : '',
    classification: article.classification,
    version: String(article.version),
  };
}

/** The form for a new article: the first category, the writer as byline and owner. */
export function newFormValues(
  firstCategoryId: number | undefined,
  writer: { id: number; name: string },
): ArticleFormValues {
  return {
    title: '',
    lead: '',
    bodyHtml: '',
    categoryId: String(firstCategoryId ?? ''),
    byline: writer.name,
    authorId: String(writer.id),
    featured: false,
    featuredImageId: '',
    publishAt: '',
    expiresAt: '',
    classification: 'public',
    version: '',
  };
}

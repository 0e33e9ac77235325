import type { Generated, Insertable, Selectable } from 'kysely';

export interface CategoriesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: Generated<string>;
  position: Generated<number>;
  created_at: string;
}

export type ArticleStatus = 'draft' | 'submitted' | 'published';

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
}

export type CategoryRow = Selectable<CategoriesTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticleRow = Insertable<ArticlesTable>;

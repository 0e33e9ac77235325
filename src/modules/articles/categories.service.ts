// The categories: the menu's list in order, one by slug or id, and the editors' changes to it.
// A slug never changes once made (links to it are out in the world); a category holding articles
// cannot be deleted.
import type { Clock } from '../../platform/clock.js';
import { normalizeText } from '../../platform/text/fold.js';
import { slugify, uniqueSlug } from '../../platform/text/slug.js';
import type { Db } from '../../database.js';
import * as q from './articles.queries.js';

export interface CategoryRef {
  slug: string;
  name: string;
  url: string;
}

export interface Category extends CategoryRef {
  id: number;
  description: string;
}

export const categoryUrl = (slug: string) => `/chuyen-muc/${slug}`;

const toCategory = (r: { id: number; slug: string; name: string; description: string }): Category => ({
  id: r.id,
  slug: r.slug,
  name: r.name,
  description: r.description,
  url: categoryUrl(r.slug),
});

export function createCategoryCatalogue(deps: { db: Db; clock: Clock; onContentChanged: () => void }) {
  const { db, clock } = deps;
  return {
    async listCategories(): Promise<Category[]> {
      return (await q.listCategories(db)).map(toCategory);
    },

    async findCategory(slug: string): Promise<Category | undefined> {
      const r = await q.findCategoryBySlug(db, slug);
      return r && toCategory(r);
    },

    async findCategoryById(id: number): Promise<Category | undefined> {
      const r = await q.findCategoryById(db, id);
      return r && toCategory(r);
    },

    /** Categories in menu order with how many articles (any status) each holds. */
    async listCategoriesWithCounts(): Promise<Array<Category & { position: number; articles: number }>> {
      const [rows, counts] = await Promise.all([q.listCategories(db), q.countArticlesByCategory(db)]);
      return rows.map((r) => ({ ...toCategory(r), position: r.position, articles: counts.get(r.id) ?? 0 }));
    },

    async createCategory(input: { name: string; description?: string; position?: number }): Promise<number> {
      const name = normalizeText(input.name).trim();
      const id = await q.insertCategory(db, {
        slug: await uniqueSlug(slugify(name) || 'chuyen-muc', (candidate) => q.isCategorySlugTaken(db, candidate)),
        name,
        description: normalizeText(input.description ?? ''),
        position: input.position ?? 0,
        createdAt: clock.now().toISOString(),
      });
      deps.onContentChanged();
      return id;
    },

    /** Renaming keeps the slug: links to the category already out in the world must not break. */
    async updateCategory(id: number, input: { name: string; description: string; position: number }) {
      await q.updateCategory(db, id, {
        name: normalizeText(input.name).trim(),
        description: normalizeText(input.description).trim(),
        position: input.position,
      });
      deps.onContentChanged();
    },

    /** Deletes an empty category; returns false when it still holds articles. */
    async deleteCategory(id: number): Promise<boolean> {
      if (((await q.countArticlesByCategory(db)).get(id) ?? 0) > 0) return false;
      await q.deleteCategory(db, id);
      deps.onContentChanged();
      return true;
    },
  };
}

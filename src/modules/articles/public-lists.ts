// The article lists the public pages share (the menu's categories, the home page's lists, an
// article's related ones), kept while the content stays the same (platform/content/shared-blocks.ts).
// Only the public pages read them: the API and the newsroom read the database, view counts and all.
import type { SharedBlocks } from '../../platform/content/shared-blocks.js';
import type { ArticlesService, ArticleSummary } from './articles.service.js';
import type { Category } from './categories.service.js';

export interface PublicLists {
  categories(): Promise<readonly Category[]>;
  latest(options: { categoryId?: number; limit: number; offset?: number }): Promise<readonly ArticleSummary[]>;
  featured(limit: number): Promise<readonly ArticleSummary[]>;
  countPublished(categoryId?: number): Promise<number>;
  /** The category's latest `count` articles but this one. */
  related(article: { id: number; categoryId: number }, count: number): Promise<readonly ArticleSummary[]>;
}

/** Shared values: frozen, so a page that tried to change one would fail in its tests, not on other pages. */
const frozen = <T>(list: T[]): readonly T[] => Object.freeze(list);

export function createPublicLists(articles: ArticlesService, blocks: SharedBlocks): PublicLists {
  const latest: PublicLists['latest'] = ({ categoryId, limit, offset = 0 }) =>
    blocks.read(`latest:${categoryId ?? '*'}:${limit}:${offset}`, async () =>
      frozen(await articles.listLatest({ categoryId, limit, offset })),
    );
  return {
    categories: () => blocks.read('categories', async () => frozen(await articles.listCategories())),
    latest,
    featured: (limit) => blocks.read(`featured:${limit}`, async () => frozen(await articles.listFeatured(limit))),
    countPublished: (categoryId) =>
      blocks.read(`count:${categoryId ?? '*'}`, () => articles.countPublished(categoryId)),
    async related(article, count) {
      // One list per category serves all its articles: the latest count + 1 hold the latest count but any one.
      const list = await latest({ categoryId: article.categoryId, limit: count + 1 });
      return list.filter((a) => a.id !== article.id).slice(0, count);
    },
  };
}

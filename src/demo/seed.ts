// Fills an empty database with the demo portal, so `npm start` shows a living site at once.
import type { ArticlesService } from '../modules/articles/index.js';
import { demoArticles, demoCategories } from './demo-articles.js';

/** Creates the demo categories and articles when there are none; returns whether it did. */
export async function seedDemoContent(articles: ArticlesService): Promise<boolean> {
  if ((await articles.listCategories()).length > 0) return false;
  const idBySlug = new Map<string, number>();
  for (const [position, category] of demoCategories.entries()) {
    // Spaced by ten so an editor can slot a new category between two others.
    idBySlug.set(
      category.slug,
      await articles.createCategory({
        name: category.name,
        description: category.description,
        position: (position + 1) * 10,
      }),
    );
  }
  for (const article of demoArticles) {
    const categoryId = idBySlug.get(article.categorySlug);
    if (categoryId === undefined) throw new Error(`demo article in unknown category ${article.categorySlug}`);
    await articles.createArticle({
      title: article.title,
      lead: article.lead,
      bodyHtml: article.bodyHtml,
      author: article.author,
      categoryId,
      status: 'published',
      featured: article.featured ?? false,
      publishedAt: new Date(article.publishedAt).toISOString(),
    });
  }
  return true;
}

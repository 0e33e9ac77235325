// Public reading routes: a category's list and an article, both served from the page cache.
import type { Hono } from 'hono';
import { NotFoundError } from '../../platform/http/errors.js';
import { sendPage, type PageCache } from '../../platform/http/page-cache.js';
import { readPageNumber } from '../../platform/http/query.js';
import { pageCount } from '../../platform/views/pagination.js';
import type { PublicPageRenderer } from '../../platform/views/public-page.js';
import type { LinkDocumentNumbers } from '../../platform/content/listed-content.js';
import type { ArticlesService } from './articles.service.js';
import type { PublicLists } from './public-lists.js';
import { ArticlePage } from './views/article-page.js';
import { CategoryPage } from './views/category-page.js';
import { articleError } from './articles.errors.js';

export const CATEGORY_PAGE_SIZE = 15;
const RELATED_COUNT = 6;

export function mountArticlePages(
  app: Hono,
  deps: {
    articles: ArticlesService;
    /** The lists the public pages share (categories, a category's latest), kept while the content stays. */
    lists: PublicLists;
    pageCache: PageCache;
    renderPage: PublicPageRenderer;
    /** The site's name (settings) and origin: an article's share links and printout name them. */
    siteName: () => string;
    siteUrl: string;
    /** Registered document numbers in the body become links to the register (the stored body is unchanged). */
    linkDocumentNumbers?: LinkDocumentNumbers;
  },
) {
  const { articles, lists, pageCache, renderPage } = deps;

  app.get('/tin-tuc/:slug', async (c) => {
    const slug = c.req.param('slug');
    const page = await pageCache.get(`/tin-tuc/${slug}`, async () => {
      const found = await articles.findPublished(slug);
      if (!found) throw new NotFoundError(articleError('ARTICLE_NOT_FOUND'));
      const link = deps.linkDocumentNumbers;
      const article = link ? { ...found, bodyHtml: await link(found.bodyHtml) } : found;
      const related = await lists.related(article, RELATED_COUNT);
      const body = await renderPage(
        {
          title: article.title,
          description: article.lead,
          path: article.url,
          ogType: 'article',
          publishedAt: article.publishedAt,
          imagePath: article.image?.url,
          currentNav: article.category.url,
        },
        <ArticlePage article={article} related={related} site={{ name: deps.siteName(), url: deps.siteUrl }} />,
      );
      return { body };
    });
    return sendPage(c, page);
  });

  app.get('/chuyen-muc/:slug', async (c) => {
    const slug = c.req.param('slug');
    const pageNumber = readPageNumber(c);
    // The key is the page's canonical URL, so the server's fast path finds it by request URL.
    const page = await pageCache.get(
      pageNumber > 1 ? `/chuyen-muc/${slug}?trang=${pageNumber}` : `/chuyen-muc/${slug}`,
      async () => {
        const category = (await lists.categories()).find((c) => c.slug === slug);
        if (!category) throw new NotFoundError(articleError('CATEGORY_NOT_FOUND'));
        const total = await lists.countPublished(category.id);
        const pages = pageCount(total, CATEGORY_PAGE_SIZE);
        if (pageNumber > pages) throw new NotFoundError('PAGE_OUT_OF_RANGE');
        const list = await lists.latest({
          categoryId: category.id,
          limit: CATEGORY_PAGE_SIZE,
          offset: (pageNumber - 1) * CATEGORY_PAGE_SIZE,
        });
        const body = await renderPage(
          {
            title: pageNumber > 1 ? `${category.name} - Trang ${pageNumber}` : category.name,
            description: category.description || category.name,
            path: pageNumber > 1 ? `${category.url}?trang=${pageNumber}` : category.url,
            currentNav: category.url,
          },
          <CategoryPage category={category} articles={list} page={pageNumber} pages={pages} />,
        );
        return { body };
      },
    );
    return sendPage(c, page);
  });
}

// Articles and categories: what is published, where, and by whom. Owns the public reading pages.
// Rules: only status "published" with published_at in the past is ever shown; bodies are stored
// sanitised; slugs come from folded titles and are unique.
export { createArticlesService, articleUrl, storedArticleText } from './articles.service.js';
export type { ArticlesService, ArticleSummary, ArticleDetail, NewArticle, FeaturedImage } from './articles.service.js';
export { categoryUrl, type Category } from './categories.service.js';
export { mountArticlePages, CATEGORY_PAGE_SIZE } from './articles.public.js';
export { createPublicLists, type PublicLists } from './public-lists.js';
export {
  findArticleIdsBySlugs,
  addArticleViews,
  isImageUsedByArticles,
  findNextVisibilityChange,
} from './articles.queries.js';
// The full-text index over published articles; the search module's pages and API ask it.
export { createFullTextSearch } from './full-text/create-search.js';
export { createSearchIndexer, type SearchIndexer } from './full-text/search-indexer.js';
export { MAX_QUERY_LENGTH, parseSearchQuery, type SearchQuery } from './full-text/search-query.js';
export type { SearchPage, SearchService } from './full-text/search-engine.js';
export { ArticleList, ArticleMeta, ArticleThumb } from './views/article-list.js';
export { mountCategoriesAdmin } from './categories.admin.js';
export { createNewsroom } from './newsroom.service.js';
export type { Newsroom } from './newsroom.service.js';
export type { DeskArticle, ArticleInput, RequestContext } from './newsroom-types.js';
export { mountNewsroomPages } from './newsroom.admin.js';
export { mountArticlesApi } from './articles.api.js';
export type { PublishedPageJson } from './articles.schema.js';
export { capArticleBodies } from './body-caps.js';
export { startPublishScheduler } from './publish-scheduler.js';
export { statusLabels, type Actor } from './article-policy.js';
export { addNewsroomHomePanels } from './newsroom-home.js';
// Moving in from another site (modules/imports): rows written inside the import's transaction.
export {
  insertImportedArticle,
  insertImportedCategory,
  findPublishedArticleUrl,
  findCategoryUrl,
  type ImportedArticleRow,
  type StoredArticleText,
} from './imported-articles.js';

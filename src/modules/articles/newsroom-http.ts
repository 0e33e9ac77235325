// What the newsroom's pages and API share at the HTTP edge: the dependencies the pages are given,
// the request context the service checks, the article id of a route, the categories to choose from.
import type { Context } from 'hono';
import { readIdParam } from '../../platform/http/query.js';
import type { PublicPageRenderer } from '../../platform/views/public-page.js';
import { staffContextOf, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import type { ArticlesService, FeaturedImage } from './articles.service.js';
import type { RequestContext } from './newsroom-types.js';
import type { Newsroom } from './newsroom.service.js';
import type { ImageChoice } from './views/article-form-values.js';
import { articleError } from './articles.errors.js';

export interface NewsroomPageDeps {
  newsroom: Newsroom;
  articles: ArticlesService;
  guard: StaffGuard;
  frame: StaffFrame;
  renderPage: PublicPageRenderer;
  /** Accounts that may own an article (the editors' "Người phụ trách" list). */
  listWriters: () => Promise<Array<{ id: number; name: string }>>;
  /** Recent images of the media library, for the featured image choice. */
  listImages: () => Promise<ImageChoice[]>;
  findImage: (id: number) => Promise<FeaturedImage | undefined>;
}

/** A module's flash sentences (all good news) as the staff frame's flashes. */
export const okFlashes = (texts: Record<string, string>) =>
  Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, { kind: 'ok' as const, text }]));

export const contextOf = (c: Context<StaffEnv>): RequestContext => staffContextOf(c);

/** The route's article id (`:id`, or another parameter); a malformed one names no article: 404. */
export const readArticleId = (c: Context, name = 'id') => readIdParam(c, name, articleError('ARTICLE_NOT_FOUND'));

export const listCategoryChoices = async (articles: ArticlesService) =>
  (await articles.listCategories()).map((cat) => ({ id: cat.id, name: cat.name }));

// The home page and the machine-readable site files (RSS, sitemap, robots), all page-cached.
import type { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { ListedContent } from '../../platform/content/listed-content.js';
import { sendPage, type PageCache } from '../../platform/http/page-cache.js';
import type { PublicPageRenderer } from '../../platform/views/public-page.js';
import type { Clock } from '../../platform/clock.js';
import type { ArticlesService, PublicLists } from '../articles/index.js';
import { buildRobots, buildRss, buildSitemap } from './feeds.js';
import { HomePage } from './home-page.js';
import { portalText } from './portal.vi.js';
import { mountSiteMap } from './site-map.js';

const LATEST_COUNT = 10;
const BLOCK_COUNT = 5;
const RSS_COUNT = 20;
// The sections with lists of their own (briefs, events, documents, the English pages): in the
// sitemap whatever their content, like the fixed pages.
const SECTION_PATHS = [
  '/diem-tin',
  '/su-kien',
  '/van-ban',
  '/gioi-thieu',
  '/lien-he',
  '/en',
  '/en/about',
  '/en/organisation',
  '/en/contact',
];

/** A block another module puts on the home page (the latest brief, the next events); null when empty. */
export type HomeBlock = () => Promise<Child | null>;

interface PortalDeps {
  articles: ArticlesService;
  /** The lists the home page shares with the others, kept while the content stays. */
  lists: PublicLists;
  pageCache: PageCache;
  renderPage: PublicPageRenderer;
  clock: Clock;
  siteName: () => string;
  siteUrl: string;
  /** Briefs, events, documents: their pages join the sitemap. */
  listed: readonly ListedContent[];
  homeBlocks: readonly HomeBlock[];
}

export function mountPortal(app: Hono, deps: PortalDeps) {
  const { articles, lists, pageCache } = deps;

  app.get('/', async (c) => {
    const page = await pageCache.get('/', async () => {
      const [featured] = await lists.featured(1);
      const latest = await lists.latest({ limit: LATEST_COUNT });
      const categories = await lists.categories();
      const blocks = await Promise.all(
        categories.map(async (category) => ({
          category,
          articles: await lists.latest({ categoryId: category.id, limit: BLOCK_COUNT }),
        })),
      );
      const extras = (await Promise.all(deps.homeBlocks.map((render) => render()))).filter((b) => b !== null);
      const body = await deps.renderPage(
        {
          title: deps.siteName(),
          description: portalText.homeDescription(deps.siteName()),
          path: '/',
          currentNav: '/',
        },
        <HomePage
          featured={featured ?? latest[0]}
          latest={latest}
          blocks={blocks}
          extras={extras}
          siteName={deps.siteName()}
        />,
      );
      return { body };
    });
    return sendPage(c, page);
  });

  app.get('/rss.xml', async (c) => {
    const page = await pageCache.get('/rss.xml', async () => {
      const items = await articles.listLatest({ limit: RSS_COUNT });
      const xml = buildRss(
        { name: deps.siteName(), url: deps.siteUrl, description: portalText.feedDescription(deps.siteName()) },
        items.map((a) => ({
          title: a.title,
          url: a.url,
          lead: a.lead,
          author: a.author,
          publishedAt: a.publishedAt,
          category: a.category.name,
        })),
        deps.clock.now(),
      );
      return { body: Buffer.from(xml), contentType: 'application/rss+xml; charset=utf-8' };
    });
    return sendPage(c, page);
  });

  mountSitemap(app, deps);
  mountSiteMap(app, deps);

  const robots = buildRobots(deps.siteUrl);
  app.get('/robots.txt', (c) => c.text(robots, 200, { 'Cache-Control': 'public, max-age=3600' }));
}

/** /sitemap.xml: the sections, categories, articles and every listed kind's pages. */
function mountSitemap(app: Hono, deps: PortalDeps) {
  const { articles, pageCache } = deps;
  app.get('/sitemap.xml', async (c) => {
    const page = await pageCache.get('/sitemap.xml', async () => {
      const categories = await articles.listCategories();
      const entries = await articles.listSitemapEntries();
      const others = await Promise.all(deps.listed.map((source) => source.listPages()));
      const xml = buildSitemap(deps.siteUrl, [
        { path: '/' },
        ...SECTION_PATHS.map((path) => ({ path })),
        ...categories.map((cat) => ({ path: cat.url })),
        ...entries.map((e) => ({ path: `/tin-tuc/${e.slug}`, lastModified: e.updated_at })),
        ...others.flat(),
      ]);
      return { body: Buffer.from(xml), contentType: 'application/xml; charset=utf-8' };
    });
    return sendPage(c, page);
  });
}

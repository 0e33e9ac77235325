// /so-do-trang: the portal on one page for people (Decree 42/2022/NĐ-CP asks state portals for a
// site map), every section and category with its newest articles; page-cached like the home page.
import type { Hono } from 'hono';
import { formatNumber } from '../../platform/i18n/format.js';
import { vi } from '../../platform/i18n/vi.js';
import { sendPage, type PageCache } from '../../platform/http/page-cache.js';
import type { PublicPageRenderer } from '../../platform/views/public-page.js';
import type { ArticleSummary, ArticlesService, Category } from '../articles/index.js';
import { portalText } from './portal.vi.js';

export const SITE_MAP_PATH = '/so-do-trang';
const LATEST_PER_CATEGORY = 3;

interface CategoryEntry {
  category: Category;
  count: number;
  latest: ArticleSummary[];
}

export function mountSiteMap(
  app: Hono,
  deps: { articles: ArticlesService; pageCache: PageCache; renderPage: PublicPageRenderer; siteName: () => string },
) {
  const { articles } = deps;
  app.get(SITE_MAP_PATH, async (c) => {
    const page = await deps.pageCache.get(SITE_MAP_PATH, async () => {
      const categories = await articles.listCategories();
      const entries = await Promise.all(
        categories.map(async (category) => ({
          category,
          count: await articles.countPublished(category.id),
          latest: await articles.listLatest({ categoryId: category.id, limit: LATEST_PER_CATEGORY }),
        })),
      );
      const body = await deps.renderPage(
        {
          title: portalText.siteMap.title,
          description: portalText.siteMap.description(deps.siteName()),
          path: SITE_MAP_PATH,
        },
        <SiteMapPage entries={entries} />,
      );
      return { body };
    });
    return sendPage(c, page);
  });
}

function SiteMapPage(props: { entries: CategoryEntry[] }) {
  const t = portalText.siteMap;
  return (
    <div class="block site-map">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <h2 id="so-do-chinh">{t.mainPages}</h2>
      <ul aria-labelledby="so-do-chinh">
        <li>
          <a href="/">{vi.ui.home}</a>
        </li>
        <li>
          <a href="/tim-kiem">{vi.ui.search}</a> <span class="site-map-count">{t.searchHint}</span>
        </li>
        <li>
          <a href="/diem-tin">{t.briefs}</a> <span class="site-map-count">{t.briefsHint}</span>
        </li>
        <li>
          <a href="/su-kien">{t.events}</a> <span class="site-map-count">{t.eventsHint}</span>
        </li>
        <li>
          <a href="/van-ban">{t.documents}</a> <span class="site-map-count">{t.documentsHint}</span>
        </li>
      </ul>
      <h2 id="so-do-chuyen-muc">{vi.ui.categories}</h2>
      <ul aria-labelledby="so-do-chuyen-muc">
        {props.entries.map((entry) => (
          <CategoryItem entry={entry} />
        ))}
      </ul>
      <h2 id="so-do-gioi-thieu">{t.aboutPages}</h2>
      <ul aria-labelledby="so-do-gioi-thieu">
        <li>
          <a href="/gioi-thieu">{vi.ui.about}</a>
        </li>
        <li>
          <a href="/lien-he">{vi.ui.contact}</a>
        </li>
        <li>
          <a href="/thong-ke">{vi.ui.statsPageTitle}</a>
        </li>
        <li>
          <a href="/en" lang="en" hreflang="en">
            {t.english}
          </a>{' '}
          <span class="site-map-count">{t.englishHint}</span>
        </li>
      </ul>
      <h2 id="so-do-theo-doi">{t.feeds}</h2>
      <ul aria-labelledby="so-do-theo-doi">
        <li>
          <a href="/rss.xml">{vi.ui.rssFeed}</a> <span class="site-map-count">{t.rssHint}</span>
        </li>
        <li>
          <a href="/diem-tin/rss.xml">{t.briefsFeed}</a>
        </li>
        <li>
          <a href="/su-kien/lich.ics">{t.eventsCalendar}</a> <span class="site-map-count">{t.eventsCalendarHint}</span>
        </li>
        <li>
          <a href="/sitemap.xml">{t.xmlSitemap}</a> <span class="site-map-count">{t.xmlSitemapHint}</span>
        </li>
      </ul>
      <h2 id="so-do-can-bo">{t.staff}</h2>
      <ul aria-labelledby="so-do-can-bo">
        <li>
          <a href="/dang-nhap">{vi.ui.login}</a> <span class="site-map-count">{t.loginHint}</span>
        </li>
      </ul>
    </div>
  );
}

function CategoryItem(props: { entry: CategoryEntry }) {
  const { category, count, latest } = props.entry;
  return (
    <li>
      <a href={category.url}>{category.name}</a>{' '}
      <span class="site-map-count">{portalText.siteMap.articleCount(formatNumber(count))}</span>
      {latest.length > 0 ? (
        <ul class="site-map-latest" aria-label={portalText.siteMap.latestIn(category.name)}>
          {latest.map((a) => (
            <li>
              <a href={a.url}>{a.title}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

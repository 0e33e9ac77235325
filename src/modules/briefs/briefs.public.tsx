// The reader's side: /diem-tin (newest first, paginated, with a month's calendar), /diem-tin/rss.xml
// and /diem-tin/YYYY-MM-DD. Page-cached under their canonical addresses (only validated forms), so
// endless query strings cannot fill the cache with copies.
import type { Context, Hono } from 'hono';
import type { LinkDocumentNumbers } from '../../platform/content/listed-content.js';
import { AppError, NotFoundError } from '../../platform/http/errors.js';
import { type PageCache, sendPage } from '../../platform/http/page-cache.js';
import { readPageNumber, readQueryParam } from '../../platform/http/query.js';
import { pageCount } from '../../platform/views/pagination.js';
import type { PublicPageRenderer } from '../../platform/views/public-page.js';
import type { Clock } from '../../platform/clock.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import { buildBriefsRss, escapeHtml } from './brief-feed.js';
import { type Brief, isMonth } from './brief-items.js';
import { isBriefDay } from './briefs.schema.js';
import type { BriefsService } from './briefs.service.js';
import { briefError, briefsText } from './briefs.vi.js';
import { BriefDayPage, BriefsIndexPage, type RenderedBrief } from './views/public-pages.js';

const PER_PAGE = 20;
const RSS_COUNT = 20;
const t = briefsText.public;

export interface BriefsPublicDeps {
  briefs: BriefsService;
  pageCache: PageCache;
  renderPage: PublicPageRenderer;
  clock: Clock;
  siteUrl: string;
  siteName: () => string;
  linkDocumentNumbers?: LinkDocumentNumbers;
}

const badDate = () => new AppError(briefError('BRIEF_BAD_DATE'), 400);

/** The intro and summaries as HTML: escaped, then numbers of registered documents linked. */
export async function renderBriefTexts(brief: Brief, link?: LinkDocumentNumbers): Promise<RenderedBrief> {
  const html = (s: string) => (link ? link(escapeHtml(s)) : Promise.resolve(escapeHtml(s)));
  const [introHtml, ...summariesHtml] = await Promise.all([
    html(brief.intro),
    ...brief.items.map((i) => html(i.summary)),
  ]);
  return { brief, introHtml: introHtml ?? '', summariesHtml };
}

function readMonth(c: Context, today: string): string {
  const raw = readQueryParam(c, 'thang');
  if (raw === undefined || raw === '') return today.slice(0, 7);
  if (!isMonth(raw)) throw new AppError(briefError('BRIEF_BAD_MONTH'), 400);
  return raw;
}

export function mountBriefPages(app: Hono, deps: BriefsPublicDeps) {
  const { briefs, pageCache, renderPage } = deps;

  app.get('/diem-tin', async (c) => {
    const today = vietnamDay(deps.clock.now());
    const picked = readQueryParam(c, 'ngay');
    if (picked !== undefined && picked !== '') {
      if (!isBriefDay(picked)) throw badDate();
      return c.redirect(`/diem-tin/${picked}`, 303);
    }
    const page = readPageNumber(c);
    const month = readMonth(c, today);
    const query = [page > 1 ? `trang=${page}` : '', c.req.query('thang') ? `thang=${month}` : ''].filter(Boolean);
    const key = `/diem-tin${query.length ? `?${query.join('&')}` : ''}`;
    const cached = await pageCache.get(key, async () => {
      const { briefs: list, total } = await briefs.listPublished({ limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
      const pages = pageCount(total, PER_PAGE);
      if (page > pages) throw new NotFoundError('PAGE_OUT_OF_RANGE');
      const monthDays = await briefs.publishedDaysIn(month);
      return {
        body: await renderPage(
          { title: t.title, description: t.description, path: key, currentNav: '/diem-tin' },
          <BriefsIndexPage briefs={list} page={page} pages={pages} month={month} monthDays={monthDays} today={today} />,
        ),
      };
    });
    return sendPage(c, cached);
  });

  app.get('/diem-tin/rss.xml', async (c) => {
    const page = await pageCache.get('/diem-tin/rss.xml', async () => {
      const { briefs: latest } = await briefs.listPublished({ limit: RSS_COUNT, offset: 0 });
      const xml = buildBriefsRss({ name: deps.siteName(), url: deps.siteUrl }, latest, deps.clock.now());
      return { body: Buffer.from(xml), contentType: 'application/rss+xml; charset=utf-8' };
    });
    return sendPage(c, page);
  });

  app.get('/diem-tin/:date', async (c) => {
    const day = c.req.param('date');
    if (!isBriefDay(day)) throw badDate();
    const page = await pageCache.get(`/diem-tin/${day}`, async () => {
      const brief = await briefs.publishedOn(day);
      if (!brief) throw new NotFoundError(briefError('BRIEF_NOT_FOUND'));
      const rendered = await renderBriefTexts(brief, deps.linkDocumentNumbers);
      return {
        body: await renderPage(
          {
            title: t.dayTitle(day),
            description: t.dayDescription(day),
            path: brief.url,
            ogType: 'article',
            publishedAt: brief.publishedAt ?? undefined,
            currentNav: '/diem-tin',
          },
          <BriefDayPage {...rendered} />,
        ),
      };
    });
    return sendPage(c, page);
  });
}

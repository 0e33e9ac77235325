// The reader's side: /su-kien (upcoming first, then past; ?loai= filters by kind; ?trang= pages),
// /su-kien/:slug (the id at the end names the event; another slug for it redirects) and the
// calendar feed /su-kien/lich.ics. Page-cached: the same for every reader.
import type { Hono } from 'hono';
import { AppError, NotFoundError } from '../../platform/http/errors.js';
import { sendPage, type PageCache } from '../../platform/http/page-cache.js';
import { readPageNumber, readQueryParam } from '../../platform/http/query.js';
import { pageCount } from '../../platform/views/pagination.js';
import type { PublicPageRenderer } from '../../platform/views/public-page.js';
import { descriptionHtml } from './description-html.js';
import { idOfSlug } from './event-view.js';
import { buildCalendar } from './events-ics.js';
import type { EventsService } from './events.js';
import { EVENT_KINDS, type EventKind } from './events.tables.js';
import { eventErrors, eventsText, kindSlugs } from './events.vi.js';
import { whenText } from './views/event-parts.js';
import { EventPage, EventsListPage, listHref } from './views/public-pages.js';

const PER_PAGE = 15;
const t = eventsText.publicList;

export interface EventPagesDeps {
  events: EventsService;
  pageCache: PageCache;
  renderPage: PublicPageRenderer;
  siteName: () => string;
  siteUrl: string;
}

function readKind(raw: string | undefined): EventKind | undefined {
  if (raw === undefined || raw === '') return undefined;
  const kind = EVENT_KINDS.find((k) => kindSlugs[k] === raw);
  if (!kind) throw new AppError(eventErrors('BAD_KIND'), 400, { loai: eventErrors('BAD_KIND').message });
  return kind;
}

export function mountEventPages(app: Hono, deps: EventPagesDeps) {
  const { events, pageCache, renderPage } = deps;

  app.get('/su-kien', async (c) => {
    const kind = readKind(readQueryParam(c, 'loai'));
    const page = readPageNumber(c);
    const key = listHref(kind, page);
    const cached = await pageCache.get(key, async () => {
      const found = await events.listPublicPage({ kind }, page, PER_PAGE);
      const pages = pageCount(found.total, PER_PAGE);
      if (page > pages) throw new NotFoundError('PAGE_OUT_OF_RANGE');
      const anniversaries = page === 1 && !kind ? await events.listAnniversaries() : [];
      return {
        body: await renderPage(
          {
            title: page > 1 ? t.pageTitle(page) : t.title,
            description: t.description,
            path: key,
            currentNav: '/su-kien',
          },
          <EventsListPage kind={kind} {...found} anniversaries={anniversaries} page={page} pages={pages} />,
        ),
      };
    });
    return sendPage(c, cached);
  });

  app.get('/su-kien/lich.ics', async (c) => {
    const cached = await pageCache.get('/su-kien/lich.ics', async () => {
      const now = deps.events.clock.now();
      const from = new Date(now.getTime() - 180 * 86_400_000).toISOString().slice(0, 10);
      const to = new Date(now.getTime() + 730 * 86_400_000).toISOString().slice(0, 10);
      const list = await events.listPublicBetween(from, to);
      const site = { name: deps.siteName(), url: deps.siteUrl };
      return { body: Buffer.from(buildCalendar(list, site, now)), contentType: 'text/calendar; charset=utf-8' };
    });
    return sendPage(c, cached);
  });

  app.get('/su-kien/:slug', async (c) => {
    const slug = c.req.param('slug');
    const id = idOfSlug(slug);
    const found = id === undefined ? undefined : await events.findPublic(id);
    if (!found) throw new NotFoundError(eventErrors('EVENT_NOT_FOUND'));
    if (found.event.slug !== slug) return c.redirect(found.event.url, 301);
    const cached = await pageCache.get(found.event.url, async () => ({
      body: await renderPage(
        {
          title: found.event.title,
          description: [whenText(found.event), found.event.place].filter(Boolean).join(' · '),
          path: found.event.url,
          currentNav: '/su-kien',
        },
        <EventPage
          event={found.event}
          descriptionHtml={await descriptionHtml(found.event.description, events.linkDocumentNumbers)}
          articles={found.articles}
          perUnit={found.perUnit}
          task={found.task}
        />,
      ),
    }));
    return sendPage(c, cached);
  });
}

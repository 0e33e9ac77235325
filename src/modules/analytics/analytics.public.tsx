// /thong-ke: how the counters are counted (stated openly) and the history per day.
import type { Hono } from 'hono';
import { formatDate, formatNumber } from '../../platform/i18n/format.js';
import { vi } from '../../platform/i18n/vi.js';
import { sendPage, type PageCache } from '../../platform/http/page-cache.js';
import type { PublicPageRenderer } from '../../platform/views/public-page.js';
import type { Clock } from '../../platform/clock.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import type { AnalyticsService } from './analytics.service.js';
import { NEW_VISITOR_WINDOW_MS, NEW_VISITORS_PER_ADDRESS } from './new-visitor-cap.js';
import { analyticsText } from './analytics.vi.js';

const t = analyticsText.statsPage;

const HISTORY_DAYS = 60;

export function mountStatsPage(
  app: Hono,
  deps: {
    analytics: AnalyticsService;
    pageCache: PageCache;
    renderPage: PublicPageRenderer;
    clock: Clock;
    startingTotal: number;
  },
) {
  app.get('/thong-ke', async (c) => {
    const page = await deps.pageCache.get('/thong-ke', async () => {
      const from = vietnamDay(new Date(deps.clock.now().getTime() - HISTORY_DAYS * 86_400_000));
      const history = await deps.analytics.listDailyHistory(from);
      const body = await deps.renderPage(
        {
          title: vi.ui.statsPageTitle,
          description: t.description,
          path: '/thong-ke',
        },
        <section class="block">
          <h1 class="block-title">{vi.ui.statsPageTitle}</h1>
          <h2>{t.methodTitle}</h2>
          <ul>
            {[t.visits, t.online, t.today, t.week].map((rule) => (
              <li>
                <strong>{rule.term}</strong>
                {rule.text}
              </li>
            ))}
            <li>
              <strong>{t.total.term}</strong>
              {t.total.text(formatNumber(deps.startingTotal))}
            </li>
            <li>{t.notCounted}</li>
            <li>{t.articleViews}</li>
            <li>{t.publicOnly}</li>
            <li>{t.addressCap(NEW_VISITORS_PER_ADDRESS, NEW_VISITOR_WINDOW_MS / 60_000)}</li>
            <li>{t.privacy}</li>
          </ul>
          <h2>{t.historyTitle(HISTORY_DAYS)}</h2>
          {history.length === 0 ? (
            <p class="notice">{t.noData}</p>
          ) : (
            <table class="stats-table">
              <caption class="visually-hidden">{t.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.day}</th>
                  <th scope="col">{t.visitsColumn}</th>
                  <th scope="col">{t.pageviewsColumn}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((d) => (
                  <tr>
                    <td>{formatDate(`${d.day}T00:00:00+07:00`)}</td>
                    <td>{formatNumber(Number(d.visits))}</td>
                    <td>{formatNumber(Number(d.pageviews))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>,
      );
      return { body };
    });
    return sendPage(c, page);
  });
}

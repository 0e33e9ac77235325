// The metrics' wiring (only with METRICS_TOKEN): the request counter and GET /metrics first on the
// app, and search timed around the engine, so the search module itself knows nothing of metrics.
// The other modules get narrow callbacks where they are built (content.tsx, work.ts).
import type { Hono } from 'hono';
import type { SearchService } from '../modules/search/index.js';
import type { Metrics } from '../platform/metrics/metrics.js';
import { mountMetrics } from '../platform/metrics/metrics-route.js';
import { countRequests } from '../platform/metrics/request-metrics.js';
import type { Basics } from './content.js';

export function mountMetricsFirst(app: Hono, { config, metrics }: Basics) {
  if (!metrics || !config.metricsToken) return;
  app.use(countRequests(metrics.requests));
  mountMetrics(app, { metrics, token: config.metricsToken });
}

/** The engine, timed: each search's duration goes to congtin_search_seconds. */
export function timedSearch(search: SearchService, metrics: Metrics | undefined): SearchService {
  if (!metrics) return search;
  return {
    async search(query, options) {
      const started = performance.now();
      try {
        return await search.search(query, options);
      } finally {
        metrics.searched((performance.now() - started) / 1000);
      }
    },
  };
}

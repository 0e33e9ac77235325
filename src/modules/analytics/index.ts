// Visit statistics ("Thống kê truy cập"): the beacon, the four counters, per-article views and
// the daily history. Rules: no raw IP or user agent is stored or logged; hits are written by
// group commit and acknowledged only once committed; bots, prefetches and staff are not counted,
// nor hits from other sites, paths that are not public pages (public-paths.ts), articles readers
// cannot open, or an address's new browsers past its cap (new-visitor-cap.ts).
export { createAnalyticsService } from './analytics.service.js';
export type { AnalyticsService, HitAnswer } from './analytics.service.js';
export { type CountHit, HIT_PATH, mountAnalyticsApi } from './analytics.api.js';
export { createBeaconFastPath, type RequestListener } from './beacon-fast-path.js';
export { mountStatsPage } from './analytics.public.js';
export { createThrottle } from './throttle.js';
export type { Counters } from './counters.js';
export { CountersWidget, type CountersView } from './views/counters-widget.js';

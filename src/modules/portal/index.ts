// The portal's front door: the home page, RSS, sitemap and robots.txt. It owns no tables; it
// arranges what the articles module publishes.
export { type HomeBlock, mountPortal } from './portal.public.js';
export { buildRss, buildSitemap } from './feeds.js';

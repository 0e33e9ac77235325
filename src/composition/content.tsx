// The portal's content side: the caches, the worker pool, media and attachments, articles, the
// counters, search, the site settings and the two page renderers.
import type { Config } from '../config.js';
import type { Database } from '../database.js';
import type { Clock, RandomSource } from '../platform/clock.js';
import type { Kysely } from 'kysely';
import type { Dialect } from '../platform/db/dialect.js';
import type { ListedContent } from '../platform/content/listed-content.js';
import { createSharedBlocks } from '../platform/content/shared-blocks.js';
import { createPageCache } from '../platform/http/page-cache.js';
import type { Logger } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics/metrics.js';
import { loadPublicAssets } from '../platform/views/assets.js';
import { createPublicPageRenderer } from '../platform/views/public-page.js';
import { createStaffPageRenderer } from '../platform/views/staff-layout.js';
import { createWorkPool } from '../platform/workers/work-pool.js';
import { type AnalyticsService, CountersWidget, createAnalyticsService } from '../modules/analytics/index.js';
import {
  addArticleViews,
  createArticlesService,
  createPublicLists,
  findArticleIdsBySlugs,
  findNextVisibilityChange,
  type PublicLists,
} from '../modules/articles/index.js';
import { createAttachments } from '../modules/attachments/index.js';
import { createMediaService } from '../modules/media/index.js';
import { sumImportedVisitTotals } from '../modules/imports/index.js';
import { createSearchIndexer, createSearchService } from '../modules/search/index.js';
import { createSiteSettings, readContentVersion, type SiteSettingsStore } from '../modules/site/index.js';
import type { HomeBlock } from '../modules/portal/index.js';
import { seedDemoContent } from '../demo/seed.js';
import { demoAboutHtml, demoContact } from '../demo/demo-site.js';
import { appText } from '../app.vi.js';
import { timedSearch } from './metrics.js';

// Rendered pages are ~15–25 KB: 48 MB holds a few thousand, well inside the memory budget.
const PAGE_CACHE_BYTES = 48 * 1024 * 1024;
// Search pages get their own small cache so endless distinct queries cannot push articles out.
const SEARCH_CACHE_BYTES = 4 * 1024 * 1024;
// How stale another node's change may leave this node's menu and lists (the page cache, when on,
// adds PAGE_CACHE_SECONDS); on the node that made it, none.
const SHARED_BLOCKS_CHECK_MS = 250;
// Lists of ~15 summaries: a few MB at most, whatever a crawler walks.
const SHARED_BLOCKS_MAX_ENTRIES = 256;

export interface Basics {
  config: Config;
  db: Kysely<Database>;
  dialect: Dialect;
  clock: Clock;
  random: RandomSource;
  logger: Logger;
  /** Only when METRICS_TOKEN is set (composition/metrics.ts). */
  metrics: Metrics | undefined;
}

function buildCaches(
  { config, db, clock }: Basics,
  whenChangedElsewhere: () => Promise<void>,
  whenChangedHere: () => void,
) {
  const ttlMs = config.pageCacheSeconds * 1000;
  const pageCache = createPageCache({ ttlMs, maxBytes: PAGE_CACHE_BYTES, clock });
  const searchCache = createPageCache({ ttlMs, maxBytes: SEARCH_CACHE_BYTES, clock });
  const sharedBlocks = createSharedBlocks({
    clock,
    readVersion: () => readContentVersion(db),
    nextChangeAfter: (nowIso) => findNextVisibilityChange(db, nowIso),
    onOutsideChange: whenChangedElsewhere,
    checkEveryMs: SHARED_BLOCKS_CHECK_MS,
    maxEntries: SHARED_BLOCKS_MAX_ENTRIES,
  });
  const onContentChanged = () => {
    pageCache.invalidateAll();
    searchCache.invalidateAll();
    sharedBlocks.invalidate();
    whenChangedHere();
  };
  return { pageCache, searchCache, sharedBlocks, onContentChanged };
}

function buildFiles({ config, db, clock, random, metrics }: Basics) {
  // Heavy work (long article bodies, spreadsheets, archives) runs on worker threads, off the event loop.
  const work = createWorkPool();
  const common = { db, clock, random, dataDir: config.dataDir };
  const media = createMediaService({
    ...common,
    maxBytes: config.uploadMaxBytes,
    onVariantsRun: metrics?.jobRuns('media-variants'),
  });
  const attachments = createAttachments({ ...common, maxBytes: config.attachmentMaxBytes, work });
  // The article page's lead image: url, size and alt as before, plus its resized copies for <Picture>.
  const findImage = async (id: number) => (await media.findImages([id])).get(id);
  return { work, media, attachments, findImage };
}

async function buildSettings({ config, db, clock }: Basics, onChange: () => void) {
  const settings = createSiteSettings({
    db,
    clock,
    // Only the first start stores these; afterwards the admin edits them in Quản trị → Cài đặt.
    defaults: {
      name: config.siteName,
      ...(config.demoContent ? demoContact : { address: '', phone: '', email: '' }),
      aboutHtml: config.demoContent ? demoAboutHtml : appText.aboutPending,
    },
    onChange,
  });
  await settings.load();
  return settings;
}

/** The public frame (menu from the shared lists, the counters in the sidebar) and the staff frame. */
function buildRenderers(deps: {
  settings: SiteSettingsStore;
  lists: PublicLists;
  analytics: AnalyticsService;
  clock: Clock;
  siteUrl: string;
}) {
  const { settings, lists, analytics } = deps;
  const assets = loadPublicAssets();
  const renderPage = createPublicPageRenderer({
    readSite: () => settings.get(),
    siteUrl: deps.siteUrl,
    stylesheetHref: assets.stylesheetHref,
    scriptHref: assets.scriptHref,
    clock: deps.clock,
    listNav: async () => [
      ...(await lists.categories()).map((c) => ({ href: c.url, label: c.name })),
      ...appText.sectionNav,
    ],
    renderSidebar: (path) => <CountersWidget counters={analytics.peekCounters()} path={path} />,
  });
  const renderStaffPage = createStaffPageRenderer({
    siteName: () => settings.get().name,
    stylesheetHref: assets.stylesheetHref,
    scriptHref: assets.scriptHref,
    editorStylesheetHref: assets.editorStylesheetHref,
    editorScriptHref: assets.editorScriptHref,
  });
  return { assets, renderPage, renderStaffPage };
}

export async function buildContent(basics: Basics, siteUrl: string) {
  const { config, db, dialect, clock, random, logger } = basics;
  // Site settings another node saved: read again when the content version says something changed.
  let reloadSettings = async () => {};
  let contentChangedToo = () => {};
  const caches = buildCaches(
    basics,
    () => reloadSettings(),
    () => contentChangedToo(),
  );
  const files = buildFiles(basics);
  const { onContentChanged } = caches;
  const articles = createArticlesService({
    db,
    clock,
    onContentChanged,
    findImage: files.findImage,
    findImages: files.media.findImages,
    work: files.work,
  });
  if (config.demoContent && (await seedDemoContent(articles))) logger.info('demo content created');
  // "Tất cả" goes on from the old site's total when an import brought one (npm run import -- nukeviet).
  const startingTotal = config.statsStartTotal + (await sumImportedVisitTotals(db));
  const analytics = createAnalyticsService({
    db,
    clock,
    random,
    logger,
    articles: { findArticleIdsBySlugs, addArticleViews },
    flushIntervalMs: config.hitFlushMs,
    // better-sqlite3 writes a batch without yielding the loop; pg writes while the loop reads on.
    flushWhenQuiet: dialect === 'sqlite',
    startingTotal,
    // SQLite is one node: its visitor rows are appended, looked up in memory (visitor-store.ts).
    visitorRows: dialect === 'sqlite' ? 'log' : 'table',
    onFlush: basics.metrics?.beaconFlushed,
  });
  await analytics.readFreshCounters();
  // The search index follows the articles from a queue (a long one, after an upgrade or a
  // restore, is worked through in the background; app.tsx stops it on close).
  const searchIndexer = createSearchIndexer({ db, dialect, work: files.work, logger });
  searchIndexer.start();
  // A saved article is indexed at once, so the next reader's search finds the queue empty.
  contentChangedToo = () => searchIndexer.nudge();
  const search = timedSearch(createSearchService(db, searchIndexer), basics.metrics);
  const settings = await buildSettings(basics, onContentChanged);
  reloadSettings = () => settings.load();
  const lists = createPublicLists(articles, caches.sharedBlocks);
  const siteName = () => settings.get().name;
  const { assets, renderPage, renderStaffPage } = buildRenderers({ settings, lists, analytics, clock, siteUrl });
  // Briefs, events and documents join search and the sitemap once they are built (app.tsx).
  const listed: ListedContent[] = [];
  // Their blocks on the home page (the latest brief, the next events), likewise added later.
  const homeBlocks: HomeBlock[] = [];
  return {
    ...caches,
    ...files,
    articles,
    lists,
    analytics,
    startingTotal,
    searchIndexer,
    search,
    settings,
    siteName,
    assets,
    renderPage,
    renderStaffPage,
    listed,
    homeBlocks,
  };
}

export type Content = Awaited<ReturnType<typeof buildContent>>;

// Composition root: builds every dependency once and mounts the modules. Nothing else reads the
// environment or creates singletons. From here: "Hôm nay" → modules/analytics/counters.ts;
// a page's HTML → modules/*/…public.tsx via platform/views/public-page.tsx.
import { Hono } from 'hono';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Config } from './config.js';
import type { Database } from './database.js';
import { cryptoRandom, systemClock, type Clock, type RandomSource } from './platform/clock.js';
import { openDatabase, pingDatabase } from './platform/db/client.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { listMigrations } from './migrations/index.js';
import { createTrustedProxies } from './platform/http/client-ip.js';
import { installErrorHandling, rejectMalformedPath } from './platform/http/error-handler.js';
import { enforceBodyCaps } from './platform/http/body.js';
import { createPageCache } from './platform/http/page-cache.js';
import { securityHeaders } from './platform/http/security-headers.js';
import { createLogger, type Logger } from './platform/logger.js';
import { loadPublicAssets } from './platform/views/assets.js';
import { createPublicPageRenderer } from './platform/views/public-page.js';
import { createWorkPool } from './platform/workers/work-pool.js';
import { vi } from './platform/i18n/vi.js';
import {
  CountersWidget,
  createAnalyticsService,
  createThrottle,
  mountAnalyticsApi,
  mountStatsPage,
} from './modules/analytics/index.js';
import {
  addArticleViews,
  capArticleBodies,
  createArticlesService,
  createNewsroom,
  findArticleIdsBySlugs,
  mountArticlePages,
  mountArticlesApi,
  mountCategoriesAdmin,
  mountNewsroomPages,
  startPublishScheduler,
} from './modules/articles/index.js';
import { can } from './modules/accounts/index.js';
import { mountPortal } from './modules/portal/index.js';
import { capMediaUploads, createMediaService, mountMediaAdmin, mountMediaFiles } from './modules/media/index.js';
import {
  capAttachmentUploads,
  createAttachments,
  keepAttachmentHeaders,
  mountAttachmentDownloads,
  type MayDownload,
} from './modules/attachments/index.js';
import { createSearchService, mountSearch } from './modules/search/index.js';
import { seedDemoContent } from './demo/seed.js';
import { demoAccounts } from './demo/demo-accounts.js';
import { seedDemoNewsroom } from './demo/demo-newsroom.js';
import { createAccounts } from './modules/accounts/index.js';
import { createStaffPageRenderer } from './platform/views/staff-layout.js';
import { createApiDocs } from './platform/http/api-docs.js';
import { z } from 'zod';
import { capSiteSettingsBodies, createSiteSettings, mountSitePages } from './modules/site/index.js';
import { demoAboutHtml, demoContact } from './demo/demo-site.js';
import { capUnitImports, createUnits, mountUnitsAdmin, mountUnitsApi } from './modules/units/index.js';
import {
  capPlansApiBodies,
  createPlans,
  mountPlanPages,
  mountPlansApi,
  planContextOf,
  type Plans,
} from './modules/plans/index.js';
import { ForbiddenError, NotFoundError } from './platform/http/errors.js';
import { importPlan } from './modules/plans/plan-import.js';
import { demoPlan } from './demo/demo-plans.js';
import { parseSearchQuery } from './modules/search/index.js';
import { placeDemoAccounts, seedDemoUnits } from './demo/demo-units.js';
import {
  createReminders,
  createSmtpMailer,
  mountNotificationPages,
  startReminderJob,
} from './modules/reminders/index.js';

export interface AppOverrides {
  clock?: Clock;
  random?: RandomSource;
  logger?: Logger;
}

// Rendered pages are ~15–25 KB: 48 MB holds a few thousand, well inside the memory budget.
const PAGE_CACHE_BYTES = 48 * 1024 * 1024;
// Any request body whose route declares no cap of its own: the largest plain staff form (a task
// with its 5,000-character description, a 10,000-character report) fits with room to spare.
const DEFAULT_BODY_BYTES = 64 * 1024;
// Search pages get their own small cache so endless distinct queries cannot push articles out.
const SEARCH_CACHE_BYTES = 4 * 1024 * 1024;

export async function createApp(config: Config, overrides: AppOverrides = {}) {
  const clock = overrides.clock ?? systemClock;
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const siteUrl = config.siteUrl ?? `http://localhost:${config.port}`;

  const database = openDatabase<Database>(config.database);
  const { db, dialect } = database;
  await migrateToLatest(db, listMigrations(dialect));

  const pageCache = createPageCache({ ttlMs: config.pageCacheSeconds * 1000, maxBytes: PAGE_CACHE_BYTES, clock });
  const searchCache = createPageCache({ ttlMs: config.pageCacheSeconds * 1000, maxBytes: SEARCH_CACHE_BYTES, clock });
  const onContentChanged = () => {
    pageCache.invalidateAll();
    searchCache.invalidateAll();
  };
  // Heavy work (long article bodies, spreadsheets, archives) runs on worker threads, off the event loop.
  const work = createWorkPool();
  const media = createMediaService({
    db,
    clock,
    random: overrides.random ?? cryptoRandom,
    dataDir: config.dataDir,
    maxBytes: config.uploadMaxBytes,
  });
  const attachments = createAttachments({
    db,
    clock,
    random: overrides.random ?? cryptoRandom,
    dataDir: config.dataDir,
    maxBytes: config.attachmentMaxBytes,
    work,
  });
  const findImage = async (id: number) => {
    const image = await media.findById(id);
    return image && { url: image.url, width: image.width, height: image.height, alt: image.alt };
  };
  const articles = createArticlesService({ db, clock, onContentChanged, findImage, work });
  if (config.demoContent && (await seedDemoContent(articles))) logger.info('demo content created');

  const analytics = createAnalyticsService({
    db,
    clock,
    random: overrides.random ?? cryptoRandom,
    logger,
    articles: { findArticleIdsBySlugs, addArticleViews },
    flushIntervalMs: config.hitFlushMs,
    startingTotal: config.statsStartTotal,
  });
  await analytics.readFreshCounters();
  const search = createSearchService(db, dialect);
  const settings = createSiteSettings({
    db,
    clock,
    // Only the first start stores these; afterwards the admin edits them in Quản trị → Cài đặt.
    defaults: {
      name: config.siteName,
      ...(config.demoContent ? demoContact : { address: '', phone: '', email: '' }),
      aboutHtml: config.demoContent ? demoAboutHtml : '<p>Nội dung giới thiệu đang được cập nhật.</p>',
    },
    onChange: onContentChanged,
  });
  await settings.load();
  const siteName = () => settings.get().name;

  const assets = loadPublicAssets();
  const renderPage = createPublicPageRenderer({
    readSite: () => settings.get(),
    siteUrl,
    stylesheetHref: assets.stylesheetHref,
    scriptHref: assets.scriptHref,
    clock,
    listNav: async () => (await articles.listCategories()).map((c) => ({ href: c.url, label: c.name })),
    renderSidebar: (path) => <CountersWidget counters={analytics.peekCounters()} path={path} />,
  });

  const trustedProxies = createTrustedProxies(config.trustProxy);
  const renderStaffPage = createStaffPageRenderer({
    siteName,
    stylesheetHref: assets.stylesheetHref,
    scriptHref: assets.scriptHref,
    editorStylesheetHref: assets.editorStylesheetHref,
    editorScriptHref: assets.editorScriptHref,
  });
  // A unit that leads or coordinates tasks cannot be deleted (the plans module answers why).
  let unitInUse: (unitId: number) => Promise<string | undefined> = async () => undefined;
  const units = createUnits({ db, clock, isInUse: (unitId) => unitInUse(unitId) });
  // Before the accounts: the demo unit reporter belongs to one of these units.
  if (config.demoContent && (await seedDemoUnits(units))) logger.info('demo units created');
  const accounts = await createAccounts({
    db,
    clock,
    random: overrides.random ?? cryptoRandom,
    siteUrl,
    sessionIdleMs: config.sessionIdleMs,
    sessionMaxMs: config.sessionMaxMs,
    trustedProxies,
    renderStaffPage,
    uploadTmpDir: path.join(config.dataDir, 'tmp'),
    // One argon2 verification is ~20 ms of one core: leave a core for the readers.
    passwordWork: { maxActive: Math.max(1, availableParallelism() - 1), maxQueued: 16 },
    listUnits: async () => (await units.listTree()).map((u) => ({ id: u.id, label: u.name, depth: u.depth })),
  });
  const initialUsers = [
    ...(config.firstAdmin ? [{ ...config.firstAdmin, name: 'Quản trị hệ thống', roles: ['admin' as const] }] : []),
    ...(config.demoContent ? await placeDemoAccounts(demoAccounts, units) : []),
  ];
  const firstAccounts = await accounts.createInitialUsers(initialUsers);
  if (firstAccounts) logger.info({ accounts: initialUsers.map((u) => u.email) }, 'first accounts created');
  // Said at every start, not only the first: a demo account still enabled is a published password.
  const demoEmails = new Set(demoAccounts.map((a) => a.email));
  const liveDemoAccounts = (await accounts.service.listUsers()).filter((u) => demoEmails.has(u.email) && !u.disabled);
  if (liveDemoAccounts.length > 0) {
    logger.warn(
      { accounts: liveDemoAccounts.map((u) => u.email) },
      'demo accounts with a published password are enabled: disable them (Quản trị → Người dùng) on a real install',
    );
  }

  const newsroom = createNewsroom({
    db,
    clock,
    audit: accounts.audit,
    onContentChanged,
    imageExists: async (id) => (await media.findById(id)) !== undefined,
    isWriter: async (userId) => {
      const user = await accounts.service.findUser(userId);
      return user !== undefined && !user.disabled && can(user.roles, 'articles.write');
    },
    work,
  });
  if (firstAccounts && config.demoContent) {
    const users = await accounts.service.listUsers();
    const byEmail = (email: string) => users.find((u) => u.email === email);
    const contributor = byEmail('congtacvien@congtin.demo');
    const editor = byEmail('bientap@congtin.demo');
    const category = (await articles.listCategories())[0];
    if (contributor && editor && category)
      await seedDemoNewsroom({ newsroom, contributor, editor, categoryId: category.id, now: clock.now() });
  }
  const plans = createPlans({
    db,
    clock,
    audit: accounts.audit,
    unitExists: (id) => units.exists(id),
    findPublishedArticles: async (ids) =>
      (await articles.listPublishedByIds(ids)).map((a) => ({ id: a.id, title: a.title, url: a.url })),
  });
  unitInUse = (unitId) => plans.describeUnitUse(unitId);
  if (firstAccounts && config.demoContent) {
    const tree = await units.listTree();
    const root = tree.find((u) => u.parentId === null);
    if (root) {
      const unit = (words: string) =>
        tree.filter((u) => u.name.includes(words)).sort((a, b) => a.depth - b.depth)[0]?.id ?? root.id;
      const founded = root.foundedOn ?? '2008-11-18';
      await importPlan(
        db,
        demoPlan({ unit, root: root.id, blocFoundingDay: founded.slice(5) }),
        clock.now().toISOString(),
      );
      logger.info('demo plan created');
    }
  }
  const scheduler = startPublishScheduler({ newsroom, logger });
  await scheduler.runOnce();
  // Reminders read the plans; e-mail only when SMTP is configured (the bell works either way).
  const mailer = config.smtp ? createSmtpMailer(config.smtp, siteName) : undefined;
  const reminders = createReminders({
    db,
    clock,
    logger,
    policy: config.reminders,
    listDue: (daysAhead) => plans.listReminders(daysAhead),
    listUsers: () => accounts.service.listUsers(),
    mailer,
    siteUrl,
    siteName,
  });
  const reminderJob = startReminderJob({ reminders, logger });

  const docs = createApiDocs();
  const app = new Hono();
  app.use(rejectMalformedPath());
  // Body caps come first, before the session, the permission, the CSRF token and the body: each
  // route's own cap is declared here, then every other request with a body gets the default.
  capMediaUploads(app, { maxBytes: config.uploadMaxBytes });
  capUnitImports(app);
  // The plan and report forms that carry attachments (field `files`).
  capAttachmentUploads(app, {
    maxBytes: config.attachmentMaxBytes,
    paths: [
      '/quan-tri/ke-hoach',
      '/quan-tri/ke-hoach/:id/sua',
      '/quan-tri/nhiem-vu/:id/bao-cao',
      '/quan-tri/bao-cao/:id',
    ],
  });
  capArticleBodies(app);
  capSiteSettingsBodies(app);
  capPlansApiBodies(app);
  accounts.capBodies(app);
  app.use(enforceBodyCaps({ defaultBytes: DEFAULT_BODY_BYTES }));
  // Before the site-wide headers: uploaded files carry a stricter policy of their own (sandbox).
  mountMediaFiles(app, { files: media.files });
  keepAttachmentHeaders(app);
  app.use(securityHeaders());
  assets.mount(app);
  mountPortal(app, { articles, pageCache, renderPage, clock, siteName, siteUrl });
  mountArticlePages(app, { articles, pageCache, renderPage });
  // Before the search module's public GET /api/v1/articles, which answers when no status is asked.
  mountArticlesApi(app, { newsroom, articles, guard: accounts.guard, docs });
  mountSearch(app, { search, articles, pageCache: searchCache, renderPage, clock, docs });
  mountStatsPage(app, { analytics, pageCache, renderPage, clock, startingTotal: config.statsStartTotal });
  mountAnalyticsApi(app, {
    analytics,
    visitorThrottle: createThrottle({ limitPerMinute: config.hitRatePerMinute, clock }),
    // An office behind one NAT address holds many readers: the per-address cap is much looser.
    addressThrottle: createThrottle({ limitPerMinute: config.hitRatePerMinute * 20, clock }),
    // Counts at most 60 new browsers per address per 10 minutes (new-visitor-cap.ts).
    clock,
    siteOrigin: new URL(siteUrl).origin,
    trustedProxies,
    isStaff: (c) => accounts.isStaffRequest(c),
    docs,
  });
  accounts.mount(app, docs);
  docs.mount(app, { siteName, renderPage: renderStaffPage });
  mountNewsroomPages(app, {
    newsroom,
    articles,
    guard: accounts.guard,
    frame: accounts.frame,
    renderPage,
    listWriters: async () =>
      (await accounts.service.listUsers())
        .filter((u) => !u.disabled && can(u.roles, 'articles.write'))
        .map((u) => ({ id: u.id, name: u.name })),
    listImages: async () =>
      (await media.listRecent({ limit: 200 })).map((m) => ({ id: m.id, url: m.url, label: m.alt || m.originalName })),
    findImage,
  });
  mountCategoriesAdmin(app, { articles, guard: accounts.guard, frame: accounts.frame, audit: accounts.audit });
  mountMediaAdmin(app, { media, guard: accounts.guard, frame: accounts.frame, audit: accounts.audit });
  mountSitePages(app, {
    settings,
    pageCache,
    renderPage,
    guard: accounts.guard,
    frame: accounts.frame,
    audit: accounts.audit,
  });
  mountPlanPages(app, {
    plans,
    guard: accounts.guard,
    frame: accounts.frame,
    clock,
    listUnits: async () =>
      (await units.listTree()).map((u) => ({ id: u.id, label: `${'— '.repeat(u.depth)}${u.name}` })),
    searchArticles: async (q) => {
      const found = await search.search(parseSearchQuery(q), {
        limit: 10,
        offset: 0,
        nowIso: clock.now().toISOString(),
      });
      return (await articles.listPublishedByIds(found.ids)).map((a) => ({
        id: a.id,
        title: a.title,
        url: a.url,
        publishedAt: a.publishedAt,
      }));
    },
    findArticles: async (ids) =>
      (await articles.listPublishedByIds(ids)).map((a) => ({
        id: a.id,
        title: a.title,
        url: a.url,
        publishedAt: a.publishedAt,
      })),
    letterhead: () => ({ ...config.report, issuer: settings.get().name.toLocaleUpperCase('vi') }),
    attachments,
  });
  mountPlansApi(app, { plans, guard: accounts.guard, docs });
  mountNotificationPages(app, { reminders, guard: accounts.guard, frame: accounts.frame });
  mountAttachmentDownloads(app, {
    attachments,
    guard: accounts.guard,
    audit: accounts.audit,
    mayDownload: mayDownloadAttachment(plans),
  });
  mountUnitsAdmin(app, { units, guard: accounts.guard, frame: accounts.frame, audit: accounts.audit, work });
  mountUnitsApi(app, { units, guard: accounts.guard, docs });
  docs.register({
    method: 'get',
    path: '/healthz',
    summary: 'Tình trạng máy chủ và cơ sở dữ liệu',
    responses: {
      200: {
        description: 'Hoạt động bình thường',
        content: {
          'application/json': {
            schema: z.object({
              status: z.literal('ok'),
              database: z.object({ dialect: z.enum(['sqlite', 'postgres']), status: z.literal('ok') }),
            }),
          },
        },
      },
      503: { description: 'Không kết nối được cơ sở dữ liệu' },
    },
  });
  app.get('/healthz', async (c) => {
    try {
      await pingDatabase(db);
      return c.json({ status: 'ok', database: { dialect, status: 'ok' } }, 200, { 'Cache-Control': 'no-store' });
    } catch (err) {
      logger.error({ err }, 'health check failed');
      return c.json({ status: 'error', database: { dialect, status: 'unreachable' } }, 503, {
        'Cache-Control': 'no-store',
      });
    }
  });
  installErrorHandling(app, {
    logger,
    renderErrorPage: (info) =>
      renderPage(
        { title: info.title, description: info.message, path: info.path, noindex: true },
        <section class="block error-page">
          <h1>{info.title}</h1>
          <p>{info.message}</p>
          <p class="meta">
            {vi.ui.requestId}: {info.requestId}
          </p>
          <p>
            <a href="/">{vi.ui.backHome}</a>
          </p>
        </section>,
      ),
  });

  return {
    app,
    db,
    dialect,
    analytics,
    articles,
    newsroom,
    scheduler,
    media,
    attachments,
    pageCache,
    accounts,
    settings,
    units,
    plans,
    reminders,
    logger,
    /** Flushes queued hits, then closes the database. */
    async close() {
      await reminderJob.stop();
      mailer?.close();
      await scheduler.stop();
      await analytics.drain();
      await database.close();
      await work.close();
    },
  };
}

export type CongtinApp = Awaited<ReturnType<typeof createApp>>;

/**
 * Who may download an attachment: the plans' rules. A plan's document, anyone who reads plans; a
 * report's file, whoever may open the report (its task is theirs to see) and sees every unit or
 * belongs to the report's unit; a file not attached yet, only its uploader.
 */
function mayDownloadAttachment(plans: Plans): MayDownload {
  return async (c, attachment) => {
    const ctx = planContextOf(c);
    if (attachment.planIds.length > 0 && can(ctx.actor.roles, 'plans.read')) return true;
    for (const reportId of attachment.reportIds) {
      const found = await plans.getReport(ctx, reportId).catch((err: unknown) => {
        if (err instanceof ForbiddenError || err instanceof NotFoundError) return undefined;
        throw err;
      });
      if (found?.mayOpenFiles) return true;
    }
    return (
      attachment.planIds.length === 0 && attachment.reportIds.length === 0 && attachment.uploadedBy === ctx.actor.id
    );
  };
}

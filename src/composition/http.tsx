// The HTTP side: every route of every module on one Hono app, in the order the checks must run
// (body caps first, then the security headers, then the routes), the health check and the one
// error handler.
import { type Context, Hono } from 'hono';
import { can } from '../modules/accounts/index.js';
import {
  type CountHit,
  createBeaconFastPath,
  createThrottle,
  HIT_PATH,
  mountAnalyticsApi,
  mountStatsPage,
} from '../modules/analytics/index.js';
import {
  capArticleBodies,
  mountArticlePages,
  mountArticlesApi,
  mountCategoriesAdmin,
  mountNewsroomPages,
} from '../modules/articles/index.js';
import { capAttachmentUploads, keepAttachmentHeaders, mountAttachmentDownloads } from '../modules/attachments/index.js';
import { capMediaUploads, mountMediaAdmin, mountMediaFiles } from '../modules/media/index.js';
import { capPlansApiBodies, mountPlanPages, mountPlansApi } from '../modules/plans/index.js';
import { mountPortal } from '../modules/portal/index.js';
import { mountNotificationPages } from '../modules/reminders/index.js';
import { mountSearch, parseSearchQuery } from '../modules/search/index.js';
import { capSiteSettingsBodies, mountSitePages } from '../modules/site/index.js';
import { capContactBodies } from '../modules/contact/index.js';
import { capUnitImports, mountUnitsAdmin, mountUnitsApi } from '../modules/units/index.js';
import { createApiDocs, type ApiDocs } from '../platform/http/api-docs.js';
import { enforceBodyCaps } from '../platform/http/body.js';
import { type ErrorPageRenderer, installErrorHandling, rejectMalformedPath } from '../platform/http/error-handler.js';
import { securityHeaders } from '../platform/http/security-headers.js';
import { vi } from '../platform/i18n/vi.js';
import { mayDownloadAttachment } from './attachment-access.js';
import { mountMetricsFirst } from './metrics.js';
import { capDocumentBodies, type Documents, mountDocumentFileRoutes, mountDocuments } from './documents.js';
import { type Briefs, mountBriefs } from './briefs.js';
import { mountEnglish } from './english.js';
import { type Events, mountEvents } from './events.js';
import { type Contact, mountContact } from './contact.js';
import { capHistoryBodies, type History, mountHistory } from './history.js';
import { mountOpinion, type Opinion } from './opinion.js';
import { capOpinionBodies } from '../modules/opinion/index.js';
import { mountHealthCheck } from './health.js';
import { renderUnavailableStaffPage } from './unavailable-page.js';
import type { Basics, Content } from './content.js';
import type { People } from './people.js';
import type { Work } from './work.js';

// Any request body whose route declares no cap of its own: the largest plain staff form (a task
// with its 5,000-character description, a 10,000-character report) fits with room to spare.
const DEFAULT_BODY_BYTES = 64 * 1024;

interface Parts {
  basics: Basics;
  content: Content;
  people: People;
  work: Work;
  documents: Documents;
  contact: Contact;
  briefs: Briefs;
  events: Events;
  history: History;
  opinion: Opinion;
  siteUrl: string;
  /** Mounted first of all (after the malformed-path check): the old site's addresses (composition/imports.tsx). */
  mountFirst?: (app: Hono) => void;
}

/** Each route's own cap is declared first; every other request with a body gets the default. */
function capBodies(app: Hono, { basics, people, documents }: Parts) {
  const { config } = basics;
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
  capDocumentBodies(app, documents);
  capSiteSettingsBodies(app);
  capPlansApiBodies(app);
  people.accounts.capBodies(app);
  capContactBodies(app);
  capHistoryBodies(app);
  capOpinionBodies(app);
  app.use(enforceBodyCaps({ defaultBytes: DEFAULT_BODY_BYTES }));
}

/** The readers' routes; returns the beacon's hit counter, which the fast path shares (server.ts). */
function mountReaderRoutes(app: Hono, parts: Parts, docs: ApiDocs): CountHit {
  const { basics, content, people, work, siteUrl } = parts;
  const { config, clock } = basics;
  const { articles, pageCache, renderPage, siteName, analytics } = content;
  mountPortal(app, {
    articles,
    lists: content.lists,
    pageCache,
    renderPage,
    clock,
    siteName,
    siteUrl,
    listed: content.listed,
    homeBlocks: content.homeBlocks,
  });
  mountArticlePages(app, {
    articles,
    lists: content.lists,
    pageCache,
    renderPage,
    siteName,
    siteUrl,
    linkDocumentNumbers: parts.documents.linkDocumentNumbers,
  });
  mountEnglish(app, { content, people });
  // Before the search module's public GET /api/v1/articles, which answers when no status is asked.
  mountArticlesApi(app, { newsroom: work.newsroom, articles, guard: people.accounts.guard, docs });
  mountSearch(app, {
    search: content.search,
    articles,
    listed: content.listed,
    logger: basics.logger,
    pageCache: content.searchCache,
    renderPage,
    clock,
    docs,
  });
  mountStatsPage(app, { analytics, pageCache, renderPage, clock, startingTotal: content.startingTotal });
  return mountAnalyticsApi(app, {
    analytics,
    visitorThrottle: createThrottle({ limitPerMinute: config.hitRatePerMinute, clock }),
    // An office behind one NAT address holds many readers: the per-address cap is much looser.
    addressThrottle: createThrottle({ limitPerMinute: config.hitRatePerMinute * 20, clock }),
    // Counts at most 60 new browsers per address per 10 minutes (new-visitor-cap.ts).
    clock,
    siteOrigin: new URL(siteUrl).origin,
    trustedProxies: people.trustedProxies,
    isStaff: (c) => people.accounts.isStaffRequest(c),
    docs,
  });
}

function mountNewsroomRoutes(app: Hono, { content, people, work }: Parts) {
  const { articles, media, renderPage } = content;
  const { guard, frame, audit, service } = people.accounts;
  mountNewsroomPages(app, {
    newsroom: work.newsroom,
    articles,
    guard,
    frame,
    renderPage,
    listWriters: async () =>
      (await service.listUsers())
        .filter((u) => !u.disabled && can(u.roles, 'articles.write'))
        .map((u) => ({ id: u.id, name: u.name })),
    listImages: async () =>
      (await media.listRecent({ limit: 200 })).map((m) => ({ id: m.id, url: m.url, label: m.alt || m.originalName })),
    findImage: content.findImage,
  });
  mountCategoriesAdmin(app, { articles, guard, frame, audit });
  mountMediaAdmin(app, { media, guard, frame, audit });
  mountSitePages(app, { settings: content.settings, pageCache: content.pageCache, renderPage, guard, frame, audit });
}

function mountPlanRoutes(app: Hono, parts: Parts, docs: ApiDocs) {
  const { basics, content, people, work } = parts;
  const { clock, config } = basics;
  const { articles, search, settings, attachments } = content;
  const { guard, frame, audit } = people.accounts;
  const toChoice = (a: { id: number; title: string; url: string; publishedAt: string }) => ({
    id: a.id,
    title: a.title,
    url: a.url,
    publishedAt: a.publishedAt,
  });
  mountPlanPages(app, {
    plans: work.plans,
    guard,
    frame,
    clock,
    listUnits: async () =>
      (await people.units.listTree()).map((u) => ({ id: u.id, label: `${'— '.repeat(u.depth)}${u.name}` })),
    searchArticles: async (q) => {
      const nowIso = clock.now().toISOString();
      const found = await search.search(parseSearchQuery(q), { limit: 10, offset: 0, nowIso });
      return (await articles.listPublishedByIds(found.ids)).map(toChoice);
    },
    findArticles: async (ids) => (await articles.listPublishedByIds(ids)).map(toChoice),
    letterhead: () => ({ ...config.report, issuer: settings.get().name.toLocaleUpperCase('vi') }),
    attachments,
    documentUrls: parts.documents.urlsOf,
  });
  mountPlansApi(app, { plans: work.plans, guard, docs });
  mountNotificationPages(app, { reminders: work.reminders, guard, frame });
  mountAttachmentDownloads(app, { attachments, guard, audit, mayDownload: mayDownloadAttachment(work.plans) });
  mountUnitsAdmin(app, { units: people.units, guard, frame, audit, work: content.work });
  mountUnitsApi(app, { units: people.units, guard, docs });
}

type ErrorInfo = Parameters<ErrorPageRenderer>[0];

function ErrorBody({ info }: { info: ErrorInfo }) {
  return (
    <section class="block error-page">
      <h1>{info.title}</h1>
      <p>{info.message}</p>
      <p class="meta">
        {vi.ui.requestId}: {info.requestId}
      </p>
      <p>
        {info.path.startsWith('/quan-tri') ? (
          <a href="/quan-tri">{vi.staff.backToDashboard}</a>
        ) : (
          <a href="/">{vi.ui.backHome}</a>
        )}
      </p>
    </section>
  );
}

/**
 * An error inside /quan-tri for someone signed in (a 403, a 404) stays in the staff frame, with
 * their menu; the session is read here when no staff route ran (an unknown address).
 */
async function renderInStaffFrame(people: People, info: ErrorInfo, c: Context): Promise<Buffer | undefined> {
  const inStaffArea = info.path === '/quan-tri' || info.path.startsWith('/quan-tri/');
  if (!inStaffArea || info.status >= 500) return undefined;
  if (!c.get('staff')) {
    try {
      await people.accounts.guard.loadStaff()(c, async () => {});
    } catch {
      return undefined;
    }
  }
  const staff = c.get('staff');
  if (staff?.via !== 'session') return undefined;
  const status = info.status as 403 | 404 | 400 | 409 | 413 | 415;
  const answer = await people.accounts.frame.respond(c, info.title, <ErrorBody info={info} />, { status });
  return Buffer.from(await answer.arrayBuffer());
}

function installErrorPages(app: Hono, { basics, content, people }: Parts) {
  installErrorHandling(app, {
    logger: basics.logger,
    renderErrorPage: async (info, c) =>
      (info.code === 'STORAGE_UNAVAILABLE' && /^\/quan-tri(\/|$)/.test(info.path)
        ? await renderUnavailableStaffPage(c, info, content.renderStaffPage)
        : undefined) ??
      (await renderInStaffFrame(people, info, c)) ??
      content.renderPage(
        { title: info.title, description: info.message, path: info.path, noindex: true },
        <ErrorBody info={info} />,
      ),
  });
}

/** The Hono app, and the beacon's fast path in front of it (server.ts puts it before Hono). */
export function buildHttpApp(parts: Parts) {
  const { content, people } = parts;
  const docs = createApiDocs();
  const app = new Hono();
  // First of all, so every answer is counted, a refused path included (only with METRICS_TOKEN).
  mountMetricsFirst(app, parts.basics);
  app.use(rejectMalformedPath());
  parts.mountFirst?.(app);
  // Body caps come first, before the session, the permission, the CSRF token and the body.
  capBodies(app, parts);
  // Before the site-wide headers: uploaded files carry a stricter policy of their own (sandbox).
  mountMediaFiles(app, { files: content.media.files, variantFiles: content.media.variantFiles });
  keepAttachmentHeaders(app);
  mountDocumentFileRoutes(app, parts.documents);
  app.use(securityHeaders());
  content.assets.mount(app);
  const countHit = mountReaderRoutes(app, parts, docs);
  people.accounts.mount(app, docs);
  // After the accounts' session loading, like every module with staff pages.
  mountBriefs(app, { ...parts, briefs: parts.briefs.briefs }, docs, parts.documents.linkDocumentNumbers);
  mountEvents(app, { ...parts, events: parts.events.events }, docs);
  // After the accounts' session loading: the register's staff pages need it.
  mountDocuments(app, parts, docs);
  // Party history books: staff pages only, after the session loading.
  mountHistory(app, parts);
  // Restricted reports: staff pages only, after the session loading like the others.
  mountOpinion(app, parts);
  docs.mount(app, { siteName: content.siteName, renderPage: content.renderStaffPage });
  mountNewsroomRoutes(app, parts);
  mountContact(app, parts);
  mountPlanRoutes(app, parts, docs);
  mountHealthCheck(app, parts, docs);
  installErrorPages(app, parts);
  const { logger, metrics } = parts.basics;
  const beaconFastPath = createBeaconFastPath({
    countHit,
    trustedProxies: people.trustedProxies,
    logger,
    onAnswered: metrics && ((status, seconds) => metrics.requests.answered(HIT_PATH, 'POST', status, seconds)),
  });
  return { app, beaconFastPath };
}

// Composition root: builds every dependency once and mounts the modules. Nothing else reads the
// environment or creates singletons. It is built in stages, one file each under composition/:
// content (caches, media, articles, counters, search, settings, renderers) → people (units,
// accounts) → work (newsroom, plans, reminders) → http (every route, in the order the checks run).
// From here: "Hôm nay" → modules/analytics/counters.ts; a page's HTML → modules/*/…public.tsx via
// platform/views/public-page.tsx.
import type { Config } from './config.js';
import type { Database } from './database.js';
import { cryptoRandom, systemClock, type Clock, type RandomSource } from './platform/clock.js';
import { openDatabase } from './platform/db/client.js';
import { holdFirstStartLock } from './platform/db/first-start-lock.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { createLogger, type Logger } from './platform/logger.js';
import { listMigrations } from './migrations/index.js';
import { buildContent, type Basics } from './composition/content.js';
import { addHomePanels } from './composition/home-panels.js';
import { buildHttpApp } from './composition/http.js';
import { buildPeople } from './composition/people.js';
import { buildWork } from './composition/work.js';
import { buildDocuments } from './composition/documents.js';
import { buildContact } from './composition/contact.js';
import { buildBriefs } from './composition/briefs.js';
import { buildHistory } from './composition/history.js';
import { buildEnglish } from './composition/english.js';
import { buildEvents } from './composition/events.js';
import { buildImports } from './composition/imports.js';
import { buildOpinion } from './composition/opinion.js';

export interface AppOverrides {
  clock?: Clock;
  random?: RandomSource;
  logger?: Logger;
}

/** Migrations, then every stage (each makes its part of a first start's content). */
async function buildStages(
  config: Config,
  database: ReturnType<typeof openDatabase<Database>>,
  overrides: AppOverrides,
  logger: Logger,
  siteUrl: string,
) {
  const { db, dialect } = database;
  await migrateToLatest(db, listMigrations(dialect));
  // Collected only when they can be read (GET /metrics needs METRICS_TOKEN): otherwise no cost.
  // prom-client is loaded only by an install that is scraped (METRICS_TOKEN set).
  const metrics = config.metricsToken ? (await import('./platform/metrics/metrics.js')).createMetrics() : undefined;
  if (metrics && database.poolUse) metrics.watchPool(database.poolUse);
  const basics: Basics = {
    config,
    db,
    dialect,
    clock: overrides.clock ?? systemClock,
    random: overrides.random ?? cryptoRandom,
    logger,
    metrics,
  };
  const content = await buildContent(basics, siteUrl);
  const people = await buildPeople(basics, content, siteUrl);
  // Before work: the daily reminders also chase the opinion reports units owe.
  const opinion = await buildOpinion(basics, people);
  const work = await buildWork(basics, content, people, siteUrl, opinion);
  const documents = await buildDocuments(basics, content, people);
  const contact = await buildContact(basics, content, people, work, siteUrl);
  const briefs = await buildBriefs(basics, content, people, work, siteUrl);
  await buildEnglish(basics, content, people);
  const events = await buildEvents(basics, content, people, work, documents.linkDocumentNumbers);
  const history = await buildHistory(basics, content, people);
  return { basics, content, people, work, documents, contact, briefs, events, history, opinion };
}

export async function createApp(config: Config, overrides: AppOverrides = {}) {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const siteUrl = config.siteUrl ?? `http://localhost:${config.port}`;
  const database = openDatabase<Database>(config.database);
  const { db, dialect } = database;
  // Until the first start's content is made, one node at a time (platform/db/first-start-lock.ts).
  const releaseFirstStart = await holdFirstStartLock(config.database);
  const { basics, content, people, work, documents, contact, briefs, events, history, opinion } = await buildStages(
    config,
    database,
    overrides,
    logger,
    siteUrl,
  ).finally(releaseFirstStart);
  addHomePanels(basics, people, work);
  // Search and the sitemap find briefs, events and documents; the home page shows the latest brief
  // and the next events (the portal and search modules know them only by these contracts).
  content.listed.push(briefs.listed, events.listed, documents.listed);
  content.homeBlocks.push(briefs.homeBlock, events.homeBlock);
  // Moving in from WordPress or NukeViet: the import, and the old addresses answered first.
  const imports = buildImports(basics, content, people);
  const { app, beaconFastPath } = buildHttpApp({
    ...{ basics, content, people, work, documents, briefs, contact, events, history, opinion, siteUrl },
    mountFirst: imports.mountFirst,
  });

  return {
    app,
    /** Answers readers' beacons before Hono (server.ts). */
    beaconFastPath,
    db,
    dialect,
    analytics: content.analytics,
    articles: content.articles,
    /** Keeps search in step with the articles (tests and benchmarks wait on it with drainAll). */
    searchIndexer: content.searchIndexer,
    newsroom: work.newsroom,
    scheduler: work.scheduler,
    media: content.media,
    attachments: content.attachments,
    pageCache: content.pageCache,
    accounts: people.accounts,
    settings: content.settings,
    units: people.units,
    plans: work.plans,
    documents: documents.service,
    history: history.service,
    briefs: briefs.briefs,
    events: events.events,
    opinion,
    reminders: work.reminders,
    contact: contact.service,
    metrics: basics.metrics,
    imports,
    logger,
    /** Flushes queued hits, then closes the database. */
    async close() {
      await work.reminderJob.stop();
      work.mailer?.close();
      await work.scheduler.stop();
      await content.analytics.drain();
      await content.searchIndexer.stop();
      await database.close();
      await content.work.close();
    },
  };
}

export type CongtinApp = Awaited<ReturnType<typeof createApp>>;

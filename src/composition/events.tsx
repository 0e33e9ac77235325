// The events' wiring: the service with what it needs of the units (the tree and founding dates),
// the articles (published ones, the latest to pick from) and the plan tracker (tasks, and the
// report a held class or contest files); its routes; and, on the first start of a demo, its events.
import type { Hono } from 'hono';
import {
  createEvents,
  mountEventPages,
  mountEventsAdmin,
  mountEventsApi,
  NextEventsBlock,
  type EventsService,
} from '../modules/events/index.js';
import type { ApiDocs } from '../platform/http/api-docs.js';
import type { LinkDocumentNumbers } from '../platform/content/listed-content.js';
import { seedDemoEvents } from '../demo/demo-events.js';
import type { Basics, Content } from './content.js';
import type { People } from './people.js';
import type { Work } from './work.js';

export async function buildEvents(
  basics: Basics,
  content: Content,
  people: People,
  work: Work,
  linkDocumentNumbers?: LinkDocumentNumbers,
) {
  const { db, clock, logger, config } = basics;
  const { articles } = content;
  const { plans } = work;
  const events = createEvents({
    db,
    clock,
    audit: people.accounts.audit,
    onContentChanged: content.onContentChanged,
    keepInMemory: content.sharedBlocks.read,
    linkDocumentNumbers,
    listUnits: async () =>
      (await people.units.listTree()).map((u) => ({ id: u.id, name: u.name, depth: u.depth, foundedOn: u.foundedOn })),
    findPublishedArticles: async (ids) =>
      (await articles.listPublishedByIds(ids)).map((a) => ({ id: a.id, title: a.title, url: a.url })),
    tasks: {
      listTasks: () => plans.listTasksForEvents(),
      findTask: (id) => plans.findTaskForEvents(id),
      fileEventReport: (ctx, input) => plans.fileEventReport(ctx, input),
    },
  });
  if (people.firstAccounts && config.demoContent) {
    await seedDemoEvents({ events, plans, accounts: people.accounts, units: people.units, clock });
    logger.info('demo events created');
  }
  return {
    events,
    listed: events.listed,
    /** The home page's block: the next events and the coming anniversaries. */
    homeBlock: async () => {
      const items = await events.listHomeItems(4);
      return <NextEventsBlock events={items.events} anniversaries={items.anniversaries} />;
    },
  };
}

export type Events = Awaited<ReturnType<typeof buildEvents>>;

export function mountEvents(
  app: Hono,
  parts: { content: Content; people: People; events: EventsService; siteUrl: string },
  docs: ApiDocs,
) {
  const { content, people, events, siteUrl } = parts;
  mountEventPages(app, {
    events,
    pageCache: content.pageCache,
    renderPage: content.renderPage,
    siteName: content.siteName,
    siteUrl,
  });
  mountEventsApi(app, { events, docs, siteUrl });
  mountEventsAdmin(app, {
    events,
    guard: people.accounts.guard,
    frame: people.accounts.frame,
    listArticleChoices: async () =>
      (await content.articles.listLatest({ limit: 50 })).map((a) => ({ id: a.id, title: a.title })),
  });
}

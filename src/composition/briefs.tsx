// The morning brief's wiring: its service with what it needs of the articles (published ones,
// search for the picker) and of the plan tracker (the daily task a publication feeds), its routes,
// and, on the first start of a demo, thirty days of briefs.
import type { Hono } from 'hono';
import {
  createBriefs,
  createBriefsListed,
  LatestBriefBlock,
  mountBriefPages,
  mountBriefsAdmin,
  mountBriefsApi,
  type BriefContext,
  type BriefsService,
} from '../modules/briefs/index.js';
import { parseSearchQuery } from '../modules/search/index.js';
import type { ApiDocs } from '../platform/http/api-docs.js';
import type { LinkDocumentNumbers } from '../platform/content/listed-content.js';
import { seedDemoBriefs } from '../demo/demo-briefs.js';
import type { Basics, Content } from './content.js';
import type { People } from './people.js';
import type { Work } from './work.js';

export async function buildBriefs(basics: Basics, content: Content, people: People, work: Work, siteUrl: string) {
  const { db, clock, logger, config } = basics;
  const { articles } = content;
  const briefs = createBriefs({
    db,
    clock,
    audit: people.accounts.audit,
    onContentChanged: content.onContentChanged,
    keepInMemory: content.sharedBlocks.read,
    siteUrl,
    siteName: content.siteName,
    findArticles: async (ids: number[]) =>
      (await articles.listPublishedByIds(ids)).map((a) => ({ id: a.id, title: a.title, url: a.url, lead: a.lead })),
    tracker: {
      listDailyTasks: () => work.plans.listDailyTasks(),
      fileReports: (
        ctx: BriefContext,
        taskId: number,
        entries: Array<{ day: string; body: string; filedAt: string }>,
      ) => work.plans.fileFedReports(ctx, taskId, entries),
    },
    logError: (err: unknown, message: string) => logger.error({ err }, message),
  });
  if (people.firstAccounts && config.demoContent) {
    const editor = (await people.accounts.service.listUsers()).find((u) => u.email === 'bientap@congtin.demo');
    const articleIds = (await articles.listLatest({ limit: 40 })).map((a) => a.id);
    if (editor) {
      const actor = { id: editor.id, name: editor.name, email: editor.email, roles: editor.roles, unitId: null };
      await seedDemoBriefs({ briefs, clock, articleIds, editor: actor });
    }
    logger.info('demo briefs created');
  }
  return {
    briefs,
    listed: createBriefsListed(briefs),
    /** The home page's block of the latest brief. */
    homeBlock: async () => {
      const latest = await briefs.latest();
      return latest ? <LatestBriefBlock brief={latest} /> : null;
    },
  };
}

export type Briefs = Awaited<ReturnType<typeof buildBriefs>>;

export function mountBriefs(
  app: Hono,
  parts: { basics: Basics; content: Content; people: People; briefs: BriefsService; siteUrl: string },
  docs: ApiDocs,
  linkDocumentNumbers?: LinkDocumentNumbers,
) {
  const { basics, content, people, briefs, siteUrl } = parts;
  const { clock } = basics;
  const { articles, search } = content;
  mountBriefPages(app, {
    briefs,
    pageCache: content.pageCache,
    renderPage: content.renderPage,
    clock,
    siteUrl,
    siteName: content.siteName,
    linkDocumentNumbers,
  });
  mountBriefsApi(app, { briefs, guard: people.accounts.guard, docs, clock, siteUrl });
  mountBriefsAdmin(app, {
    briefs,
    guard: people.accounts.guard,
    frame: people.accounts.frame,
    clock,
    linkDocumentNumbers,
    searchArticles: async (q) => {
      const nowIso = clock.now().toISOString();
      const found = await search.search(parseSearchQuery(q), { limit: 10, offset: 0, nowIso });
      return (await articles.listPublishedByIds(found.ids)).map((a) => ({
        id: a.id,
        title: a.title,
        publishedAt: a.publishedAt,
      }));
    },
    findArticle: async (id) => {
      const [article] = await articles.listPublishedByIds([id]);
      return article ? { id: article.id, title: article.title } : undefined;
    },
  });
}

// The English pages' wiring: they read the site settings, the units tree and the latest headlines
// through plain functions (the english module imports no other module), and the demo's English
// texts are written on the first start only, like the rest of the demo's content.
import type { Hono } from 'hono';
import { mountEnglishPages } from '../modules/english/index.js';
import { demoEnglishSettings } from '../demo/demo-english.js';
import type { Basics, Content } from './content.js';
import type { People } from './people.js';

/** On the first start of a demo, the English About, contact note and intro (the units get theirs in demo-units.ts). */
export async function buildEnglish(basics: Basics, content: Content, people: People) {
  if (people.firstAccounts && basics.config.demoContent) {
    await content.settings.update({ ...content.settings.get(), ...demoEnglishSettings });
    basics.logger.info('demo English texts written');
  }
}

export function mountEnglish(app: Hono, parts: { content: Content; people: People }) {
  const { content, people } = parts;
  mountEnglishPages(app, {
    pageCache: content.pageCache,
    renderPage: content.renderPage,
    readSettings: () => content.settings.get(),
    listUnits: () => people.units.listTree(),
    listHeadlines: async (limit) =>
      (await content.articles.listLatest({ limit })).map((a) => ({
        title: a.title,
        url: a.url,
        publishedAt: a.publishedAt,
      })),
  });
}

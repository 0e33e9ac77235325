// /en, /en/about, /en/organisation, /en/contact: page-cached like the Vietnamese pages, and
// rendered again after any content change (settings and units call onContentChanged). Each page
// is in English (lang="en"); its Vietnamese twin, if any, is in platform/views/language-twins.ts.
import type { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { sendPage, type PageCache } from '../../platform/http/page-cache.js';
import type { NavItem } from '../../platform/views/layout.js';
import type { PublicPageRenderer } from '../../platform/views/public-page.js';
import { englishText as t } from './english.en.js';
import type { EnglishSources } from './english-sources.js';
import { en } from '../../platform/i18n/en.js';
import {
  EnglishAbout,
  EnglishContact,
  EnglishHome,
  EnglishNotFound,
  EnglishOrganisation,
} from './views/english-pages.js';

const HEADLINE_COUNT = 8;

/** The English pages' menu (the frame puts Home first). */
export const ENGLISH_NAV: NavItem[] = [
  { href: '/en/about', label: t.nav.about },
  { href: '/en/organisation', label: t.nav.organisation },
  { href: '/en/contact', label: t.nav.contact },
];

export function mountEnglishPages(
  app: Hono,
  deps: EnglishSources & { pageCache: PageCache; renderPage: PublicPageRenderer },
) {
  const { pageCache, renderPage, readSettings } = deps;
  const siteName = () => readSettings().nameEn || readSettings().name;

  /** One English page at `path`, cached; `build` gives its title, description and content. */
  const mount = (path: string, build: () => Promise<{ title: string; description: string; content: Child }>) => {
    app.get(path, async (c) => {
      const page = await pageCache.get(path, async () => {
        const { title, description, content } = await build();
        const meta = { title, description, path, lang: 'en' as const, nav: ENGLISH_NAV, currentNav: path };
        return { body: await renderPage(meta, content) };
      });
      return sendPage(c, page);
    });
  };

  mount('/en', async () => ({
    title: siteName(),
    description: t.home.description(siteName()),
    content: (
      <EnglishHome
        siteName={siteName()}
        settings={readSettings()}
        headlines={await deps.listHeadlines(HEADLINE_COUNT)}
      />
    ),
  }));

  mount('/en/about', async () => ({
    title: t.about.title,
    description: t.about.description(siteName()),
    content: <EnglishAbout settings={readSettings()} />,
  }));

  mount('/en/organisation', async () => ({
    title: t.organisation.title,
    description: t.organisation.description(siteName()),
    content: <EnglishOrganisation units={await deps.listUnits()} />,
  }));

  mount('/en/contact', async () => {
    const settings = readSettings();
    return {
      title: t.contact.title,
      description: t.contact.description(siteName()),
      content: (
        <EnglishContact siteName={siteName()} siteNameLang={settings.nameEn ? undefined : 'vi'} settings={settings} />
      ),
    };
  });

  // Any other address under /en: a 404 in English (not cached: addresses without end cannot fill the cache).
  app.get('/en/*', async (c) => {
    const meta = { title: en.ui.notFoundTitle, description: t.notFound.message, path: c.req.path, lang: 'en' as const };
    const body = await renderPage({ ...meta, nav: ENGLISH_NAV, noindex: true }, <EnglishNotFound />);
    return c.body(body as Uint8Array<ArrayBuffer>, 404, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    });
  });
}

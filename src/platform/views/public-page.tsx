// Wraps a page's content in the site frame and renders it to bytes. The composition root supplies
// where the menu and the sidebar come from, so modules only describe their own content.
import type { Child } from 'hono/jsx';
import type { Clock } from '../clock.js';
import { Layout, type NavItem, type PageMeta } from './layout.js';
import { renderDocument } from './render.js';

export type PublicPageRenderer = (meta: PageMeta, content: Child) => Promise<Buffer>;

export function createPublicPageRenderer(deps: {
  /** Name and contact, read at each render: the admin may change them at any time. */
  readSite: () => { name: string; nameEn?: string; address: string; phone: string; email: string };
  siteUrl: string;
  stylesheetHref: string;
  scriptHref: string;
  clock: Clock;
  listNav: () => Promise<NavItem[]>;
  /** The sidebar of the page at `path` (the visit counters). */
  renderSidebar: (path: string) => Child;
}): PublicPageRenderer {
  return async (meta, content) => {
    // The menu first: reading it may find another node's change and read the settings again.
    const nav = await deps.listNav();
    const site = deps.readSite();
    // An English page shows the English name when the admin gave one, else the Vietnamese one, marked so.
    const english = meta.lang === 'en';
    const chrome = {
      siteName: english && site.nameEn ? site.nameEn : site.name,
      siteNameLang: english && !site.nameEn ? ('vi' as const) : undefined,
      contact: { address: site.address, phone: site.phone, email: site.email },
      siteUrl: deps.siteUrl,
      stylesheetHref: deps.stylesheetHref,
      scriptHref: deps.scriptHref,
      nav,
      sidebar: deps.renderSidebar(meta.path),
      now: deps.clock.now(),
    };
    return renderDocument(
      <Layout chrome={chrome} meta={meta}>
        {content}
      </Layout>,
    );
  };
}

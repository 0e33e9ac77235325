// The public page frame: header with the site name and menu, search, a sidebar (the composition
// root says what goes there: the visit counters) and footer.
import type { Child } from 'hono/jsx';
import { vi } from '../i18n/vi.js';
import { formatLongDate } from '../i18n/format.js';

export interface NavItem {
  href: string;
  label: string;
}

export interface SiteChrome {
  siteName: string;
  contact: { address: string; phone: string; email: string };
  /** Absolute origin for canonical and OpenGraph URLs, e.g. https://example.vn */
  siteUrl: string;
  stylesheetHref: string;
  scriptHref: string;
  nav: NavItem[];
  /** What the sidebar holds on this page. */
  sidebar: Child;
  now: Date;
}

export interface PageMeta {
  title: string;
  description: string;
  /** Path of this page, used for canonical and og:url. */
  path: string;
  ogType?: 'website' | 'article';
  publishedAt?: string;
  /** Site-relative URL of the picture shown when the page is shared. */
  imagePath?: string;
  noindex?: boolean;
  currentNav?: string;
  searchQuery?: string;
}

export function Layout(props: { chrome: SiteChrome; meta: PageMeta; children?: Child }) {
  const { chrome, meta } = props;
  return (
    <html lang="vi">
      <DocumentHead chrome={chrome} meta={meta} />
      <body>
        <a class="skip-link" href="#noi-dung">
          {vi.ui.skipToContent}
        </a>
        <SiteHeader chrome={chrome} meta={meta} />
        <div class="wrap page-grid">
          <main id="noi-dung" tabindex={-1}>
            {props.children}
          </main>
          <aside class="sidebar">{chrome.sidebar}</aside>
        </div>
        <SiteFooter chrome={chrome} />
      </body>
    </html>
  );
}

/** Title, description, canonical and OpenGraph tags, feeds, the stylesheet and the script. */
function DocumentHead(props: { chrome: SiteChrome; meta: PageMeta }) {
  const { chrome, meta } = props;
  const fullTitle = meta.title === chrome.siteName ? meta.title : `${meta.title} - ${chrome.siteName}`;
  const canonical = chrome.siteUrl + meta.path;
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="referrer" content="strict-origin-when-cross-origin" />
      <title>{fullTitle}</title>
      <meta name="description" content={meta.description} />
      {meta.noindex ? <meta name="robots" content="noindex" /> : <link rel="canonical" href={canonical} />}
      <meta property="og:site_name" content={chrome.siteName} />
      <meta property="og:locale" content="vi_VN" />
      <meta property="og:type" content={meta.ogType ?? 'website'} />
      <meta property="og:title" content={meta.title} />
      <meta property="og:description" content={meta.description} />
      <meta property="og:url" content={canonical} />
      {meta.imagePath ? <meta property="og:image" content={chrome.siteUrl + meta.imagePath} /> : null}
      {meta.publishedAt ? <meta property="article:published_time" content={meta.publishedAt} /> : null}
      <link
        rel="alternate"
        type="application/rss+xml"
        title={`${chrome.siteName} - ${vi.ui.rssFeed}`}
        href="/rss.xml"
      />
      <link rel="icon" href="/favicon.ico" sizes="32x32" />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
      <link rel="stylesheet" href={chrome.stylesheetHref} />
      <script src={chrome.scriptHref} defer></script>
    </head>
  );
}

/**
 * The menu button for phones: hidden in the HTML and shown by site.js, which then folds the list
 * behind it on narrow screens; without scripts the whole menu simply stays open.
 */
export function NavToggle(props: { controls: string }) {
  return (
    <button
      type="button"
      class="nav-toggle"
      hidden
      aria-expanded="false"
      aria-controls={props.controls}
      data-nav-toggle
    >
      <span aria-hidden="true">☰</span> {vi.ui.menuButton}
    </button>
  );
}

/** The site's name, the date and the login link, then the menu and the search box. */
function SiteHeader(props: { chrome: SiteChrome; meta: PageMeta }) {
  const { chrome, meta } = props;
  return (
    <header class="site-header">
      <div class="wrap header-inner">
        <a class="brand" href="/">
          <span class="brand-emblem" aria-hidden="true">
            ★
          </span>
          <span class="brand-text">
            <span class="brand-kicker">{vi.ui.portalKicker}</span>
            <span class="brand-name">{chrome.siteName}</span>
          </span>
        </a>
        <p class="header-date">{formatLongDate(chrome.now)}</p>
        <a class="header-login" href="/dang-nhap">
          {vi.ui.login}
        </a>
      </div>
      <nav class="main-nav" aria-label={vi.ui.mainMenu}>
        <div class="wrap nav-inner">
          <NavToggle controls="main-menu" />
          <ul id="main-menu">
            <li>
              <a href="/" aria-current={meta.currentNav === '/' ? 'page' : undefined}>
                {vi.ui.home}
              </a>
            </li>
            {chrome.nav.map((item) => (
              <li>
                <a href={item.href} aria-current={meta.currentNav === item.href ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
          <form class="search-form" role="search" action="/tim-kiem" method="get">
            <label for="site-search" class="visually-hidden">
              {vi.ui.searchLabel}
            </label>
            <input
              id="site-search"
              type="search"
              name="q"
              value={meta.searchQuery ?? ''}
              maxlength={200}
              placeholder={vi.ui.searchPlaceholder}
            />
            <button type="submit">{vi.ui.search}</button>
          </form>
        </div>
      </nav>
    </header>
  );
}

/** The committee's contact lines and the links every page ends with. */
function SiteFooter(props: { chrome: SiteChrome }) {
  const { chrome } = props;
  return (
    <footer class="site-footer">
      <div class="wrap">
        <p class="footer-name">{chrome.siteName}</p>
        {chrome.contact.address ? (
          <p>
            {vi.ui.addressLabel} {chrome.contact.address}
          </p>
        ) : null}
        {chrome.contact.phone || chrome.contact.email ? (
          <p>
            {chrome.contact.phone ? vi.ui.phone(chrome.contact.phone) : ''}
            {chrome.contact.phone && chrome.contact.email ? ' · ' : ''}
            {chrome.contact.email ? vi.ui.email(chrome.contact.email) : ''}
          </p>
        ) : null}
        <p>{vi.ui.footerResponsible}</p>
        <p>
          <a href="/gioi-thieu">{vi.ui.about}</a> · <a href="/lien-he">{vi.ui.contact}</a> ·{' '}
          <a href="/rss.xml">{vi.ui.rssFeed}</a> · <a href="/thong-ke">{vi.ui.visitStats}</a> ·{' '}
          <a href="/so-do-trang">{vi.ui.siteMap}</a> · <a href="/dang-nhap">{vi.ui.login}</a>
        </p>
      </div>
    </footer>
  );
}

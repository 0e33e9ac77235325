// The public page frame: header with the site name and menu, search, a sidebar (the composition
// root says what goes there: the visit counters) and footer.
import type { Child } from 'hono/jsx';
import { en, type UiWords } from '../i18n/en.js';
import { vi } from '../i18n/vi.js';
import { formatEnglishLongDate, formatLongDate } from '../i18n/format.js';
import { createFragmentCache } from './fragment-cache.js';
import { type Alternates, findTwins, HOME_PATH, type PageLang, pathIn, switchTarget } from './language-twins.js';

export interface NavItem {
  href: string;
  label: string;
}

export interface SiteChrome {
  siteName: string;
  /** The language the site's name is written in, when it is not the page's (an English page without an English name). */
  siteNameLang?: PageLang;
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
  /** The page's language: 'vi' unless said (the English pages under /en). */
  lang?: PageLang;
  /** The page's versions by language (hreflang, the language switch); by default language-twins.ts's table. */
  alternates?: Alternates;
  /** The menu, when the page has its own (the English pages list theirs); by default the site's. */
  nav?: NavItem[];
}

/** The frame's words in the page's language. */
const wordsOf = (lang: PageLang): UiWords => (lang === 'en' ? en.ui : vi.ui);

/** What every part of the frame needs to know of the page's language. */
interface PageLanguage {
  lang: PageLang;
  ui: UiWords;
  alternates: Alternates | undefined;
}

function languageOf(meta: PageMeta): PageLanguage {
  const lang = meta.lang ?? 'vi';
  return { lang, ui: wordsOf(lang), alternates: meta.alternates ?? findTwins(meta.path, lang) };
}

const headerDate = (now: Date, lang: PageLang) => (lang === 'en' ? formatEnglishLongDate(now) : formatLongDate(now));

/** The header and the footer, written once per distinct input (fragment-cache.ts). */
export const frameFragments = createFragmentCache();

/** Everything SiteHeader reads; null on a page whose search box holds the reader's words. */
function headerKey(chrome: SiteChrome, meta: PageMeta, language: PageLanguage): string | null {
  if (meta.searchQuery) return null;
  const { lang, alternates } = language;
  return JSON.stringify([
    'header',
    lang,
    chrome.siteName,
    chrome.siteNameLang ?? '',
    headerDate(chrome.now, lang),
    switchTarget(lang, alternates).path,
    meta.currentNav ?? '',
    (meta.nav ?? chrome.nav).map((item) => [item.href, item.label]),
  ]);
}

/** Everything SiteFooter reads. */
function footerKey(chrome: SiteChrome, language: PageLanguage): string {
  const { address, phone, email } = chrome.contact;
  return JSON.stringify(['footer', language.lang, chrome.siteName, chrome.siteNameLang ?? '', address, phone, email]);
}

export function Layout(props: { chrome: SiteChrome; meta: PageMeta; children?: Child }) {
  const { chrome, meta } = props;
  const language = languageOf(meta);
  return (
    <html lang={language.lang}>
      <DocumentHead chrome={chrome} meta={meta} language={language} />
      <body>
        <a class="skip-link" href="#noi-dung">
          {language.ui.skipToContent}
        </a>
        {frameFragments.get(headerKey(chrome, meta, language), () => (
          <SiteHeader chrome={chrome} meta={meta} language={language} />
        ))}
        <div class="wrap page-grid">
          <main id="noi-dung" tabindex={-1}>
            {props.children}
          </main>
          {/* The visit counters speak Vietnamese: marked so on an English page. */}
          <aside class="sidebar" lang={language.lang === 'vi' ? undefined : 'vi'}>
            {chrome.sidebar}
          </aside>
        </div>
        {frameFragments.get(footerKey(chrome, language), () => (
          <SiteFooter chrome={chrome} language={language} />
        ))}
      </body>
    </html>
  );
}

/** hreflang links to each version of the page, itself included; Vietnamese is the default. */
function LanguageLinks(props: { siteUrl: string; alternates: Alternates | undefined }) {
  const { alternates, siteUrl } = props;
  if (!alternates?.vi || !alternates.en) return null;
  return (
    <>
      <link rel="alternate" hreflang="vi" href={siteUrl + alternates.vi} />
      <link rel="alternate" hreflang="en" href={siteUrl + alternates.en} />
      <link rel="alternate" hreflang="x-default" href={siteUrl + alternates.vi} />
    </>
  );
}

/** Title, description, canonical and OpenGraph tags, feeds, the stylesheet and the script. */
function DocumentHead(props: { chrome: SiteChrome; meta: PageMeta; language: PageLanguage }) {
  const { chrome, meta } = props;
  const { ui, lang } = props.language;
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
      <meta property="og:locale" content={lang === 'en' ? 'en_GB' : 'vi_VN'} />
      <LanguageLinks siteUrl={chrome.siteUrl} alternates={props.language.alternates} />
      <meta property="og:type" content={meta.ogType ?? 'website'} />
      <meta property="og:title" content={meta.title} />
      <meta property="og:description" content={meta.description} />
      <meta property="og:url" content={canonical} />
      {meta.imagePath ? <meta property="og:image" content={chrome.siteUrl + meta.imagePath} /> : null}
      {meta.publishedAt ? <meta property="article:published_time" content={meta.publishedAt} /> : null}
      <link rel="alternate" type="application/rss+xml" title={`${chrome.siteName} - ${ui.rssFeed}`} href="/rss.xml" />
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
export function NavToggle(props: { controls: string; label?: string }) {
  return (
    <button
      type="button"
      class="nav-toggle"
      hidden
      aria-expanded="false"
      aria-controls={props.controls}
      data-nav-toggle
    >
      <span aria-hidden="true">☰</span> {props.label ?? vi.ui.menuButton}
    </button>
  );
}

/** The site's name, the date, the language switch and the login link, then the menu and the search box. */
function SiteHeader(props: { chrome: SiteChrome; meta: PageMeta; language: PageLanguage }) {
  const { chrome, meta } = props;
  const { ui, lang } = props.language;
  const home = HOME_PATH[lang];
  return (
    <header class="site-header">
      <div class="wrap header-inner">
        <a class="brand" href={home}>
          <span class="brand-emblem" aria-hidden="true">
            ★
          </span>
          <span class="brand-text">
            <span class="brand-kicker">{ui.portalKicker}</span>
            <span class="brand-name" lang={chrome.siteNameLang}>
              {chrome.siteName}
            </span>
          </span>
        </a>
        <p class="header-date">{headerDate(chrome.now, lang)}</p>
        <LanguageSwitch language={props.language} />
        <a class="header-login" href="/dang-nhap" hreflang={lang === 'en' ? 'vi' : undefined}>
          {ui.login}
        </a>
      </div>
      <nav class="main-nav" aria-label={ui.mainMenu}>
        <div class="wrap nav-inner">
          <NavToggle controls="main-menu" label={ui.menuButton} />
          <ul id="main-menu">
            <li>
              <a href={home} aria-current={meta.currentNav === home ? 'page' : undefined}>
                {ui.home}
              </a>
            </li>
            {(meta.nav ?? chrome.nav).map((item) => (
              <li>
                <a href={item.href} aria-current={meta.currentNav === item.href ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
          <form class="search-form" role="search" action="/tim-kiem" method="get">
            <label for="site-search" class="visually-hidden">
              {ui.searchLabel}
            </label>
            <input
              id="site-search"
              type="search"
              name="q"
              value={meta.searchQuery ?? ''}
              maxlength={200}
              placeholder={ui.searchPlaceholder}
            />
            <button type="submit">{ui.search}</button>
          </form>
        </div>
      </nav>
    </header>
  );
}

/**
 * Tiếng Việt / English: the page's own language as plain text, the other as a link to this page's
 * twin (or that language's home), each named in its own language.
 */
function LanguageSwitch(props: { language: PageLanguage }) {
  const { ui, lang, alternates } = props.language;
  const target = switchTarget(lang, alternates);
  const names: Record<PageLang, string> = { vi: ui.vietnamese, en: ui.english };
  const order: PageLang[] = ['vi', 'en'];
  return (
    <nav class="lang-switch" aria-label={ui.languageSwitch}>
      <ul>
        {order.map((code) => (
          <li>
            {code === lang ? (
              <span lang={code} aria-current="true">
                {names[code]}
              </span>
            ) : (
              <a href={target.path} lang={code} hreflang={code}>
                {names[code]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The committee's contact lines and the links every page ends with. */
function SiteFooter(props: { chrome: SiteChrome; language: PageLanguage }) {
  const { chrome } = props;
  const { ui, lang } = props.language;
  // On an English page, a link to a page that exists only in Vietnamese says so (hreflang).
  const only = (path: string) => (pathIn(lang, path) === path && lang !== 'vi' ? 'vi' : undefined);
  const link = (path: string, label: string) => (
    <a href={pathIn(lang, path)} hreflang={only(path)}>
      {label}
    </a>
  );
  return (
    <footer class="site-footer">
      <div class="wrap">
        <p class="footer-name" lang={chrome.siteNameLang}>
          {chrome.siteName}
        </p>
        {chrome.contact.address ? (
          <p>
            {ui.addressLabel} <span lang={lang === 'vi' ? undefined : 'vi'}>{chrome.contact.address}</span>
          </p>
        ) : null}
        {chrome.contact.phone || chrome.contact.email ? (
          <p>
            {chrome.contact.phone ? ui.phone(chrome.contact.phone) : ''}
            {chrome.contact.phone && chrome.contact.email ? ' · ' : ''}
            {chrome.contact.email ? ui.email(chrome.contact.email) : ''}
          </p>
        ) : null}
        <p>{ui.footerResponsible}</p>
        <p>
          {link('/gioi-thieu', ui.about)} · {link('/lien-he', ui.contact)} · {link('/rss.xml', ui.rssFeed)} ·{' '}
          {link('/thong-ke', ui.visitStats)} · {link('/so-do-trang', ui.siteMap)} · {link('/dang-nhap', ui.login)}
        </p>
      </div>
    </footer>
  );
}

// The English pages' content: home, About, Organisation, Contact. Every word comes from
// english.en.ts or the admin's settings; what stays Vietnamese (headlines, unit names without an
// English one, the postal address) is marked lang="vi".
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { en } from '../../../platform/i18n/en.js';
import { formatEnglishDate } from '../../../platform/i18n/format.js';
import { englishText as t } from '../english.en.js';
import type { EnglishHeadline, EnglishSettings, EnglishUnit } from '../english-sources.js';

/** "Home › About us": where the reader is, in English. */
function Breadcrumb(props: { here: string }) {
  return (
    <nav class="breadcrumb" aria-label={t.breadcrumb}>
      <a href="/en">{en.ui.home}</a> › <span aria-current="page">{props.here}</span>
    </nav>
  );
}

/** Plain text in paragraphs: a blank line between two paragraphs, as the settings form says. */
export function Paragraphs(props: { text: string }) {
  const paragraphs = props.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((p) => (
        <p>{p}</p>
      ))}
    </>
  );
}

export function EnglishHome(props: { siteName: string; settings: EnglishSettings; headlines: EnglishHeadline[] }) {
  const { settings, headlines } = props;
  const links: Array<[string, string, string]> = [
    ['/en/about', t.nav.about, t.home.aboutHint],
    ['/en/organisation', t.nav.organisation, t.home.organisationHint],
    ['/en/contact', t.nav.contact, t.home.contactHint],
  ];
  return (
    <div class="english-home">
      <section class="block english-intro">
        <h1>{settings.nameEn || t.home.welcome}</h1>
        {settings.introEn ? <Paragraphs text={settings.introEn} /> : <p>{t.home.introPending}</p>}
      </section>
      <section class="block" aria-labelledby="en-explore">
        <h2 id="en-explore" class="block-title">
          {t.home.explore}
        </h2>
        <ul class="english-links">
          {links.map(([href, label, hint]) => (
            <li>
              <a href={href}>{label}</a>
              <span>{hint}</span>
            </li>
          ))}
          <li>
            <a href="/" lang="vi" hreflang="vi">
              {en.ui.vietnamese}
            </a>
            <span>{t.home.vietnameseHome}</span>
          </li>
        </ul>
      </section>
      <section class="block" aria-labelledby="en-latest">
        <h2 id="en-latest" class="block-title">
          {t.home.latest}
        </h2>
        <p class="english-note">{t.home.latestNote}</p>
        {headlines.length === 0 ? (
          <p>{t.home.noHeadlines}</p>
        ) : (
          <ul class="english-headlines">
            {headlines.map((h) => (
              <li>
                <a href={h.url} lang="vi" hreflang="vi">
                  {h.title}
                </a>{' '}
                <time datetime={h.publishedAt}>{formatEnglishDate(h.publishedAt)}</time>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export function EnglishAbout(props: { settings: EnglishSettings }) {
  const { aboutHtmlEn } = props.settings;
  return (
    <article class="block article">
      <Breadcrumb here={t.about.title} />
      <h1>{t.about.title}</h1>
      {aboutHtmlEn ? (
        // Sanitised by the rich-text allowlist when it was saved (site settings).
        <div class="article-body">{raw(aboutHtmlEn)}</div>
      ) : (
        <p>
          {t.about.pending}{' '}
          <a href="/gioi-thieu" lang="vi" hreflang="vi">
            {t.about.readVietnamese}
          </a>
        </p>
      )}
    </article>
  );
}

/** A unit's name in English, or its Vietnamese name marked as such. */
function UnitName(props: { unit: EnglishUnit }) {
  const { unit } = props;
  return unit.nameEn ? (
    <span class="unit-name">{unit.nameEn}</span>
  ) : (
    <span class="unit-name" lang="vi">
      {unit.name}
    </span>
  );
}

/** The tree as nested lists: a unit, then its subunits inside it (the service never lets a cycle in). */
function UnitBranch(props: { unit: EnglishUnit; childrenOf: Map<number | null, EnglishUnit[]> }): Child {
  const { unit, childrenOf } = props;
  const below = childrenOf.get(unit.id) ?? [];
  return (
    <li>
      <UnitName unit={unit} />
      {unit.foundedOn ? (
        <span class="unit-founded"> ({t.organisation.founded(formatEnglishDate(unit.foundedOn))})</span>
      ) : null}
      {below.length > 0 ? (
        <ul>
          {below.map((u) => (
            <UnitBranch unit={u} childrenOf={childrenOf} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function EnglishOrganisation(props: { units: EnglishUnit[] }) {
  const { units } = props;
  const childrenOf = new Map<number | null, EnglishUnit[]>();
  for (const u of units) (childrenOf.get(u.parentId) ?? childrenOf.set(u.parentId, []).get(u.parentId)!).push(u);
  const roots = childrenOf.get(null) ?? [];
  return (
    <article class="block article">
      <Breadcrumb here={t.organisation.title} />
      <h1>{t.organisation.title}</h1>
      {units.length === 0 ? (
        <p>{t.organisation.empty}</p>
      ) : (
        <>
          <p>{t.organisation.intro(units.length)}</p>
          {units.some((u) => !u.nameEn) ? <p class="english-note">{t.organisation.vietnameseNames}</p> : null}
          <ul class="english-tree" aria-label={t.organisation.treeLabel}>
            {roots.map((u) => (
              <UnitBranch unit={u} childrenOf={childrenOf} />
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

export function EnglishContact(props: { siteName: string; siteNameLang?: 'vi'; settings: EnglishSettings }) {
  const s = props.settings;
  return (
    <article class="block article">
      <Breadcrumb here={t.contact.title} />
      <h1>{t.contact.title}</h1>
      <p>
        <strong lang={props.siteNameLang}>{props.siteName}</strong>
      </p>
      <dl class="contact-list">
        <dt>{t.contact.address}</dt>
        <dd>
          {s.address ? (
            <>
              <span lang="vi">{s.address}</span> <span class="english-aside">{t.contact.addressNote}</span>
            </>
          ) : (
            t.contact.none
          )}
        </dd>
        <dt>{t.contact.phone}</dt>
        <dd>
          {s.phone ? <a href={`tel:${s.phone.replace(/[^0-9+]/g, '')}`}>{s.phone}</a> : t.contact.none}
          {s.phone ? <span class="english-aside"> ({t.contact.phoneNote})</span> : null}
        </dd>
        <dt>{t.contact.email}</dt>
        <dd>{s.email ? <a href={`mailto:${s.email}`}>{s.email}</a> : t.contact.none}</dd>
      </dl>
      {s.contactNoteEn ? <Paragraphs text={s.contactNoteEn} /> : null}
      <h2>{t.contact.writeTitle}</h2>
      <p>
        {t.contact.writeBefore}{' '}
        <a href="/lien-he" hreflang="vi">
          {t.contact.writeLink}
        </a>
        {t.contact.writeAfter}
      </p>
    </article>
  );
}

/** An address under /en that is no page: said in English, with the way back. */
export function EnglishNotFound() {
  return (
    <section class="block error-page">
      <h1>{en.ui.notFoundTitle}</h1>
      <p>{t.notFound.message}</p>
      <ul>
        <li>
          <a href="/en">{t.notFound.englishHome}</a>
        </li>
        <li>
          <a href="/" lang="vi" hreflang="vi">
            {en.ui.vietnamese}
          </a>{' '}
          ({t.notFound.vietnameseHome})
        </li>
      </ul>
    </section>
  );
}

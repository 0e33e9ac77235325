import { raw } from 'hono/html';
import { vi } from '../../../platform/i18n/vi.js';
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { describedBy, FieldError } from '../../../platform/views/field-error.js';
import type { SiteSettings } from '../site-settings.js';
import { siteText as t } from '../site.vi.js';

export function AboutPage(props: { settings: SiteSettings }) {
  return (
    <article class="block article">
      <p class="breadcrumb">
        <a href="/">{vi.ui.home}</a> › {t.about.title}
      </p>
      <h1>{t.about.title}</h1>
      {/* sanitised by the rich-text allowlist when it was saved */}
      <div class="article-body">{raw(props.settings.aboutHtml)}</div>
    </article>
  );
}

export function ContactPage(props: { settings: SiteSettings }) {
  const s = props.settings;
  return (
    <article class="block article">
      <p class="breadcrumb">
        <a href="/">{vi.ui.home}</a> › {t.contact.title}
      </p>
      <h1>{t.contact.title}</h1>
      <p>
        <strong>{s.name}</strong>
      </p>
      <dl class="contact-list">
        {s.address ? (
          <>
            <dt>{t.contact.address}</dt>
            <dd>{s.address}</dd>
          </>
        ) : null}
        {s.phone ? (
          <>
            <dt>{t.contact.phone}</dt>
            <dd>
              <a href={`tel:${s.phone.replace(/[^0-9+]/g, '')}`}>{s.phone}</a>
            </dd>
          </>
        ) : null}
        {s.email ? (
          <>
            <dt>{t.contact.email}</dt>
            <dd>
              <a href={`mailto:${s.email}`}>{s.email}</a>
            </dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}

export function SettingsForm(props: { csrfToken: string; values: SiteSettings; errors?: Record<string, string> }) {
  const v = props.values;
  const e = props.errors ?? {};
  const field = (id: keyof SiteSettings, label: string, type = 'text') => (
    <div>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={id}
        type={type}
        value={v[id]}
        aria-invalid={e[id] ? 'true' : undefined}
        aria-describedby={e[id] ? `${id}-loi` : undefined}
      />
      <FieldError id={id} text={e[id]} />
    </div>
  );
  return (
    <section>
      <h1 class="block-title">{t.form.heading}</h1>
      <form method="post" action="/quan-tri/cai-dat" class="form" novalidate>
        <ErrorSummary errors={e} />
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        {field('name', t.form.name)}
        {field('address', t.form.address)}
        {field('phone', t.form.phone, 'tel')}
        {field('email', t.form.email, 'email')}
        <div>
          <label for="aboutHtml">{t.form.aboutHtml}</label>
          <textarea
            id="aboutHtml"
            name="aboutHtml"
            rows={14}
            aria-invalid={e.aboutHtml ? 'true' : undefined}
            aria-describedby={e.aboutHtml ? 'aboutHtml-hint aboutHtml-loi' : 'aboutHtml-hint'}
          >
            {v.aboutHtml}
          </textarea>
          <p class="hint" id="aboutHtml-hint">
            {t.form.aboutHtmlHint}
          </p>
          <FieldError id="aboutHtml" text={e.aboutHtml} />
        </div>
        <EnglishFields values={v} errors={e} />
        <div>
          <button type="submit" class="button">
            {t.form.save}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The English pages' texts; lang="en" so that screen readers and spell checkers treat them as English. */
function EnglishFields(props: { values: SiteSettings; errors: Record<string, string> }) {
  const v = props.values;
  const e = props.errors;
  const described = (id: keyof SiteSettings, hint?: string) => describedBy(e, id, hint);
  const area = (id: keyof SiteSettings, label: string, rows: number, hint?: string) => (
    <div>
      <label for={id}>{label}</label>
      <textarea
        id={id}
        name={id}
        rows={rows}
        lang="en"
        aria-invalid={e[id] ? 'true' : undefined}
        aria-describedby={described(id, hint ? `${id}-hint` : undefined)}
      >
        {v[id]}
      </textarea>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={id} text={e[id]} />
    </div>
  );
  return (
    <fieldset class="settings-english">
      <legend>{t.form.english}</legend>
      <p class="hint">{t.form.englishHint}</p>
      <div>
        <label for="nameEn">{t.form.nameEn}</label>
        <input
          id="nameEn"
          name="nameEn"
          type="text"
          lang="en"
          value={v.nameEn}
          aria-invalid={e.nameEn ? 'true' : undefined}
          aria-describedby={described('nameEn', 'nameEn-hint')}
        />
        <p class="hint" id="nameEn-hint">
          {t.form.nameEnHint}
        </p>
        <FieldError id="nameEn" text={e.nameEn} />
      </div>
      {area('introEn', t.form.introEn, 5)}
      {area('aboutHtmlEn', t.form.aboutHtmlEn, 14, t.form.aboutHtmlHint)}
      {area('contactNoteEn', t.form.contactNoteEn, 4, t.form.contactNoteEnHint)}
    </fieldset>
  );
}

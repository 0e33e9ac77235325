// /van-ban (the register: filters, search, pages) and /van-ban/:slug (one document and its file).
import { formatFileSize } from '../../../platform/files/file-size.js';
import { formatNumber } from '../../../platform/i18n/format.js';
import { vi } from '../../../platform/i18n/vi.js';
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { Pagination } from '../../../platform/views/pagination.js';
import { DOCUMENT_KINDS, type DocumentQuery, formatIssuedOn, QUERY_MAX } from '../documents.schema.js';
import type { RegisteredDocument } from '../documents.service.js';
import { documentKindLabels, documentsText } from '../documents.vi.js';

const t = documentsText.public;

/** The list's address with these filters and page (empty filters left out). */
export function listHref(query: Partial<DocumentQuery>, page = 1): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.kind) params.set('kind', query.kind);
  if (query.issuer) params.set('issuer', query.issuer);
  if (query.year) params.set('year', String(query.year));
  if (page > 1) params.set('trang', String(page));
  const text = params.toString();
  return text ? `/van-ban?${text}` : '/van-ban';
}

const fileKind = (mime: string) => (mime === 'application/pdf' ? 'PDF' : 'Word');

function Filters(props: {
  query: Partial<DocumentQuery>;
  issuers: string[];
  years: number[];
  typed?: Record<string, string>;
}) {
  const { query, issuers, years } = props;
  const typedQ = props.typed?.q ?? query.q ?? '';
  return (
    <form method="get" action="/van-ban" class="doc-filters" aria-label={t.filters}>
      <div class="doc-search">
        <label for="doc-q">{t.search}</label>
        <input id="doc-q" type="search" name="q" value={typedQ} maxlength={QUERY_MAX} aria-describedby="doc-q-hint" />
        <p class="hint" id="doc-q-hint">
          {t.searchHint}
        </p>
      </div>
      <div>
        <label for="doc-kind">{t.kind}</label>
        <select id="doc-kind" name="kind">
          <option value="">{t.anyKind}</option>
          {DOCUMENT_KINDS.map((k) => (
            <option value={k} selected={query.kind === k}>
              {documentKindLabels[k]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="doc-issuer">{t.issuer}</label>
        <select id="doc-issuer" name="issuer">
          <option value="">{t.anyIssuer}</option>
          {issuers.map((i) => (
            <option value={i} selected={query.issuer === i}>
              {i}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="doc-year">{t.year}</label>
        <select id="doc-year" name="year">
          <option value="">{t.anyYear}</option>
          {years.map((y) => (
            <option value={String(y)} selected={query.year === y}>
              {String(y)}
            </option>
          ))}
        </select>
      </div>
      <div class="doc-filter-actions">
        <button type="submit" class="button">
          {t.apply}
        </button>{' '}
        <a href="/van-ban">{t.clear}</a>
      </div>
    </form>
  );
}

function DocumentItem({ doc }: { doc: RegisteredDocument }) {
  return (
    <li>
      <p class="doc-kind">{doc.kindLabel}</p>
      <h2>
        <a href={doc.url}>{doc.number}</a>
      </h2>
      <p class="doc-title">{doc.title}</p>
      <p class="meta">
        {doc.issuer} · <time datetime={doc.issuedOn}>{formatIssuedOn(doc.issuedOn)}</time>
        {doc.file ? ` · ${fileKind(doc.file.mime)}` : ''}
      </p>
    </li>
  );
}

export function DocumentListPage(props: {
  query: Partial<DocumentQuery>;
  items: RegisteredDocument[];
  total: number;
  page: number;
  pages: number;
  issuers: string[];
  years: number[];
  errors?: Record<string, string>;
}) {
  const { query, items, errors } = props;
  return (
    <section class="block documents">
      <p class="breadcrumb">
        <a href="/">{vi.ui.home}</a> › {t.title}
      </p>
      <h1 class="block-title">{t.listHeading}</h1>
      {errors ? (
        <ErrorSummary
          errors={errors}
          fieldIds={{ q: 'doc-q', kind: 'doc-kind', issuer: 'doc-issuer', year: 'doc-year' }}
        />
      ) : null}
      <Filters query={query} issuers={props.issuers} years={props.years} />
      {errors ? null : (
        <>
          <p role="status" class="doc-count">
            {items.length === 0 ? t.none : t.count(formatNumber(props.total))}
          </p>
          {items.length > 0 ? (
            <ul class="doc-list">
              {items.map((doc) => (
                <DocumentItem doc={doc} />
              ))}
            </ul>
          ) : null}
          <Pagination page={props.page} pages={props.pages} hrefFor={(n) => listHref(query, n)} />
        </>
      )}
    </section>
  );
}

export function DocumentPage({ doc }: { doc: RegisteredDocument }) {
  return (
    <article class="block article document">
      <p class="breadcrumb">
        <a href="/">{vi.ui.home}</a> › <a href="/van-ban">{t.title}</a> › {doc.number}
      </p>
      <h1>{t.pageTitle(doc.kindLabel, doc.number)}</h1>
      <p class="lead-text doc-title">{doc.title}</p>
      <dl class="doc-facts">
        <dt>{t.number}</dt>
        <dd>{doc.number}</dd>
        <dt>{t.kind}</dt>
        <dd>
          <a href={listHref({ kind: doc.kind as DocumentQuery['kind'] })}>{doc.kindLabel}</a>
        </dd>
        <dt>{t.issuer}</dt>
        <dd>
          <a href={listHref({ issuer: doc.issuer })}>{doc.issuer}</a>
        </dd>
        <dt>{t.issuedOn}</dt>
        <dd>
          <time datetime={doc.issuedOn}>{formatIssuedOn(doc.issuedOn)}</time>
        </dd>
      </dl>
      {doc.summary ? doc.summary.split(/\n{2,}/).map((para) => <p class="doc-summary">{para}</p>) : null}
      <h2 class="doc-file-heading">{t.file}</h2>
      {doc.file ? (
        <p>
          <a class="button doc-download" href={doc.file.url} download={doc.file.name}>
            {t.download(fileKind(doc.file.mime), formatFileSize(doc.file.bytes))}
          </a>
        </p>
      ) : (
        <p class="notice">{t.noFile}</p>
      )}
      <p>
        <a href="/van-ban">← {t.back}</a>
      </p>
    </article>
  );
}

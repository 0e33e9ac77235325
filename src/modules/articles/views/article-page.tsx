import { raw } from 'hono/html';
import { formatDateTime, formatNumber } from '../../../platform/i18n/format.js';
import { vi } from '../../../platform/i18n/vi.js';
import { Picture } from '../../../platform/views/picture.js';
import type { ArticleDetail, ArticleSummary } from '../articles.service.js';
import { ArticleList } from './article-list.js';
import { PrintedSiteName, PrintedSource, ReaderTools } from './reader-tools.js';

export interface ArticleSite {
  /** The site's name from the settings, printed on paper copies. */
  name: string;
  /** Absolute origin, e.g. https://example.vn: share links and print need the full URL. */
  url: string;
}

/** Without `site` (the newsroom's preview of an unpublished article) there is nothing to share or cite. */
export function ArticlePage(props: { article: ArticleDetail; related: readonly ArticleSummary[]; site?: ArticleSite }) {
  const a = props.article;
  const site = props.site;
  const fullUrl = site ? site.url + a.url : '';
  return (
    // data-article-text: the part whose text size the reader's A−/A/A+ buttons change.
    <article class="article block" data-article-text>
      {site ? <PrintedSiteName siteName={site.name} /> : null}
      <p class="breadcrumb">
        <a href="/">{vi.ui.home}</a> › <a href={a.category.url}>{a.category.name}</a>
      </p>
      <h1>{a.title}</h1>
      {site ? <PrintedSource url={fullUrl} /> : null}
      <div class="article-meta">
        <span>
          {vi.ui.publishedOn}: <time datetime={a.publishedAt}>{formatDateTime(a.publishedAt)}</time>
        </span>
        <span>
          {vi.ui.views}: <span data-views>{formatNumber(a.views)}</span>
        </span>
        <span>
          {vi.ui.category}: <a href={a.category.url}>{a.category.name}</a>
        </span>
      </div>
      {site ? <ReaderTools target={{ title: a.title, url: fullUrl }} /> : null}
      {a.image ? (
        <figure class="article-featured">
          {/* The article's column is at most about 760 px wide; the picture is the page's first. */}
          <Picture image={a.image} sizes="(min-width: 800px) 760px, 100vw" priority />
          {a.image.alt ? <figcaption>{a.image.alt}</figcaption> : null}
        </figure>
      ) : null}
      <p class="lead">{a.lead}</p>
      {/* body_html was sanitised by the allowlist when it was stored */}
      <div class="article-body">{raw(a.bodyHtml)}</div>
      <p class="byline">
        <strong>{a.author}</strong>
      </p>
      {props.related.length > 0 ? (
        <section class="related" aria-labelledby="related-title">
          <h2 id="related-title" class="block-title">
            {vi.ui.related}
          </h2>
          <ArticleList articles={props.related} />
        </section>
      ) : null}
    </article>
  );
}

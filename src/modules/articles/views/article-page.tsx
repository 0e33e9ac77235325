import { raw } from 'hono/html';
import { formatDateTime, formatNumber } from '../../../platform/i18n/format.js';
import { vi } from '../../../platform/i18n/vi.js';
import type { ArticleDetail, ArticleSummary } from '../articles.service.js';
import { ArticleList } from './article-list.js';

export function ArticlePage(props: { article: ArticleDetail; related: ArticleSummary[] }) {
  const a = props.article;
  return (
    <article class="article block">
      <p class="breadcrumb">
        <a href="/">{vi.ui.home}</a> › <a href={a.category.url}>{a.category.name}</a>
      </p>
      <h1>{a.title}</h1>
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
      {a.image ? (
        <figure class="article-featured">
          <img src={a.image.url} width={a.image.width} height={a.image.height} alt={a.image.alt} />
          {a.image.alt ? <figcaption>{a.image.alt}</figcaption> : null}
        </figure>
      ) : null}
      <p class="lead">{a.lead}</p>
      {/* body_html was sanitised by the allowlist when it was stored */}
      <div class="article-body">{raw(a.bodyHtml)}</div>
      <p class="byline">
        <strong>{a.author}</strong>
      </p>
      <div class="article-actions">
        <button type="button" class="button" data-action="print" hidden>
          {vi.ui.print}
        </button>
      </div>
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

import type { Child } from 'hono/jsx';
import { formatDate } from '../../../platform/i18n/format.js';
import type { ArticleSummary } from '../articles.service.js';

export function ArticleMeta(props: { article: ArticleSummary; showCategory?: boolean }) {
  const a = props.article;
  return (
    <p class="meta">
      <time datetime={a.publishedAt}>{formatDate(a.publishedAt)}</time>
      {props.showCategory ? (
        <>
          {' · '}
          <a href={a.category.url}>{a.category.name}</a>
        </>
      ) : null}
    </p>
  );
}

export function ArticleList(props: {
  articles: ArticleSummary[];
  showLead?: boolean;
  showCategory?: boolean;
  snippet?: (a: ArticleSummary) => Child;
}) {
  return (
    <ul class="article-list">
      {props.articles.map((a) => (
        <li>
          <h3>
            <a href={a.url}>{a.title}</a>
          </h3>
          <ArticleMeta article={a} showCategory={props.showCategory} />
          {props.snippet ? (
            <p class="lead-text">{props.snippet(a)}</p>
          ) : props.showLead ? (
            <p class="lead-text">{a.lead}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

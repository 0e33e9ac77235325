import type { Child } from 'hono/jsx';
import { formatDate } from '../../../platform/i18n/format.js';
import { Picture } from '../../../platform/views/picture.js';
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

// The thumbnail's width in 15-pictures.css: 112 px on a phone, 176 px from 721 px up.
const THUMB_SIZES = '(min-width: 721px) 176px, 112px';

/** An article's featured image as a list thumbnail, when it has one; lazy, since most sit below the fold. */
export function ArticleThumb(props: { article: ArticleSummary }) {
  const image = props.article.image;
  return image ? <Picture image={image} sizes={THUMB_SIZES} maxWidth={640} class="thumb" /> : null;
}

export function ArticleList(props: {
  articles: readonly ArticleSummary[];
  showLead?: boolean;
  showCategory?: boolean;
  /** Each article's featured image beside its title (home, category pages). */
  thumbnails?: boolean;
  snippet?: (a: ArticleSummary) => Child;
}) {
  return (
    <ul class="article-list">
      {props.articles.map((a) => (
        <li class={props.thumbnails && a.image ? 'has-thumb' : undefined}>
          {props.thumbnails ? <ArticleThumb article={a} /> : null}
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

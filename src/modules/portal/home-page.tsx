import type { Child } from 'hono/jsx';
import { vi } from '../../platform/i18n/vi.js';
import { Picture } from '../../platform/views/picture.js';
import { ArticleList, ArticleMeta, type ArticleSummary, type Category } from '../articles/index.js';

export interface CategoryBlock {
  category: Category;
  articles: readonly ArticleSummary[];
}

// The main column is at most 860 px wide (10-public.css), the whole screen below 861 px.
const FEATURED_SIZES = '(min-width: 861px) 860px, 100vw';

export function HomePage(props: {
  featured: ArticleSummary | undefined;
  latest: readonly ArticleSummary[];
  blocks: CategoryBlock[];
  /** Other modules' blocks (the latest brief, the next events), side by side under the latest news. */
  extras: Child[];
  siteName: string;
}) {
  const f = props.featured;
  return (
    <>
      <h1 class="visually-hidden">{props.siteName}</h1>
      {f ? (
        <section class="block featured" aria-labelledby="featured-title">
          <h2 id="featured-title" class="block-title">
            {vi.ui.featured}
          </h2>
          {f.image ? (
            // The page's largest image, above the fold: fetched first rather than lazily.
            <Picture image={f.image} sizes={FEATURED_SIZES} priority class="featured-image" />
          ) : null}
          <h2>
            <a href={f.url}>{f.title}</a>
          </h2>
          <ArticleMeta article={f} showCategory />
          <p class="lead-text">{f.lead}</p>
        </section>
      ) : null}
      <section class="block" aria-labelledby="latest-title">
        <h2 id="latest-title" class="block-title">
          {vi.ui.latestNews}
        </h2>
        <ArticleList articles={props.latest} showCategory thumbnails />
      </section>
      {props.extras.length > 0 ? <div class="home-extras">{props.extras}</div> : null}
      <div class="category-grid">
        {props.blocks.map((b) => (
          <section class="block" aria-labelledby={`cm-${b.category.slug}`}>
            <h2 id={`cm-${b.category.slug}`} class="block-title">
              <span>{b.category.name}</span>
              <a href={b.category.url} aria-label={`${vi.ui.viewAll}: ${b.category.name}`}>
                {vi.ui.viewAll}
              </a>
            </h2>
            {b.articles.length === 0 ? <p>{vi.ui.noArticles}</p> : <ArticleList articles={b.articles} thumbnails />}
          </section>
        ))}
      </div>
    </>
  );
}

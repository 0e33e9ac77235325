import { Pagination } from '../../../platform/views/pagination.js';
import { vi } from '../../../platform/i18n/vi.js';
import type { ArticleSummary } from '../articles.service.js';
import type { Category } from '../categories.service.js';
import { ArticleList } from './article-list.js';

export function CategoryPage(props: {
  category: Category;
  articles: readonly ArticleSummary[];
  page: number;
  pages: number;
}) {
  const { category } = props;
  return (
    <section class="block">
      <p class="breadcrumb">
        <a href="/">{vi.ui.home}</a> › {category.name}
      </p>
      <h1 class="block-title">{category.name}</h1>
      {category.description ? <p>{category.description}</p> : null}
      {props.articles.length === 0 ? (
        <p class="notice">{vi.ui.noArticles}</p>
      ) : (
        <ArticleList articles={props.articles} showLead thumbnails />
      )}
      <Pagination
        page={props.page}
        pages={props.pages}
        hrefFor={(n) => (n === 1 ? category.url : `${category.url}?trang=${n}`)}
      />
    </section>
  );
}

import { vi } from '../i18n/vi.js';

/** Previous/next links that work without JavaScript; `hrefFor(n)` builds the URL of page n. */
export function Pagination(props: { page: number; pages: number; hrefFor: (page: number) => string }) {
  const { page, pages } = props;
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={vi.ui.pagination}>
      {page > 1 ? (
        <a href={props.hrefFor(page - 1)} rel="prev">
          ← {vi.ui.previousPage}
        </a>
      ) : null}
      <span>{vi.ui.pageOf(page, pages)}</span>
      {page < pages ? (
        <a href={props.hrefFor(page + 1)} rel="next">
          {vi.ui.nextPage} →
        </a>
      ) : null}
    </nav>
  );
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

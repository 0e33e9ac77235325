// The article desk (/quan-tri/bai-viet): status tabs, filters, and the list, newest change first.
import { formatDateTime, formatNumber } from '../../../platform/i18n/format.js';
import { Pagination } from '../../../platform/views/pagination.js';
import { statusLabels } from '../article-policy.js';
import type { ArticleStatus } from '../articles.tables.js';
import type { DeskListItem } from '../newsroom-types.js';
import { classificationLabels, StatusBadge } from './article-badges.js';
import { newsroomPagesText } from './newsroom-pages.vi.js';
import { TableFrame } from '../../../platform/views/table-frame.js';

const t = newsroomPagesText.desk;

export const DESK_STATUSES: ArticleStatus[] = ['draft', 'submitted', 'scheduled', 'published', 'trashed'];

export interface DeskFilters {
  status?: ArticleStatus;
  categoryId?: number;
  authorId?: number;
  q: string;
}

type Choice = { id: number; name: string };

/** The filters as a query string, so tabs and pages keep the others. */
export function deskHref(filters: DeskFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('trang-thai', filters.status);
  if (filters.categoryId) params.set('chuyen-muc', String(filters.categoryId));
  if (filters.authorId) params.set('tac-gia', String(filters.authorId));
  if (filters.q) params.set('q', filters.q);
  if (page > 1) params.set('trang', String(page));
  const query = params.toString();
  return query ? `/quan-tri/bai-viet?${query}` : '/quan-tri/bai-viet';
}

function DeskStatusTabs(props: { filters: DeskFilters; counts: Map<ArticleStatus, number> }) {
  const f = props.filters;
  const active = [...props.counts].filter(([s]) => s !== 'trashed').reduce((sum, [, n]) => sum + n, 0);
  return (
    <nav aria-label={t.statusTabs} class="status-tabs">
      <ul>
        <li>
          <a href={deskHref({ ...f, status: undefined })} aria-current={f.status ? undefined : 'page'}>
            {t.allTab(formatNumber(active))}
          </a>
        </li>
        {DESK_STATUSES.map((s) => (
          <li>
            <a href={deskHref({ ...f, status: s })} aria-current={f.status === s ? 'page' : undefined}>
              {s === 'trashed' ? t.trash : statusLabels[s]} ({formatNumber(props.counts.get(s) ?? 0)})
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function DeskFilterForm(props: { filters: DeskFilters; categories: Choice[]; authors?: Choice[] }) {
  const f = props.filters;
  return (
    <form method="get" action="/quan-tri/bai-viet" class="filter-form" role="search" aria-label={t.filters}>
      {f.status ? <input type="hidden" name="trang-thai" value={f.status} /> : null}
      <div>
        <label for="loc-q">{t.titleContains}</label>
        <input id="loc-q" name="q" type="search" value={f.q} />
      </div>
      <div>
        <label for="loc-chuyen-muc">{t.category}</label>
        <select id="loc-chuyen-muc" name="chuyen-muc">
          <option value="">{t.allCategories}</option>
          {props.categories.map((c) => (
            <option value={String(c.id)} selected={f.categoryId === c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {props.authors ? (
        <div>
          <label for="loc-tac-gia">{t.writer}</label>
          <select id="loc-tac-gia" name="tac-gia">
            <option value="">{t.allWriters}</option>
            {props.authors.map((a) => (
              <option value={String(a.id)} selected={f.authorId === a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div>
        <button type="submit" class="button">
          {t.filter}
        </button>
      </div>
    </form>
  );
}

function DeskTable(props: { items: DeskListItem[] }) {
  return (
    <TableFrame labelledBy="bang-bai-viet">
      <table class="data-table">
        <caption class="visually-hidden" id="bang-bai-viet">
          {t.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.title}</th>
            <th scope="col">{t.columns.status}</th>
            <th scope="col">{t.columns.category}</th>
            <th scope="col">{t.columns.writer}</th>
            <th scope="col">{t.columns.updatedAt}</th>
            <th scope="col">{t.columns.publishedAt}</th>
            <th scope="col">{t.columns.views}</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((a) => (
            <tr>
              <td>
                <a href={`/quan-tri/bai-viet/${a.id}`}>{a.title}</a>
                {a.classification !== 'public' ? (
                  <>
                    {' '}
                    <span class="badge badge-classified">{classificationLabels[a.classification]}</span>
                  </>
                ) : null}
                {a.status === 'draft' && a.rejectionReason ? (
                  <p class="hint">{t.rejectedBecause(a.rejectionReason)}</p>
                ) : null}
              </td>
              <td>
                <StatusBadge status={a.status} />
              </td>
              <td>{a.categoryName}</td>
              <td>{a.ownerName ?? a.byline}</td>
              <td>{formatDateTime(a.updatedAt)}</td>
              <td>{a.publishedAt ? formatDateTime(a.publishedAt) : '—'}</td>
              <td>{formatNumber(a.views)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

export function ArticlesDesk(props: {
  items: DeskListItem[];
  total: number;
  counts: Map<ArticleStatus, number>;
  filters: DeskFilters;
  page: number;
  pages: number;
  categories: Choice[];
  authors?: Choice[];
  canWrite: boolean;
}) {
  return (
    <section>
      <div class="actions">
        <h1 class="block-title">{t.title}</h1>
        {props.canWrite ? (
          <a class="button" href="/quan-tri/bai-viet/moi">
            {t.newArticle}
          </a>
        ) : null}
      </div>
      <DeskStatusTabs filters={props.filters} counts={props.counts} />
      <DeskFilterForm filters={props.filters} categories={props.categories} authors={props.authors} />
      <p class="hint" role="status">
        {props.total === 0 ? t.none : t.count(formatNumber(props.total))}
      </p>
      {props.items.length > 0 ? <DeskTable items={props.items} /> : null}
      <Pagination page={props.page} pages={props.pages} hrefFor={(p) => deskHref(props.filters, p)} />
    </section>
  );
}

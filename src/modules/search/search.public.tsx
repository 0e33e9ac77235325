// /tim-kiem: ranked results with highlighted snippets, and the public list of GET /api/v1/articles
// (search or latest). That endpoint is declared once, by the articles module (articles.api.ts),
// whose route answers the desk's list (?status=) and hands every other request on to this one.
import type { Context, Hono } from 'hono';
import { BadRequestError, NotFoundError } from '../../platform/http/errors.js';
import { sendPage, type PageCache } from '../../platform/http/page-cache.js';
import { readPageNumber, readQueryParam } from '../../platform/http/query.js';
import { formatNumber } from '../../platform/i18n/format.js';
import { vi } from '../../platform/i18n/vi.js';
import { ErrorSummary } from '../../platform/views/error-summary.js';
import { FieldError } from '../../platform/views/field-error.js';
import { Pagination, pageCount } from '../../platform/views/pagination.js';
import type { PublicPageRenderer } from '../../platform/views/public-page.js';
import type { Clock } from '../../platform/clock.js';
import {
  ArticleMeta,
  ArticleThumb,
  type ArticlesService,
  type ArticleSummary,
  MAX_QUERY_LENGTH,
  type PublishedPageJson,
  parseSearchQuery,
  type SearchQuery,
  type SearchService,
} from '../articles/index.js';
import type { ApiDocs } from '../../platform/http/api-docs.js';
import type { ListedContent, ListedHit } from '../../platform/content/listed-content.js';
import type { Logger } from '../../platform/logger.js';
import { findOtherKinds, Marked, OtherKindHits } from './other-kinds.js';
import { highlightAll, makeSnippet, type Segment } from './snippet.js';
import { searchText } from './search.vi.js';

const PAGE_SIZE = 10;

/** A result and the text shown under its title: its lead, or a piece of its body, words marked. */
type FoundArticle = ArticleSummary & { snippet: Segment[] };

/** The articles found: title and snippet with the reader's words marked. */
function ArticleHits(props: { items: FoundArticle[]; query: SearchQuery }) {
  const { items, query } = props;
  return (
    <ul class="article-list">
      {items.map((a) => (
        <li class={a.image ? 'has-thumb' : undefined}>
          <ArticleThumb article={a} />
          <h3>
            <a href={a.url}>
              <Marked segments={highlightAll(a.title, query)} />
            </a>
          </h3>
          <ArticleMeta article={a} showCategory />
          <p class="lead-text">
            <Marked segments={a.snippet} />
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The search page's body: the form again, then the count, the hits with their words marked, and pages. */
function SearchResults(props: {
  query: SearchQuery;
  total: number;
  items: FoundArticle[];
  page: number;
  pages: number;
  /** Briefs, events and documents that match: the first page only. */
  others?: ListedHit[];
  /** Why the words were refused (too long): shown above the form, the words kept in the box. */
  error?: string;
}) {
  const { query, total, items, error } = props;
  const others = props.others ?? [];
  return (
    <section class="block search-results">
      <h1 class="block-title">{query.text && !error ? `${vi.ui.searchResultsFor} “${query.text}”` : vi.ui.search}</h1>
      <ErrorSummary errors={{ q: error }} />
      <form role="search" action="/tim-kiem" method="get" class="search-form">
        <label for="q" class="visually-hidden">
          {vi.ui.searchLabel}
        </label>
        <input
          id="q"
          type="search"
          name="q"
          value={query.text}
          maxlength={MAX_QUERY_LENGTH}
          placeholder={vi.ui.searchPlaceholder}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'q-loi' : undefined}
        />
        <button type="submit">{vi.ui.search}</button>
      </form>
      <FieldError id="q" text={error} />
      {error ? null : query.tokens.length === 0 ? (
        <p class="notice">{vi.ui.searchEmptyQuery}</p>
      ) : total === 0 && others.length === 0 ? (
        <p class="notice" role="status">
          {vi.ui.searchNoResult}
        </p>
      ) : (
        <>
          <p role="status">
            {total > 0 ? vi.ui.searchCount(formatNumber(total)) : searchText.noArticleButOthers}
            {others.length > 0 ? ` ${searchText.otherCount(formatNumber(others.length))}` : ''}
          </p>
          <OtherKindHits hits={others} query={query} />
          {items.length > 0 ? <ArticleHits items={items} query={query} /> : null}
          <Pagination
            page={props.page}
            pages={props.pages}
            hrefFor={(n) => `/tim-kiem?q=${encodeURIComponent(query.text)}${n > 1 ? `&trang=${n}` : ''}`}
          />
        </>
      )}
    </section>
  );
}

type SearchDeps = {
  search: SearchService;
  articles: ArticlesService;
  pageCache: PageCache;
  renderPage: PublicPageRenderer;
  clock: Clock;
  /** Briefs, events, documents: searched too, shown above the articles on the first page. */
  listed: readonly ListedContent[];
  logger?: Logger;
  /** Unused here: GET /api/v1/articles is declared by the articles module, with this list in it. */
  docs: ApiDocs;
};

/** What both routes do: read the words, run the search, refuse words that are too long. */
function searchSteps(deps: SearchDeps) {
  function readQuery(c: Context): SearchQuery {
    const raw = readQueryParam(c, 'q') ?? '';
    if ([...raw].length > MAX_QUERY_LENGTH)
      throw new BadRequestError('QUERY_TOO_LONG', { q: vi.errors.QUERY_TOO_LONG });
    return parseSearchQuery(raw);
  }

  /** Words longer than the box allows (typed into the address, or pasted past maxlength): the search
   * page again, 400, with what to fix at the top and the first 200 characters kept in the box. */
  async function refuseLongQuery(c: Context, typed: string) {
    const kept = parseSearchQuery([...typed].slice(0, MAX_QUERY_LENGTH).join(''));
    const body = await deps.renderPage(
      { title: vi.ui.search, description: vi.ui.search, path: '/tim-kiem', noindex: true, searchQuery: kept.text },
      <SearchResults query={kept} total={0} items={[]} page={1} pages={1} error={vi.errors.QUERY_TOO_LONG} />,
    );
    return c.body(new Uint8Array(body), 400, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    });
  }

  async function runSearch(query: SearchQuery, page: number) {
    const found = await deps.search.search(query, {
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
      nowIso: deps.clock.now().toISOString(),
    });
    return { total: found.total, items: await deps.articles.listPublishedByIds(found.ids) };
  }

  /** Each result's snippet: its lead when the words are in it, else the piece of its body where
   * they are densest (the bodies read only for those results). */
  async function withSnippets(items: ArticleSummary[], query: SearchQuery): Promise<FoundArticle[]> {
    const leads = items.map((a) => highlightAll(a.lead, query));
    const needed = items.filter((_, i) => !leads[i]!.some((s) => s.mark)).map((a) => a.id);
    const bodies = needed.length > 0 ? await deps.articles.bodyTextsOf(needed) : new Map<number, string>();
    return items.map((a, i) => {
      const body = bodies.get(a.id);
      return { ...a, snippet: leads[i]!.some((s) => s.mark) ? leads[i]! : makeSnippet(body ?? a.lead, query) };
    });
  }

  return { readQuery, runSearch, withSnippets, refuseLongQuery };
}

export function mountSearch(app: Hono, deps: SearchDeps) {
  const { readQuery, runSearch, withSnippets, refuseLongQuery } = searchSteps(deps);

  app.get('/tim-kiem', async (c) => {
    const typed = readQueryParam(c, 'q') ?? '';
    if ([...typed].length > MAX_QUERY_LENGTH) return refuseLongQuery(c, typed);
    const query = readQuery(c);
    const page = readPageNumber(c);
    const key = `/tim-kiem?q=${query.tokens.join(' ')}${query.prefixLast ? '*' : ''}&text=${query.text}&trang=${page}`;
    const cached = await deps.pageCache.get(key, async () => {
      // Articles and the other kinds at once (the other kinds are read from the database only
      // when their kept copy went stale; on PostgreSQL that read overlaps the search's).
      const [{ total, items: found }, others] = await Promise.all([
        query.tokens.length > 0 ? runSearch(query, page) : { total: 0, items: [] },
        page === 1 ? findOtherKinds(deps.listed, query, deps.logger) : [],
      ]);
      const items = await withSnippets(found, query);
      const pages = pageCount(total, PAGE_SIZE);
      if (page > pages) throw new NotFoundError('PAGE_OUT_OF_RANGE');
      const body = await deps.renderPage(
        {
          title: query.text ? `${vi.ui.search}: ${query.text}` : vi.ui.search,
          description: vi.ui.search,
          path: '/tim-kiem',
          noindex: true,
          searchQuery: query.text,
        },
        <SearchResults query={query} total={total} items={items} page={page} pages={pages} others={others} />,
      );
      return { body };
    });
    return sendPage(c, cached);
  });

  app.get('/api/v1/articles', async (c) => {
    const query = readQuery(c);
    const page = readQueryParam(c, 'page') !== undefined ? readPageNumber(c, 'page') : readPageNumber(c);
    let total: number;
    let items: ArticleSummary[];
    if (query.tokens.length > 0) {
      ({ total, items } = await runSearch(query, page));
    } else {
      total = await deps.articles.countPublished();
      items = await deps.articles.listLatest({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    }
    return c.json({
      items: items.map((a) => ({
        id: a.id,
        slug: a.slug,
        title: a.title,
        lead: a.lead,
        author: a.author,
        publishedAt: a.publishedAt,
        url: a.url,
        views: a.views,
      })),
      total,
      page,
    } satisfies PublishedPageJson);
  });
}

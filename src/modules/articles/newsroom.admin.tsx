// /quan-tri/bai-viet: the newsroom's pages. Post → redirect → get; a refused form comes back with
// what was typed. The route guard checks the role; the newsroom service checks the record.
// This file holds the menu entry, the desk and the preview, and mounts the form, step and
// revision routes (in this order: /moi before /:id).
import type { Hono } from 'hono';
import { NotFoundError } from '../../platform/http/errors.js';
import { parseId, readPageNumber, readQueryParam } from '../../platform/http/query.js';
import { pageCount } from '../../platform/views/pagination.js';
import type { StaffEnv, StaffFrame } from '../accounts/index.js';
import { createFormRenderer, mountArticleFormPages } from './article-form.admin.js';
import { isEditor } from './article-policy.js';
import { mountArticleRevisionPages } from './article-revisions.admin.js';
import { mountArticleStepPages } from './article-steps.admin.js';
import { ARTICLE_STATUSES, type ArticleStatus } from './articles.tables.js';
import { contextOf, listCategoryChoices, readArticleId, type NewsroomPageDeps } from './newsroom-http.js';
import type { Newsroom } from './newsroom.service.js';
import { ArticlePage } from './views/article-page.js';
import { ArticlesDesk, type DeskFilters } from './views/articles-desk.js';
import { newsroomPagesText } from './views/newsroom-pages.vi.js';
import { articlesText } from './articles.vi.js';
import { okFlashes } from './newsroom-http.js';

const PER_PAGE = 20;

function addNewsroomMenu(frame: StaffFrame, newsroom: Newsroom) {
  frame.addSection({
    href: '/quan-tri/bai-viet',
    label: articlesText.newsroomMenu.label,
    hint: articlesText.newsroomMenu.hint,
    permission: 'articles.write',
    order: 10,
    summary: async (c) => {
      const ctx = contextOf(c);
      const counts = await newsroom.countByStatus(ctx);
      const n = (s: ArticleStatus) => counts.get(s) ?? 0;
      return isEditor(ctx.actor)
        ? articlesText.newsroomMenu.editorSummary(n('submitted'), n('scheduled'), n('draft'))
        : articlesText.newsroomMenu.contributorSummary(n('draft'), n('submitted'), n('published'));
    },
  });
  frame.addFlashes(okFlashes(articlesText.newsroomFlashes));
}

function mountDeskPage(app: Hono<StaffEnv>, deps: NewsroomPageDeps) {
  const { newsroom, guard, frame } = deps;
  app.get('/quan-tri/bai-viet', guard.require('articles.write'), async (c) => {
    const ctx = contextOf(c);
    const statusParam = readQueryParam(c, 'trang-thai');
    const filters: DeskFilters = {
      status:
        statusParam && (ARTICLE_STATUSES as readonly string[]).includes(statusParam)
          ? (statusParam as ArticleStatus)
          : undefined,
      categoryId: parseId(readQueryParam(c, 'chuyen-muc')),
      authorId: isEditor(ctx.actor) ? parseId(readQueryParam(c, 'tac-gia')) : undefined,
      q: (readQueryParam(c, 'q') ?? '').trim().slice(0, 200),
    };
    const page = readPageNumber(c);
    const [result, categories, authors] = await Promise.all([
      newsroom.list(ctx, { ...filters, page, perPage: PER_PAGE }),
      listCategoryChoices(deps.articles),
      isEditor(ctx.actor) ? newsroom.listAuthors() : Promise.resolve(undefined),
    ]);
    const pages = pageCount(result.total, PER_PAGE);
    if (page > pages && page > 1) throw new NotFoundError('PAGE_OUT_OF_RANGE');
    return frame.respond(
      c,
      newsroomPagesText.desk.title,
      <ArticlesDesk
        items={result.items}
        total={result.total}
        counts={result.counts}
        filters={filters}
        page={page}
        pages={pages}
        categories={categories}
        authors={authors}
        canWrite
      />,
    );
  });
}

// The saved article exactly as readers would see it, in the public frame; never cached or indexed.
function mountPreviewPage(app: Hono<StaffEnv>, deps: NewsroomPageDeps) {
  app.get('/quan-tri/bai-viet/:id/xem-truoc', deps.guard.require('articles.write'), async (c) => {
    const a = await deps.newsroom.get(contextOf(c), readArticleId(c));
    const category = { slug: a.categorySlug, name: a.categoryName, url: `/chuyen-muc/${a.categorySlug}` };
    const image = a.featuredImageId !== null ? await deps.findImage(a.featuredImageId) : undefined;
    const body = await deps.renderPage(
      {
        title: newsroomPagesText.preview.title(a.title),
        description: a.lead,
        path: `/quan-tri/bai-viet/${a.id}/xem-truoc`,
        noindex: true,
      },
      <>
        <p class="flash flash-error preview-banner" role="note">
          {newsroomPagesText.preview.banner(a.statusLabel)}{' '}
          <a href={`/quan-tri/bai-viet/${a.id}`}>{newsroomPagesText.preview.backToEdit}</a>
        </p>
        <ArticlePage
          article={{
            ...a,
            author: a.byline,
            publishedAt: a.publishedAt ?? a.updatedAt,
            category,
            featured: a.featured,
            image,
          }}
          related={[]}
        />
      </>,
    );
    return c.body(new Uint8Array(body), 200, { 'Content-Type': 'text/html; charset=utf-8' });
  });
}

export function mountNewsroomPages(app: Hono, deps: NewsroomPageDeps) {
  addNewsroomMenu(deps.frame, deps.newsroom);
  const renderForm = createFormRenderer(deps);
  mountDeskPage(app, deps);
  mountArticleFormPages(app, deps, renderForm);
  mountArticleStepPages(app, deps, renderForm);
  mountPreviewPage(app, deps);
  mountArticleRevisionPages(app, deps);
}

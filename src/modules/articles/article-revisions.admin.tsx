// An article's saved versions: the list, one version in full, and putting one back.
import type { Hono } from 'hono';
import type { StaffEnv } from '../accounts/index.js';
import { contextOf, readArticleId, type NewsroomPageDeps } from './newsroom-http.js';
import { RevisionsList, RevisionView } from './views/article-revisions.js';
import { newsroomPagesText } from './views/newsroom-pages.vi.js';

const t = newsroomPagesText.revisions;

export function mountArticleRevisionPages(app: Hono<StaffEnv>, deps: NewsroomPageDeps) {
  const { newsroom, guard, frame } = deps;

  app.get('/quan-tri/bai-viet/:id/phien-ban', guard.require('articles.write'), async (c) => {
    const { article, revisions } = await newsroom.listRevisions(contextOf(c), readArticleId(c));
    return frame.respond(c, t.listTitle(article.title), <RevisionsList article={article} revisions={revisions} />);
  });

  app.get('/quan-tri/bai-viet/:id/phien-ban/:rev', guard.require('articles.write'), async (c) => {
    const ctx = contextOf(c);
    const { article, revision } = await newsroom.getRevision(ctx, readArticleId(c), readArticleId(c, 'rev'));
    return frame.respond(
      c,
      t.pageTitle(revision.version, article.title),
      <RevisionView
        csrfToken={c.get('staff')!.csrfToken}
        article={article}
        revision={revision}
        canRestore={newsroom.allowedActions(ctx, article).has('edit')}
      />,
    );
  });

  app.post('/quan-tri/bai-viet/:id/phien-ban/:rev/khoi-phuc', guard.require('articles.write'), async (c) => {
    const id = readArticleId(c);
    await newsroom.restoreRevision(contextOf(c), id, readArticleId(c, 'rev'));
    return c.redirect(`/quan-tri/bai-viet/${id}?tb=da-khoi-phuc-phien-ban`, 303);
  });
}

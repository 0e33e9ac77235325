// An article's saved versions: the list, and one version read in full with its restore button.
import { raw } from 'hono/html';
import { formatDateTime } from '../../../platform/i18n/format.js';
import type { ArticleStatus } from '../articles.tables.js';
import type { DeskArticle } from '../newsroom-types.js';
import { ActionForm } from './action-form.js';
import { newsroomPagesText } from './newsroom-pages.vi.js';
import { TableFrame } from '../../../platform/views/table-frame.js';

const t = newsroomPagesText.revisions;

export function RevisionsList(props: {
  article: DeskArticle;
  revisions: Array<{
    id: number;
    version: number;
    title: string;
    status: ArticleStatus;
    saved_by_name: string;
    saved_at: string;
    note: string;
  }>;
}) {
  const a = props.article;
  return (
    <section>
      <h1 class="block-title">{t.listTitle(a.title)}</h1>
      <p>
        <a href={`/quan-tri/bai-viet/${a.id}`}>{t.backToArticle}</a>
      </p>
      <TableFrame labelledBy="bang-phien-ban">
        <table class="data-table">
          <caption class="visually-hidden" id="bang-phien-ban">
            {t.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.version}</th>
              <th scope="col">{t.columns.savedAt}</th>
              <th scope="col">{t.columns.savedBy}</th>
              <th scope="col">{t.columns.note}</th>
              <th scope="col">{t.columns.title}</th>
            </tr>
          </thead>
          <tbody>
            {props.revisions.map((r) => (
              <tr>
                <td>
                  <a href={`/quan-tri/bai-viet/${a.id}/phien-ban/${r.id}`}>{t.version(r.version)}</a>
                  {r.version === a.version ? ` ${t.current}` : ''}
                </td>
                <td>{formatDateTime(r.saved_at)}</td>
                <td>{r.saved_by_name}</td>
                <td>{r.note}</td>
                <td>{r.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}

export function RevisionView(props: {
  csrfToken: string;
  article: DeskArticle;
  revision: {
    id: number;
    version: number;
    title: string;
    lead: string;
    body_html: string;
    author: string;
    saved_by_name: string;
    saved_at: string;
    note: string;
  };
  canRestore: boolean;
}) {
  const { article: a, revision: r } = props;
  return (
    <section>
      <h1 class="block-title">{t.viewTitle(r.version, a.id)}</h1>
      <p>
        <a href={`/quan-tri/bai-viet/${a.id}/phien-ban`}>{t.allVersions}</a> ·{' '}
        {t.savedAt(formatDateTime(r.saved_at), r.saved_by_name, r.note)}
      </p>
      {props.canRestore && r.version !== a.version ? (
        <ActionForm
          csrfToken={props.csrfToken}
          action={`/quan-tri/bai-viet/${a.id}/phien-ban/${r.id}/khoi-phuc`}
          label={t.restore}
        />
      ) : null}
      <article class="article revision-preview">
        <h2>{r.title}</h2>
        <p class="lead">{r.lead}</p>
        {/* revisions hold the same sanitised HTML the article had */}
        <div class="article-body">{raw(r.body_html)}</div>
        <p class="byline">
          <strong>{r.author}</strong>
        </p>
      </article>
    </section>
  );
}

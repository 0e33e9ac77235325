// An article's saved versions: the list, and one version read in full with its restore button.
import { raw } from 'hono/html';
import { formatDateTime } from '../../../platform/i18n/format.js';
import type { ArticleStatus } from '../articles.tables.js';
import type { DeskArticle } from '../newsroom-types.js';
import { ActionForm } from './action-form.js';

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
      <h1 class="block-title">Các phiên bản: {a.title}</h1>
      <p>
        <a href={`/quan-tri/bai-viet/${a.id}`}>← Về bài viết</a>
      </p>
      <div class="table-wrap">
        <table class="data-table">
          <caption class="visually-hidden">Các phiên bản đã lưu, mới nhất trước</caption>
          <thead>
            <tr>
              <th scope="col">Phiên bản</th>
              <th scope="col">Lưu lúc</th>
              <th scope="col">Người lưu</th>
              <th scope="col">Ghi chú</th>
              <th scope="col">Tiêu đề lúc đó</th>
            </tr>
          </thead>
          <tbody>
            {props.revisions.map((r) => (
              <tr>
                <td>
                  <a href={`/quan-tri/bai-viet/${a.id}/phien-ban/${r.id}`}>Phiên bản {r.version}</a>
                  {r.version === a.version ? ' (hiện tại)' : ''}
                </td>
                <td>{formatDateTime(r.saved_at)}</td>
                <td>{r.saved_by_name}</td>
                <td>{r.note}</td>
                <td>{r.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
      <h1 class="block-title">
        Phiên bản {r.version} của bài viết #{a.id}
      </h1>
      <p>
        <a href={`/quan-tri/bai-viet/${a.id}/phien-ban`}>← Các phiên bản</a> · Lưu lúc {formatDateTime(r.saved_at)} bởi{' '}
        {r.saved_by_name} ({r.note})
      </p>
      {props.canRestore && r.version !== a.version ? (
        <ActionForm
          csrfToken={props.csrfToken}
          action={`/quan-tri/bai-viet/${a.id}/phien-ban/${r.id}/khoi-phuc`}
          label="Khôi phục phiên bản này"
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

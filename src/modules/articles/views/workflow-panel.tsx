// The panel beside the article form: where the article stands (status, owner, dates) and the
// workflow steps this person may take from here, each its own small form.
import { formatDateTime } from '../../../platform/i18n/format.js';
import { FieldError } from '../../../platform/views/field-error.js';
import type { ArticleAction } from '../article-policy.js';
import type { DeskArticle } from '../newsroom-types.js';
import { ActionForm } from './action-form.js';
import { classificationLabels, StatusBadge } from './article-badges.js';
import { newsroomPagesText } from './newsroom-pages.vi.js';

const t = newsroomPagesText.panel;

export function WorkflowPanel(props: {
  csrfToken: string;
  article: DeskArticle;
  allowed: Set<ArticleAction>;
  /** A refused rejection: its reason as typed, and why it was refused. */
  reason?: string;
  reasonError?: string;
}) {
  const a = props.article;
  const base = `/quan-tri/bai-viet/${a.id}`;
  return (
    <aside class="workflow-panel" aria-label={t.label}>
      <ArticleFacts article={a} />
      <ul class="link-list">
        {a.status === 'published' ? (
          <li>
            <a href={a.url}>{t.viewOnPortal}</a>
          </li>
        ) : null}
        <li>
          <a href={`${base}/xem-truoc`}>{t.preview}</a>
        </li>
        <li>
          <a href={`${base}/phien-ban`}>{t.versions}</a>
        </li>
      </ul>
      {props.allowed.has('reject') ? (
        <RejectForm
          csrfToken={props.csrfToken}
          action={`${base}/tra-lai`}
          reason={props.reason}
          error={props.reasonError}
        />
      ) : null}
      {props.allowed.has('unpublish') ? (
        <ActionForm
          csrfToken={props.csrfToken}
          action={`${base}/go-xuat-ban`}
          label={a.status === 'scheduled' ? t.cancelSchedule : t.unpublish}
          secondary
        />
      ) : null}
      {props.allowed.has('delete') ? (
        <ActionForm csrfToken={props.csrfToken} action={`${base}/xoa`} label={t.trash} secondary />
      ) : null}
      {props.allowed.has('restore') ? (
        <ActionForm csrfToken={props.csrfToken} action={`${base}/khoi-phuc`} label={t.restore} />
      ) : null}
    </aside>
  );
}

/** Returning the article to its writer: the reason is required, and a refused one comes back as typed. */
function RejectForm(props: { csrfToken: string; action: string; reason?: string; error?: string }) {
  return (
    <ActionForm csrfToken={props.csrfToken} action={props.action} label={t.reject} secondary>
      <div>
        <label for="reason">{t.rejectReason}</label>
        <textarea
          id="reason"
          name="reason"
          rows={3}
          maxlength={1000}
          required
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={props.error ? 'reason-loi' : undefined}
        >
          {props.reason ?? ''}
        </textarea>
        <FieldError id="reason" text={props.error} />
      </div>
    </ActionForm>
  );
}

/** Where the article stands: status, classification, owner and its dates. */
function ArticleFacts({ article: a }: { article: DeskArticle }) {
  return (
    <dl>
      <dt>{t.status}</dt>
      <dd>
        <StatusBadge status={a.status} />
      </dd>
      <dt>{t.classification}</dt>
      <dd>{classificationLabels[a.classification]}</dd>
      <dt>{t.owner}</dt>
      <dd>{a.ownerName ?? t.noOwner}</dd>
      <dt>{t.createdAt}</dt>
      <dd>{formatDateTime(a.createdAt)}</dd>
      <dt>{t.updatedAt}</dt>
      <dd>{formatDateTime(a.updatedAt)}</dd>
      {a.publishedAt ? (
        <>
          <dt>{a.status === 'scheduled' ? t.scheduledAt : t.publishedAt}</dt>
          <dd>{formatDateTime(a.publishedAt)}</dd>
        </>
      ) : null}
      {a.expiresAt ? (
        <>
          <dt>{t.expiresAt}</dt>
          <dd>{formatDateTime(a.expiresAt)}</dd>
        </>
      ) : null}
      {a.deletedAt ? (
        <>
          <dt>{t.deletedAt}</dt>
          <dd>{formatDateTime(a.deletedAt)}</dd>
        </>
      ) : null}
    </dl>
  );
}

// The panel beside the article form: where the article stands (status, owner, dates) and the
// workflow steps this person may take from here, each its own small form.
import { formatDateTime } from '../../../platform/i18n/format.js';
import type { ArticleAction } from '../article-policy.js';
import type { DeskArticle } from '../newsroom-types.js';
import { ActionForm } from './action-form.js';
import { classificationLabels, StatusBadge } from './article-badges.js';

export function WorkflowPanel(props: { csrfToken: string; article: DeskArticle; allowed: Set<ArticleAction> }) {
  const a = props.article;
  const base = `/quan-tri/bai-viet/${a.id}`;
  return (
    <aside class="workflow-panel" aria-label="Trạng thái và thao tác">
      <dl>
        <dt>Trạng thái</dt>
        <dd>
          <StatusBadge status={a.status} />
        </dd>
        <dt>Mức độ</dt>
        <dd>{classificationLabels[a.classification]}</dd>
        <dt>Người phụ trách</dt>
        <dd>{a.ownerName ?? 'Chưa có'}</dd>
        <dt>Tạo lúc</dt>
        <dd>{formatDateTime(a.createdAt)}</dd>
        <dt>Sửa lần cuối</dt>
        <dd>{formatDateTime(a.updatedAt)}</dd>
        {a.publishedAt ? (
          <>
            <dt>{a.status === 'scheduled' ? 'Hẹn xuất bản lúc' : 'Ngày xuất bản'}</dt>
            <dd>{formatDateTime(a.publishedAt)}</dd>
          </>
        ) : null}
        {a.expiresAt ? (
          <>
            <dt>Tự gỡ xuống lúc</dt>
            <dd>{formatDateTime(a.expiresAt)}</dd>
          </>
        ) : null}
        {a.deletedAt ? (
          <>
            <dt>Xóa lúc</dt>
            <dd>{formatDateTime(a.deletedAt)}</dd>
          </>
        ) : null}
      </dl>
      <ul class="link-list">
        {a.status === 'published' ? (
          <li>
            <a href={a.url}>Xem trên cổng thông tin</a>
          </li>
        ) : null}
        <li>
          <a href={`${base}/xem-truoc`}>Xem trước bản đã lưu</a>
        </li>
        <li>
          <a href={`${base}/phien-ban`}>Các phiên bản đã lưu</a>
        </li>
      </ul>
      {props.allowed.has('reject') ? (
        <ActionForm csrfToken={props.csrfToken} action={`${base}/tra-lai`} label="Trả lại cho người viết" secondary>
          <div>
            <label for="reason">Lý do trả lại</label>
            <textarea id="reason" name="reason" rows={3} maxlength={1000} required></textarea>
          </div>
        </ActionForm>
      ) : null}
      {props.allowed.has('unpublish') ? (
        <ActionForm
          csrfToken={props.csrfToken}
          action={`${base}/go-xuat-ban`}
          label={a.status === 'scheduled' ? 'Hủy hẹn giờ' : 'Gỡ xuống (thôi xuất bản)'}
          secondary
        />
      ) : null}
      {props.allowed.has('delete') ? (
        <ActionForm csrfToken={props.csrfToken} action={`${base}/xoa`} label="Chuyển vào thùng rác" secondary />
      ) : null}
      {props.allowed.has('restore') ? (
        <ActionForm csrfToken={props.csrfToken} action={`${base}/khoi-phuc`} label="Khôi phục (thành bản nháp)" />
      ) : null}
    </aside>
  );
}

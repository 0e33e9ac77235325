// The article form (/quan-tri/bai-viet/moi and /quan-tri/bai-viet/:id) with its workflow panel:
// warnings first (someone else editing, a refused stale save, a rejection), then the fields, or the
// article read-only once it is no longer this person's to change.
import { raw } from 'hono/html';
import { formatDateTime } from '../../../platform/i18n/format.js';
import type { ArticleAction } from '../article-policy.js';
import type { DeskArticle, EditPresence } from '../newsroom-types.js';
import { ClassificationField, ContentFields, EditorFields, PlacementFields } from './article-form-fields.js';
import type { ArticleFormValues, ImageChoice } from './article-form-values.js';
import { WorkflowPanel } from './workflow-panel.js';

export interface ArticleFormProps {
  csrfToken: string;
  /** Undefined for a new article. */
  article?: DeskArticle;
  values: ArticleFormValues;
  errors?: Record<string, string>;
  categories: Array<{ id: number; name: string }>;
  writers?: Array<{ id: number; name: string }>;
  images: ImageChoice[];
  editor: boolean;
  allowed: Set<ArticleAction>;
  presence: EditPresence[];
  conflict?: boolean;
}

function FormNotices(props: { article?: DeskArticle; presence: EditPresence[]; conflict?: boolean }) {
  const { article } = props;
  return (
    <>
      {props.presence.length > 0 ? (
        <p class="flash flash-error" role="alert">
          Lưu ý: {props.presence.map((p) => `${p.name} (mở lúc ${formatDateTime(p.seenAt)})`).join(', ')} cũng đang mở
          bài này để sửa. Nếu hai người cùng lưu, người lưu sau sẽ được báo và không mất nội dung.
        </p>
      ) : null}
      {props.conflict ? (
        <p class="flash flash-error" role="alert">
          Bài viết đã được người khác lưu trong khi bạn đang sửa, nên nội dung của bạn chưa được lưu. Nội dung bạn vừa
          sửa vẫn ở dưới đây.{' '}
          {article ? (
            <a href={`/quan-tri/bai-viet/${article.id}/phien-ban`} target="_blank" rel="noopener">
              Xem các phiên bản (mở thẻ mới)
            </a>
          ) : null}
          , rồi bấm lưu lần nữa nếu muốn ghi đè bằng nội dung của bạn.
        </p>
      ) : null}
      {article && article.status === 'draft' && article.rejectionReason ? (
        <div class="flash flash-error" role="note">
          <strong>Bài bị trả lại.</strong> Lý do: {article.rejectionReason}
        </div>
      ) : null}
    </>
  );
}

function FormActions(props: { article?: DeskArticle; editor: boolean; allowed: Set<ArticleAction> }) {
  const { article } = props;
  return (
    <div class="form-actions">
      <button type="submit" name="action" value="save" class="button">
        {props.editor ? 'Lưu' : 'Lưu nháp'}
      </button>
      {!article || props.allowed.has('submit') ? (
        <button type="submit" name="action" value="submit" class="button">
          Gửi duyệt
        </button>
      ) : null}
      {props.editor && (!article || props.allowed.has('publish')) ? (
        <button type="submit" name="action" value="publish" class="button">
          Xuất bản
        </button>
      ) : null}
      <a href="/quan-tri/bai-viet">Về danh sách</a>
    </div>
  );
}

function EditableArticle(props: ArticleFormProps) {
  const { values: v, article } = props;
  const errors = props.errors ?? {};
  return (
    <form
      method="post"
      action={article ? `/quan-tri/bai-viet/${article.id}` : '/quan-tri/bai-viet'}
      class="form form-wide"
      novalidate
    >
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      <input type="hidden" name="version" value={v.version} />
      <ContentFields values={v} errors={errors} />
      <PlacementFields values={v} errors={errors} categories={props.categories} images={props.images} />
      <ClassificationField values={v} errors={errors} />
      {props.editor ? <EditorFields values={v} errors={errors} writers={props.writers} /> : null}
      <FormActions article={article} editor={props.editor} allowed={props.allowed} />
    </form>
  );
}

function ReadOnlyArticle(props: { article: DeskArticle }) {
  const { article } = props;
  return (
    <div class="form-wide">
      <p class="flash flash-ok" role="status">
        Bài đang ở trạng thái “{article.statusLabel}”; bạn không sửa được nữa. Biên tập viên sẽ duyệt hoặc trả lại kèm
        lý do.
      </p>
      <h2>{article.title}</h2>
      <p class="lead">{article.lead}</p>
      {/* stored sanitised */}
      <div class="article-body">{raw(article.bodyHtml)}</div>
    </div>
  );
}

export function ArticleForm(props: ArticleFormProps) {
  const { article } = props;
  const canEdit = !article || props.allowed.has('edit');
  return (
    <section class="article-editor">
      <h1 class="block-title">{article ? `Sửa bài: ${article.title}` : 'Viết bài mới'}</h1>
      <FormNotices article={article} presence={props.presence} conflict={props.conflict} />
      <div class="editor-layout">
        {canEdit ? <EditableArticle {...props} /> : <ReadOnlyArticle article={article!} />}
        {article ? <WorkflowPanel csrfToken={props.csrfToken} article={article} allowed={props.allowed} /> : null}
      </div>
    </section>
  );
}

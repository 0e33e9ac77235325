// The article form (/quan-tri/bai-viet/moi and /quan-tri/bai-viet/:id) with its workflow panel:
// warnings first (someone else editing, a refused stale save, a rejection), then the fields, or the
// article read-only once it is no longer this person's to change.
import { raw } from 'hono/html';
import { formatDateTime } from '../../../platform/i18n/format.js';
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import type { ArticleAction } from '../article-policy.js';
import type { DeskArticle, EditPresence } from '../newsroom-types.js';
import { ClassificationField, ContentFields, EditorFields, PlacementFields } from './article-form-fields.js';
import type { ArticleFormValues, ImageChoice } from './article-form-values.js';
import { WorkflowPanel } from './workflow-panel.js';
import { newsroomPagesText } from './newsroom-pages.vi.js';

const t = newsroomPagesText.form;

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
  /** A refused rejection's reason, as it was typed. */
  reason?: string;
}

const ARTICLE_FIELDS = ['title', 'lead', 'bodyHtml', 'categoryId', 'featuredImageId', 'classification'];
const EDITOR_FIELDS = ['byline', 'authorId', 'publishAt', 'expiresAt'];

/** The fields this page shows an input for: the summary links only to those. */
function fieldsOnPage(props: ArticleFormProps, canEdit: boolean): string[] {
  return [
    ...(canEdit ? ARTICLE_FIELDS : []),
    ...(canEdit && props.editor ? EDITOR_FIELDS : []),
    ...(props.article && props.allowed.has('reject') ? ['reason'] : []),
  ];
}

function FormNotices(props: { article?: DeskArticle; presence: EditPresence[]; conflict?: boolean }) {
  const { article } = props;
  return (
    <>
      {props.presence.length > 0 ? (
        <p class="flash flash-error" role="alert">
          {t.alsoEditing(props.presence.map((p) => t.openedAt(p.name, formatDateTime(p.seenAt))).join(', '))}
        </p>
      ) : null}
      {props.conflict ? (
        <p class="flash flash-error" role="alert">
          {t.conflict.before}{' '}
          {article ? (
            <a href={`/quan-tri/bai-viet/${article.id}/phien-ban`} target="_blank" rel="noopener">
              {t.conflict.link}
            </a>
          ) : null}
          {t.conflict.after}
        </p>
      ) : null}
      {article && article.status === 'draft' && article.rejectionReason ? (
        <div class="flash flash-error" role="note">
          <strong>{t.rejected}</strong> {t.rejectedReason} {article.rejectionReason}
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
        {props.editor ? t.save : t.saveDraft}
      </button>
      {!article || props.allowed.has('submit') ? (
        <button type="submit" name="action" value="submit" class="button">
          {t.submit}
        </button>
      ) : null}
      {props.editor && (!article || props.allowed.has('publish')) ? (
        <button type="submit" name="action" value="publish" class="button">
          {t.publish}
        </button>
      ) : null}
      <a href="/quan-tri/bai-viet">{t.backToList}</a>
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
        {t.readOnly(article.statusLabel)}
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
      <h1 class="block-title">{article ? t.editTitle(article.title) : t.newTitle}</h1>
      <ErrorSummary
        errors={props.errors}
        onPage={fieldsOnPage(props, canEdit)}
        title={props.errors?.reason ? newsroomPagesText.panel.notRejected : undefined}
      />
      <FormNotices article={article} presence={props.presence} conflict={props.conflict} />
      <div class="editor-layout">
        {canEdit ? <EditableArticle {...props} /> : <ReadOnlyArticle article={article!} />}
        {article ? (
          <WorkflowPanel
            csrfToken={props.csrfToken}
            article={article}
            allowed={props.allowed}
            reason={props.reason}
            reasonError={props.errors?.reason}
          />
        ) : null}
      </div>
    </section>
  );
}

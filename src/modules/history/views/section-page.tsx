// A chapter's or section's page: its text (the article editor while a draft), review steps,
// sources with their provenance and footnote marker, reviewers' comments, saved versions, and
// for an approved chapter, publishing it as an article.
import { raw } from 'hono/html';
import { formatDateTime } from '../../../platform/i18n/format.js';
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { describedBy, FieldError } from '../../../platform/views/field-error.js';
import { COMMENT_MAX, TITLE_MAX } from '../history.schema.js';
import { historyText } from '../history.vi.js';
import { Csrf, HISTORY_PATH, InternalNote, sectionPath } from './book-pages.js';
import { FIELD_IDS, type SectionPageProps } from './section-props.js';
import { SourcesPanel } from './sources-panel.js';

const t = historyText.sectionPage;

function TextForm(props: SectionPageProps) {
  const e = props.form === 'text' ? props.errors : {};
  const v = props.textValues ?? { title: props.section.title, bodyHtml: props.section.bodyHtml };
  return (
    <form method="post" action={sectionPath(props.section.id)} class="form form-wide" novalidate>
      <Csrf token={props.csrfToken} />
      <input type="hidden" name="version" value={String(props.section.version)} />
      <div>
        <label for="title">{t.title}</label>
        <input
          id="title"
          name="title"
          type="text"
          value={v.title}
          required
          maxlength={TITLE_MAX}
          aria-describedby={describedBy(e, 'title')}
        />
        <FieldError id="title" text={e.title} />
      </div>
      <div>
        <label for="bodyHtml" id="bodyHtml-label">
          {t.body}
        </label>
        <textarea
          id="bodyHtml"
          name="bodyHtml"
          rows={20}
          data-rich-editor=""
          data-upload-url="/quan-tri/thu-vien-anh/tai-len"
          aria-describedby={describedBy(e, 'bodyHtml', 'bodyHtml-hint')}
        >
          {v.bodyHtml}
        </textarea>
        <p class="hint" id="bodyHtml-hint">
          {t.bodyHint}
        </p>
        <FieldError id="bodyHtml" text={e.bodyHtml} />
      </div>
      <p>
        <button type="submit" class="button">
          {t.save}
        </button>
      </p>
    </form>
  );
}

function Preview(props: SectionPageProps) {
  return (
    <section class="history-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t.preview}</h2>
      {/* stored sanitised; the footnote numbers are made from digits only */}
      <div class="article-body">{raw(props.section.previewHtml)}</div>
      {props.cited.length > 0 ? (
        <ol class="history-footnotes">
          {props.cited.map((s, i) => (
            <li id={`nguon-${i + 1}`}>{historyText.sourceLine({ ...s, kind: s.kindLabel })}</li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function StepForm(props: { csrfToken: string; action: string; label: string; secondary?: boolean }) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <Csrf token={props.csrfToken} />
      <button type="submit" class={props.secondary ? 'button button-secondary' : 'button'}>
        {props.label}
      </button>
    </form>
  );
}

function Workflow(props: SectionPageProps) {
  const { section, manage, write, csrfToken } = props;
  const base = sectionPath(section.id);
  const e = props.form === 'return' ? props.errors : {};
  return (
    <div class="history-workflow">
      {write && section.status === 'draft' ? (
        <StepForm csrfToken={csrfToken} action={`${base}/gui-duyet`} label={t.submit} />
      ) : null}
      {manage && section.status === 'review' ? (
        <StepForm csrfToken={csrfToken} action={`${base}/duyet`} label={t.approve} />
      ) : null}
      {manage && section.status !== 'draft' ? (
        <form method="post" action={`${base}/tra-lai`} class="form" novalidate>
          <Csrf token={csrfToken} />
          <div>
            <label for="return-reason">{t.returnReason}</label>
            <textarea
              id="return-reason"
              name="reason"
              rows={3}
              maxlength={COMMENT_MAX}
              aria-describedby={describedBy(e, 'reason')}
            />
            <FieldError id="reason" text={e.reason} />
          </div>
          <p>
            <button type="submit" class="button button-secondary">
              {t.returnToDraft}
            </button>
          </p>
        </form>
      ) : null}
    </div>
  );
}

function PublishForm(props: SectionPageProps) {
  const e = props.form === 'publish' ? props.errors : {};
  return (
    <form method="post" action={`${sectionPath(props.section.id)}/dang-bai`} class="form history-panel" novalidate>
      <h2>{t.publish}</h2>
      <p class="hint" id="publish-hint">
        {t.publishHint}
      </p>
      <Csrf token={props.csrfToken} />
      <div>
        <label for="categoryId">{t.category}</label>
        <select id="categoryId" name="categoryId" aria-describedby={describedBy(e, 'categoryId', 'publish-hint')}>
          {props.categories.map((c) => (
            <option value={String(c.id)}>{c.name}</option>
          ))}
        </select>
        <FieldError id="categoryId" text={e.categoryId} />
      </div>
      <p>
        <button type="submit" class="button">
          {t.publish}
        </button>
      </p>
    </form>
  );
}

function Comments(props: SectionPageProps) {
  const e = props.form === 'comment' ? props.errors : {};
  return (
    <section class="history-panel" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t.comments}</h2>
      {props.comments.length === 0 ? <p>{t.noComments}</p> : null}
      <ul class="history-comments">
        {props.comments.map((c) => (
          <li>
            <p class="hint">{`${c.author ?? ''}, ${formatDateTime(c.created_at)}`}</p>
            <p class="history-comment">{c.body}</p>
          </li>
        ))}
      </ul>
      <form method="post" action={`${sectionPath(props.section.id)}/y-kien`} class="form" novalidate>
        <Csrf token={props.csrfToken} />
        <div>
          <label for="comment-body">{t.comment}</label>
          <textarea
            id="comment-body"
            name="body"
            rows={3}
            required
            maxlength={COMMENT_MAX}
            aria-describedby={describedBy(e, 'body')}
          />
          <FieldError id="body" text={e.body} />
        </div>
        <p>
          <button type="submit" class="button button-secondary">
            {t.addComment}
          </button>
        </p>
      </form>
    </section>
  );
}

function Revisions(props: SectionPageProps) {
  return (
    <section class="history-panel" aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">{t.revisions}</h2>
      {props.revisions.length === 0 ? <p>{t.noRevisions}</p> : null}
      <ul>
        {props.revisions.map((r) => (
          <li>
            <a href={`${sectionPath(props.section.id)}/phien-ban/${r.version}`}>
              {t.revisionLine(r.version, r.savedBy ?? '', formatDateTime(r.saved_at))}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SectionPage(props: SectionPageProps) {
  const { section } = props;
  const editable = props.write && section.status === 'draft';
  const isChapter = section.parentId === null;
  return (
    <section>
      <p>
        <a href={`${HISTORY_PATH}/${props.book.id}`}>{t.back(props.book.title)}</a>
      </p>
      <h1 class="block-title">{section.title}</h1>
      <InternalNote />
      <ErrorSummary errors={props.errors} fieldIds={props.form ? FIELD_IDS[props.form] : undefined} />
      <p>
        {`${t.status}: `}
        <span class={`badge history-status-${section.status}`}>{section.statusLabel}</span>
        {section.articleUrl ? (
          <>
            {' '}
            <a href={section.articleUrl}>{t.publishedAs}</a>
          </>
        ) : null}
      </p>
      <Workflow {...props} />
      {editable ? <TextForm {...props} /> : <Preview {...props} />}
      {!editable && props.write ? <p class="hint">{t.locked}</p> : null}
      <SourcesPanel {...props} />
      <Comments {...props} />
      <Revisions {...props} />
      {props.manage &&
      isChapter &&
      section.status === 'approved' &&
      !section.articleUrl &&
      props.categories.length > 0 ? (
        <PublishForm {...props} />
      ) : null}
      {props.manage && !section.articleUrl ? (
        <form method="post" action={`${sectionPath(section.id)}/xoa`} class="form">
          <Csrf token={props.csrfToken} />
          <p class="hint">{t.removeHint}</p>
          <button type="submit" class="button button-secondary">
            {t.remove}
          </button>
        </form>
      ) : null}
    </section>
  );
}

export function RevisionPage(props: {
  book: { id: number; title: string };
  section: { id: number; title: string };
  version: number;
  title: string;
  bodyHtml: string;
  savedBy: string;
  savedAt: string;
}) {
  return (
    <section>
      <p>
        <a href={sectionPath(props.section.id)}>{props.section.title}</a>
      </p>
      <h1 class="block-title">{t.revisionTitle(props.version, props.title)}</h1>
      <InternalNote />
      <p class="hint">{t.revisionLine(props.version, props.savedBy, formatDateTime(props.savedAt))}</p>
      {/* stored sanitised */}
      <div class="article-body">{raw(props.bodyHtml)}</div>
    </section>
  );
}

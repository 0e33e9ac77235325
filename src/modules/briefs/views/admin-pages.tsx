// The staff pages of the morning brief: the list with the feed setting, the form (rows changed by
// buttons, so it works without JavaScript), and the preview with the publish button.
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { FieldError } from '../../../platform/views/field-error.js';
import { formatDateTime } from '../../../platform/i18n/format.js';
import { Pagination } from '../../../platform/views/pagination.js';
import { TableFrame } from '../../../platform/views/table-frame.js';
import type { BriefForm, FormItem } from '../brief-form.js';
import type { Brief, BriefRevision } from '../brief-items.js';
import { briefsText } from '../briefs.vi.js';

const t = briefsText.staff;
export const BRIEFS_PATH = '/quan-tri/diem-tin';

type Errors = Record<string, string | undefined>;

const invalid = (e: Errors, id: string) =>
  e[id] ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${id}-loi` } : {};

export function BriefsListPage(props: {
  briefs: Brief[];
  page: number;
  pages: number;
  csrfToken: string;
  taskId: number | null;
  tasks: Array<{ id: number; title: string }>;
  errors?: Errors;
}) {
  const e = props.errors ?? {};
  return (
    <section>
      <h1 class="block-title" id="briefs-title">
        {t.listTitle}
      </h1>
      <p>
        <a class="button" href={`${BRIEFS_PATH}/moi`}>
          {t.newBrief}
        </a>
      </p>
      {props.briefs.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <TableFrame labelledBy="briefs-title">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t.columns.day}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.items}</th>
                <th scope="col">{t.columns.updated}</th>
                <th scope="col">{t.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {props.briefs.map((b) => (
                <tr>
                  <td>{briefsText.dmy(b.date)}</td>
                  <td>{t.status[b.status]}</td>
                  <td>{b.items.length}</td>
                  <td>{formatDateTime(b.updatedAt)}</td>
                  <td>
                    <a href={`${BRIEFS_PATH}/${b.id}`}>
                      {t.edit}
                      <span class="visually-hidden"> {briefsText.dmy(b.date)}</span>
                    </a>
                    {b.status === 'published' ? (
                      <>
                        {' · '}
                        <a href={b.url}>
                          {t.view}
                          <span class="visually-hidden"> {briefsText.dmy(b.date)}</span>
                        </a>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      <Pagination page={props.page} pages={props.pages} hrefFor={(n) => `${BRIEFS_PATH}?trang=${n}`} />
      <TaskSettingForm csrfToken={props.csrfToken} taskId={props.taskId} tasks={props.tasks} errors={e} />
    </section>
  );
}

function TaskSettingForm(props: {
  csrfToken: string;
  taskId: number | null;
  tasks: Array<{ id: number; title: string }>;
  errors: Errors;
}) {
  const e = props.errors;
  return (
    <form method="post" action={`${BRIEFS_PATH}/nhiem-vu`} class="form brief-settings">
      <ErrorSummary errors={e} />
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      <h2>{t.settingsHeading}</h2>
      <p class="hint" id="taskId-hint">
        {t.settingsHint}
      </p>
      <div>
        <label for="taskId">{t.settingsTask}</label>
        <select id="taskId" name="taskId" aria-describedby="taskId-hint">
          <option value="">{t.settingsNone}</option>
          {props.tasks.map((task) => (
            <option value={String(task.id)} selected={task.id === props.taskId}>
              {task.title}
            </option>
          ))}
        </select>
        <FieldError id="taskId" text={e.taskId} />
      </div>
      <div>
        <button type="submit" class="button">
          {t.settingsSave}
        </button>
      </div>
    </form>
  );
}

function ItemRow(props: { item: FormItem; n: number; count: number; errors: Errors }) {
  const { item, n, errors: e } = props;
  const id = (field: string) => `item-${n}-${field}`;
  const input = (field: 'title' | 'source' | 'url', label: string, type = 'text') => (
    <div>
      <label for={id(field)}>{label}</label>
      <input id={id(field)} name={id(field)} type={type} value={item[field]} {...invalid(e, id(field))} />
      <FieldError id={id(field)} text={e[id(field)]} />
    </div>
  );
  return (
    <fieldset class="brief-row">
      <legend>{t.itemLegend(n + 1)}</legend>
      <input type="hidden" name={id('kind')} value={item.kind} />
      {item.kind === 'article' ? (
        <div id={id('articleId')} tabindex={-1}>
          <input type="hidden" name={id('articleId')} value={item.articleId} />
          <input type="hidden" name={id('title')} value={item.title} />
          <p>
            <strong>{t.articleItem}:</strong> {item.title}
          </p>
          <FieldError id={id('articleId')} text={e[id('articleId')]} />
        </div>
      ) : (
        <>
          {input('title', t.itemTitle)}
          {input('source', t.itemSource)}
          {input('url', t.itemUrl, 'url')}
          <div>
            <label for={id('summary')}>{t.itemSummary}</label>
            <textarea id={id('summary')} name={id('summary')} rows={3} {...invalid(e, id('summary'))}>
              {item.summary}
            </textarea>
            <FieldError id={id('summary')} text={e[id('summary')]} />
          </div>
        </>
      )}
      <p class="brief-row-buttons">
        {n > 0 ? (
          <button
            type="submit"
            name="op"
            value={`up-${n}`}
            class="button button-secondary"
            aria-label={t.moveUp(n + 1)}
          >
            {t.up}
          </button>
        ) : null}
        {n < props.count - 1 ? (
          <button
            type="submit"
            name="op"
            value={`down-${n}`}
            class="button button-secondary"
            aria-label={t.moveDown(n + 1)}
          >
            {t.down}
          </button>
        ) : null}
        <button
          type="submit"
          name="op"
          value={`remove-${n}`}
          class="button button-secondary"
          aria-label={t.remove(n + 1)}
        >
          {t.removeShort}
        </button>
      </p>
    </fieldset>
  );
}

function ArticlePicker(props: { q: string; found?: Array<{ id: number; title: string; publishedAt: string }> }) {
  return (
    <fieldset class="brief-picker">
      <legend>{t.searchArticles}</legend>
      <div>
        <label for="q">{t.searchLabel}</label>
        <input id="q" name="q" type="search" value={props.q} maxlength={200} />
      </div>
      <button type="submit" name="op" value="search" class="button button-secondary">
        {t.searchButton}
      </button>
      {props.found ? (
        props.found.length === 0 ? (
          <p>{t.searchNone}</p>
        ) : (
          <ul class="brief-found">
            {props.found.map((a) => (
              <li>
                <button
                  type="submit"
                  name="op"
                  value={`pick-${a.id}`}
                  class="button button-secondary"
                  aria-label={t.pick(a.title)}
                >
                  {t.pickShort}
                </button>
                <span>
                  {a.title} <span class="meta">({formatDateTime(a.publishedAt)})</span>
                </span>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </fieldset>
  );
}

function TextFields(props: { form: BriefForm; errors: Errors; published: boolean }) {
  const { form, errors: e, published } = props;
  return (
    <>
      <div>
        <label for="date">{t.date}</label>
        <input
          id="date"
          name="date"
          type="date"
          value={form.date}
          readonly={published}
          aria-describedby={e.date ? 'date-hint date-loi' : 'date-hint'}
          aria-invalid={e.date ? 'true' : undefined}
        />
        <p class="hint" id="date-hint">
          {t.dateHint}
        </p>
        <FieldError id="date" text={e.date} />
      </div>
      <div>
        <label for="intro">{t.intro}</label>
        <textarea
          id="intro"
          name="intro"
          rows={4}
          aria-describedby={e.intro ? 'intro-hint intro-loi' : 'intro-hint'}
          aria-invalid={e.intro ? 'true' : undefined}
        >
          {form.intro}
        </textarea>
        <p class="hint" id="intro-hint">
          {t.introHint}
        </p>
        <FieldError id="intro" text={e.intro} />
      </div>
    </>
  );
}

export function BriefFormPage(props: {
  action: string;
  form: BriefForm;
  csrfToken: string;
  brief?: Brief;
  revisions?: BriefRevision[];
  found?: Array<{ id: number; title: string; publishedAt: string }>;
  errors?: Errors;
}) {
  const { form, brief } = props;
  const e = props.errors ?? {};
  const published = brief?.status === 'published';
  return (
    <section>
      <h1 class="block-title">{brief ? t.editTitle(brief.date) : t.newTitle}</h1>
      {published ? (
        <p class="notice">
          {t.readOnly} <a href={brief.url}>{t.publicLink}</a>
        </p>
      ) : brief ? (
        <p class="hint">{t.draftNote}</p>
      ) : null}
      <form method="post" action={props.action} class="form brief-form" novalidate>
        <ErrorSummary errors={e} fieldIds={{ items: 'q' }} />
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        {form.version ? <input type="hidden" name="version" value={form.version} /> : null}
        <input type="hidden" name="itemCount" value={String(form.items.length)} />
        <TextFields form={form} errors={e} published={published} />
        <h2>{t.itemsHeading}</h2>
        {form.items.length === 0 ? <p>{t.noItems}</p> : null}
        {form.items.map((item, n) => (
          <ItemRow item={item} n={n} count={form.items.length} errors={e} />
        ))}
        <FieldError id="items" text={e.items} />
        <p>
          <button type="submit" name="op" value="add-outside" class="button button-secondary">
            {t.addOutside}
          </button>
        </p>
        <ArticlePicker q={form.q} found={props.found} />
        {published ? (
          <div>
            <label for="reason">{t.reason}</label>
            <textarea
              id="reason"
              name="reason"
              rows={2}
              aria-describedby={e.reason ? 'reason-hint reason-loi' : 'reason-hint'}
              aria-invalid={e.reason ? 'true' : undefined}
            >
              {form.reason}
            </textarea>
            <p class="hint" id="reason-hint">
              {t.reasonHint}
            </p>
            <FieldError id="reason" text={e.reason} />
          </div>
        ) : null}
        <p class="brief-actions">
          <button type="submit" name="op" value="save" class="button">
            {published ? t.saveAmend : t.saveDraft}
          </button>{' '}
          {published ? null : (
            <>
              <button type="submit" name="op" value="preview" class="button button-secondary">
                {t.preview}
              </button>{' '}
              <button type="submit" name="op" value="publish" class="button button-secondary">
                {t.publish}
              </button>
            </>
          )}
        </p>
      </form>
      {props.revisions && props.revisions.length > 0 ? <Revisions revisions={props.revisions} /> : null}
    </section>
  );
}

function Revisions(props: { revisions: BriefRevision[] }) {
  return (
    <section aria-labelledby="brief-revisions">
      <h2 id="brief-revisions">{t.revisions}</h2>
      <ol class="brief-revisions">
        {props.revisions.map((r) => (
          <li>
            {t.revisionLine(r.version, formatDateTime(r.savedAt), r.savedBy)} ({t.status[r.status]})
            {r.reason ? <div>{t.reasonLine(r.reason)}</div> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

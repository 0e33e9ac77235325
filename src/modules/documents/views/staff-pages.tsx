// /quan-tri/van-ban: the register's list for staff, the document form (new and edit share it) and
// the delete block.
import { formatFileSize } from '../../../platform/files/file-size.js';
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { describedBy, FieldError } from '../../../platform/views/field-error.js';
import { Pagination } from '../../../platform/views/pagination.js';
import { TableFrame } from '../../../platform/views/table-frame.js';
import { DOCUMENT_FILE_FIELD } from '../document-files.js';
import {
  DOCUMENT_KINDS,
  type DocumentFormValues,
  formatIssuedOn,
  ISSUER_MAX,
  NUMBER_MAX,
  SUMMARY_MAX,
  TITLE_MAX,
} from '../documents.schema.js';
import type { RegisteredDocument } from '../documents.service.js';
import { documentKindLabels, documentsText } from '../documents.vi.js';

const t = documentsText.admin;
export const STAFF_PATH = '/quan-tri/van-ban';

export const emptyDocumentForm: DocumentFormValues = {
  number: '',
  kind: '',
  issuer: '',
  issuedOn: '',
  title: '',
  summary: '',
};

export const formValuesOf = (d: RegisteredDocument): DocumentFormValues => ({
  number: d.number,
  kind: d.kind,
  issuer: d.issuer,
  issuedOn: formatIssuedOn(d.issuedOn),
  title: d.title,
  summary: d.summary,
});

export function StaffDocumentList(props: { items: RegisteredDocument[]; page: number; pages: number }) {
  return (
    <section>
      <h1 class="block-title">{t.listTitle}</h1>
      <p>
        <a class="button" href={`${STAFF_PATH}/moi`}>
          {t.add}
        </a>
      </p>
      {props.items.length === 0 ? (
        <p class="notice">{t.empty}</p>
      ) : (
        <TableFrame labelledBy="doc-table-caption">
          <table class="data-table">
            <caption id="doc-table-caption">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.number}</th>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.issuer}</th>
                <th scope="col">{documentsText.public.issuedOn}</th>
                <th scope="col">{t.title}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {props.items.map((d) => (
                <tr>
                  <td>
                    <a href={`${STAFF_PATH}/${d.id}`}>{d.number}</a>
                  </td>
                  <td>{d.kindLabel}</td>
                  <td>{d.issuer}</td>
                  <td>{formatIssuedOn(d.issuedOn)}</td>
                  <td>{d.title}</td>
                  <td>
                    <a href={d.url}>{t.view}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      <Pagination
        page={props.page}
        pages={props.pages}
        hrefFor={(n) => (n > 1 ? `${STAFF_PATH}?trang=${n}` : STAFF_PATH)}
      />
    </section>
  );
}

type FieldProps = { values: DocumentFormValues; errors: Record<string, string> };

function TextField(props: FieldProps & { name: keyof DocumentFormValues; label: string; max: number; hint?: string }) {
  const { name, values: v, errors: e } = props;
  const hintId = props.hint ? `${name}-hint` : undefined;
  return (
    <div>
      <label for={name}>{props.label}</label>
      <input
        id={name}
        name={name}
        type="text"
        value={v[name]}
        required
        maxlength={props.max}
        aria-invalid={e[name] ? 'true' : undefined}
        aria-describedby={describedBy(e, name, hintId)}
      />
      {props.hint ? (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={name} text={e[name]} />
    </div>
  );
}

function KindField({ values: v, errors: e }: FieldProps) {
  return (
    <div>
      <label for="kind">{t.kind}</label>
      <select id="kind" name="kind" required aria-describedby={describedBy(e, 'kind')}>
        <option value="">{t.chooseKind}</option>
        {DOCUMENT_KINDS.map((k) => (
          <option value={k} selected={v.kind === k}>
            {documentKindLabels[k]}
          </option>
        ))}
      </select>
      <FieldError id="kind" text={e.kind} />
    </div>
  );
}

function FileField(props: { errors: Record<string, string>; current?: RegisteredDocument['file']; maxSize: string }) {
  const e = props.errors;
  return (
    <div>
      <label for="file">{t.file}</label>
      <input
        id="file"
        name={DOCUMENT_FILE_FIELD}
        type="file"
        accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        aria-describedby={describedBy(e, 'file', 'file-hint')}
      />
      <p class="hint" id="file-hint">
        {t.fileHint(props.maxSize)}
        {props.current
          ? ` ${t.replaceHint} ${t.currentFile(`${props.current.name}, ${formatFileSize(props.current.bytes)}`)}`
          : ''}
      </p>
      {props.current ? (
        <p>
          <input type="checkbox" id="removeFile" name="removeFile" value="1" />{' '}
          <label for="removeFile">{t.removeFile}</label>
        </p>
      ) : null}
      <FieldError id="file" text={e.file} />
    </div>
  );
}

export function DocumentForm(props: {
  csrfToken: string;
  heading: string;
  action: string;
  values: DocumentFormValues;
  errors?: Record<string, string>;
  maxSize: string;
  existing?: RegisteredDocument;
}) {
  const e = props.errors ?? {};
  const v = props.values;
  return (
    <section>
      <h1 class="block-title">{props.heading}</h1>
      <form method="post" action={props.action} class="form" enctype="multipart/form-data" novalidate>
        <ErrorSummary errors={e} onPage={['number', 'kind', 'issuer', 'issuedOn', 'title', 'summary', 'file']} />
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <TextField name="number" label={t.number} max={NUMBER_MAX} hint={t.numberHint} values={v} errors={e} />
        <KindField values={v} errors={e} />
        <TextField name="issuer" label={t.issuer} max={ISSUER_MAX} hint={t.issuerHint} values={v} errors={e} />
        <TextField name="issuedOn" label={t.issuedOn} max={10} values={v} errors={e} />
        <TextField name="title" label={t.title} max={TITLE_MAX} values={v} errors={e} />
        <div>
          <label for="summary">{t.summary}</label>
          <textarea
            id="summary"
            name="summary"
            rows={5}
            maxlength={SUMMARY_MAX}
            aria-describedby={describedBy(e, 'summary')}
          >
            {v.summary}
          </textarea>
          <FieldError id="summary" text={e.summary} />
        </div>
        <FileField errors={e} current={props.existing?.file} maxSize={props.maxSize} />
        <div>
          <button type="submit" class="button">
            {t.save}
          </button>{' '}
          <a href={STAFF_PATH}>{t.cancel}</a>
          {props.existing ? (
            <>
              {' · '}
              <a href={props.existing.url}>{t.view}</a>
            </>
          ) : null}
        </div>
      </form>
      {props.existing ? (
        <form method="post" action={`${STAFF_PATH}/${props.existing.id}/xoa`} class="form">
          <h2>{t.deleteHeading}</h2>
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <p class="hint">{t.deleteHint}</p>
          <div>
            <button type="submit" class="button button-secondary">
              {t.delete}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

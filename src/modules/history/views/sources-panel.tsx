// A section's sources: each with its provenance and the marker that cites it, and the form to add one.
import { describedBy, FieldError } from '../../../platform/views/field-error.js';
import { LINE_MAX, SOURCE_KINDS, type SourceFormValues } from '../history.schema.js';
import { historyText, sourceKindLabels } from '../history.vi.js';
import { Csrf, sectionPath } from './book-pages.js';
import type { SectionPageProps } from './section-props.js';

const t = historyText.sectionPage;
const emptySource: SourceFormValues = { kind: '', title: '', keptAt: '', reference: '', dated: '', givenBy: '' };

function SourceField(props: {
  name: keyof SourceFormValues;
  label: string;
  values: SourceFormValues;
  errors: Record<string, string>;
  hint?: string;
  max: number;
}) {
  const id = `source-${props.name}`;
  const hintId = props.hint ? `${id}-hint` : undefined;
  return (
    <div>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type="text"
        value={props.values[props.name]}
        maxlength={props.max}
        required={props.name === 'title'}
        aria-describedby={
          [hintId, props.errors[props.name] ? `${props.name}-loi` : undefined].filter(Boolean).join(' ') || undefined
        }
      />
      {props.hint ? (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={props.name} text={props.errors[props.name]} />
    </div>
  );
}

function AddSource(props: SectionPageProps) {
  const e = props.form === 'source' ? props.errors : {};
  const v = props.sourceValues ?? emptySource;
  return (
    <form method="post" action={`${sectionPath(props.section.id)}/nguon`} class="form" novalidate>
      <h3>{t.addSource}</h3>
      <Csrf token={props.csrfToken} />
      <div>
        <label for="source-kind">{t.kind}</label>
        <select id="source-kind" name="kind" required aria-describedby={describedBy(e, 'kind')}>
          {SOURCE_KINDS.map((k) => (
            <option value={k} selected={v.kind === k}>
              {sourceKindLabels[k]}
            </option>
          ))}
        </select>
        <FieldError id="kind" text={e.kind} />
      </div>
      <SourceField name="title" label={t.sourceTitle} values={v} errors={e} max={LINE_MAX} />
      <SourceField name="keptAt" label={t.keptAt} values={v} errors={e} max={LINE_MAX} />
      <SourceField name="reference" label={t.reference} values={v} errors={e} max={200} />
      <SourceField name="dated" label={t.dated} values={v} errors={e} max={60} hint={t.datedHint} />
      <SourceField name="givenBy" label={t.givenBy} values={v} errors={e} max={200} />
      <p>
        <button type="submit" class="button button-secondary">
          {t.addSource}
        </button>
      </p>
    </form>
  );
}

export function SourcesPanel(props: SectionPageProps) {
  return (
    <section class="history-panel" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t.sources}</h2>
      {props.sources.length === 0 ? <p>{t.noSources}</p> : null}
      <ul class="history-sources">
        {props.sources.map((s) => (
          <li>
            <p>{historyText.sourceLine({ ...s, kind: s.kindLabel })}</p>
            <p class="hint">
              <code>{t.sourceMarker(s.id)}</code>
            </p>
            {props.write ? (
              <form method="post" action={`${sectionPath(props.section.id)}/nguon/${s.id}/xoa`} class="inline-form">
                <Csrf token={props.csrfToken} />
                <button type="submit" class="button button-small button-secondary" aria-label={t.removeSource(s.title)}>
                  {t.removeSourceShort}
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {props.write ? <AddSource {...props} /> : null}
    </section>
  );
}

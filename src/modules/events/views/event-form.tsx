// The staff's event form. Values are kept as typed strings so a refused form comes back as sent.
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { describedBy, FieldError } from '../../../platform/views/field-error.js';
import { EVENT_KINDS } from '../events.tables.js';
import { eventsText, kindLabels } from '../events.vi.js';

const t = eventsText.form;

export interface EventFormValues {
  title: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  place: string;
  unitId: string;
  description: string;
  taskId: string;
  capacity: string;
  articleIds: string[];
  published: boolean;
}

export interface Choice {
  id: number;
  label: string;
}

function Field(props: {
  id: keyof EventFormValues;
  label: string;
  value: string;
  errors: Record<string, string>;
  type?: string;
  hint?: string;
  required?: boolean;
}) {
  const { id, errors } = props;
  return (
    <div>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        name={id}
        type={props.type ?? 'text'}
        value={props.value}
        required={props.required}
        aria-invalid={errors[id] ? 'true' : undefined}
        aria-describedby={describedBy(errors, id, props.hint ? `${id}-hint` : undefined)}
      />
      {props.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={id} text={errors[id]} />
    </div>
  );
}

function Select(props: {
  id: keyof EventFormValues;
  label: string;
  value: string;
  choices: Choice[];
  none?: string;
  errors: Record<string, string>;
}) {
  const { id, errors } = props;
  return (
    <div>
      <label for={id}>{props.label}</label>
      <select
        id={id}
        name={id}
        aria-invalid={errors[id] ? 'true' : undefined}
        aria-describedby={describedBy(errors, id)}
      >
        {props.none !== undefined ? <option value="">{props.none}</option> : null}
        {props.choices.map((c) => (
          <option value={String(c.id)} selected={props.value === String(c.id)}>
            {c.label}
          </option>
        ))}
      </select>
      <FieldError id={id} text={errors[id]} />
    </div>
  );
}

function ArticlesSelect(props: { chosen: string[]; articles: Choice[]; errors: Record<string, string> }) {
  const e = props.errors;
  return (
    <div>
      <label for="articleIds">{t.articles}</label>
      <select
        id="articleIds"
        name="articleIds"
        multiple
        size={6}
        aria-describedby={describedBy(e, 'articleIds', 'articleIds-hint')}
      >
        {props.articles.map((a) => (
          <option value={String(a.id)} selected={props.chosen.includes(String(a.id))}>
            {a.label}
          </option>
        ))}
      </select>
      <p class="hint" id="articleIds-hint">
        {t.articlesHint}
      </p>
      <FieldError id="articleIds" text={e.articleIds} />
    </div>
  );
}

export function EventForm(props: {
  csrfToken: string;
  action: string;
  heading: string;
  values: EventFormValues;
  units: Choice[];
  tasks: Choice[];
  articles: Choice[];
  errors?: Record<string, string>;
}) {
  const v = props.values;
  const e = props.errors ?? {};
  return (
    <section>
      <h1 class="block-title">{props.heading}</h1>
      <ErrorSummary errors={e} />
      <form method="post" action={props.action} class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <Field id="title" label={t.title} value={v.title} errors={e} required />
        <div>
          <label for="kind">{t.kind}</label>
          <select id="kind" name="kind" aria-describedby={describedBy(e, 'kind')}>
            {EVENT_KINDS.map((k) => (
              <option value={k} selected={v.kind === k}>
                {kindLabels[k]}
              </option>
            ))}
          </select>
          <FieldError id="kind" text={e.kind} />
        </div>
        <div class="form-row">
          <Field id="startsAt" label={t.startsAt} value={v.startsAt} errors={e} type="datetime-local" required />
          <Field id="endsAt" label={t.endsAt} value={v.endsAt} errors={e} type="datetime-local" required />
        </div>
        <Field id="place" label={t.place} value={v.place} errors={e} />
        <Select id="unitId" label={t.unit} value={v.unitId} choices={props.units} none={t.noUnit} errors={e} />
        <div>
          <label for="description">{t.description}</label>
          <textarea
            id="description"
            name="description"
            rows={8}
            aria-invalid={e.description ? 'true' : undefined}
            aria-describedby={describedBy(e, 'description', 'description-hint')}
          >
            {v.description}
          </textarea>
          <p class="hint" id="description-hint">
            {t.descriptionHint}
          </p>
          <FieldError id="description" text={e.description} />
        </div>
        <Select id="taskId" label={t.task} value={v.taskId} choices={props.tasks} none={t.noTask} errors={e} />
        <Field id="capacity" label={t.capacity} value={v.capacity} errors={e} type="number" hint={t.capacityHint} />
        <ArticlesSelect chosen={v.articleIds} articles={props.articles} errors={e} />
        <div class="checkbox">
          <input type="checkbox" id="published" name="published" value="1" checked={v.published} />
          <label for="published">{t.published}</label>
        </div>
        <div>
          <button type="submit" class="button">
            {t.save}
          </button>{' '}
          <a href="/quan-tri/su-kien">{t.cancel}</a>
        </div>
      </form>
    </section>
  );
}

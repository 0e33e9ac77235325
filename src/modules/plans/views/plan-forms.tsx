// Forms of the plan tracker: programme (Đề án), plan (Kế hoạch), task (Nhiệm vụ). Values are kept
// as typed strings so a refused form comes back exactly as it was sent.
import type { Choice } from './choices.js';
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { describedBy, FieldError } from '../../../platform/views/field-error.js';
import { planFormsText as text } from './plan-forms.vi.js';

function Text(props: {
  id: string;
  label: string;
  value: string;
  errors: Record<string, string>;
  type?: string;
  hint?: string;
  required?: boolean;
  list?: string;
}) {
  const described = describedBy(props.errors, props.id, props.hint ? `${props.id}-hint` : undefined);
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        required={props.required}
        list={props.list}
        aria-invalid={props.errors[props.id] ? 'true' : undefined}
        aria-describedby={described}
      />
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={props.id} text={props.errors[props.id]} />
    </div>
  );
}

export type ProgrammeFormValues = Record<'number' | 'title' | 'issuer' | 'issuedOn' | 'startYear' | 'endYear', string>;

export function ProgrammeForm(props: {
  csrfToken: string;
  action: string;
  heading: string;
  values: ProgrammeFormValues;
  errors?: Record<string, string>;
}) {
  const v = props.values;
  const e = props.errors ?? {};
  const t = text.programme;
  return (
    <section>
      <h1 class="block-title">{props.heading}</h1>
      <ErrorSummary errors={e} />
      <form method="post" action={props.action} class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <Text id="number" label={t.number} value={v.number} errors={e} hint={t.numberHint} required />
        <Text id="title" label={t.title} value={v.title} errors={e} required />
        <Text id="issuer" label={t.issuer} value={v.issuer} errors={e} hint={t.issuerHint} />
        <Text id="issuedOn" label={t.issuedOn} value={v.issuedOn} errors={e} type="date" />
        <div class="form-row">
          <Text id="startYear" label={t.startYear} value={v.startYear} errors={e} type="number" required />
          <Text id="endYear" label={t.endYear} value={v.endYear} errors={e} type="number" required />
        </div>
        <div>
          <button type="submit" class="button">
            {text.save}
          </button>{' '}
          <a href="/quan-tri/ke-hoach">{text.cancel}</a>
        </div>
      </form>
    </section>
  );
}

export type PlanFormValues = Record<'programmeId' | 'number' | 'title' | 'issuer' | 'issuedOn' | 'year', string>;

export function PlanForm(props: {
  csrfToken: string;
  action: string;
  heading: string;
  values: PlanFormValues;
  programmes: Choice[];
  errors?: Record<string, string>;
}) {
  const v = props.values;
  const e = props.errors ?? {};
  const t = text.plan;
  return (
    <section>
      <h1 class="block-title">{props.heading}</h1>
      <ErrorSummary errors={e} />
      <form method="post" action={props.action} class="form" enctype="multipart/form-data" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div>
          <label for="programmeId">{t.programme}</label>
          <select id="programmeId" name="programmeId">
            <option value="">{t.noProgramme}</option>
            {props.programmes.map((p) => (
              <option value={String(p.id)} selected={v.programmeId === String(p.id)}>
                {p.label}
              </option>
            ))}
          </select>
          <FieldError id="programmeId" text={e.programmeId} />
        </div>
        <Text id="number" label={t.number} value={v.number} errors={e} hint={t.numberHint} required />
        <Text id="title" label={t.title} value={v.title} errors={e} required />
        <Text id="issuer" label={t.issuer} value={v.issuer} errors={e} hint={t.issuerHint} />
        <div class="form-row">
          <Text id="issuedOn" label={t.issuedOn} value={v.issuedOn} errors={e} type="date" required />
          <Text id="year" label={t.year} value={v.year} errors={e} type="number" required />
        </div>
        <div>
          <label for="files">{t.files}</label>
          <input
            id="files"
            name="files"
            type="file"
            multiple
            accept=".pdf,.docx,.xlsx,application/pdf"
            aria-describedby={e.files ? 'files-hint files-loi' : 'files-hint'}
          />
          <p class="hint" id="files-hint">
            {t.filesHint}
          </p>
          {e.files ? (
            <p class="field-error" id="files-loi">
              {e.files}
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" class="button">
            {text.save}
          </button>{' '}
          <a href="/quan-tri/ke-hoach">{text.cancel}</a>
        </div>
      </form>
    </section>
  );
}

export interface TaskFormValues {
  title: string;
  description: string;
  groupName: string;
  leadUnitId: string;
  coordinatorIds: string[];
  parentId: string;
  recurrence: string;
  deadline: string;
  recurDay: string;
  recurMonth: string;
  recurFrom: string;
  recurTo: string;
  targetQuantity: string;
  targetUnit: string;
}

const taskText = text.task;

/** The lead unit and the coordinating units, chosen from the organisation tree. */
function UnitFields(props: { values: TaskFormValues; units: Choice[]; errors: Record<string, string> }) {
  const v = props.values;
  const e = props.errors;
  return (
    <div class="form-row">
      <div>
        <label for="leadUnitId">{taskText.leadUnit}</label>
        <select id="leadUnitId" name="leadUnitId" aria-describedby={e.leadUnitId ? 'leadUnitId-loi' : undefined}>
          <option value="">{taskText.chooseUnit}</option>
          {props.units.map((u) => (
            <option value={String(u.id)} selected={v.leadUnitId === String(u.id)}>
              {u.label}
            </option>
          ))}
        </select>
        <FieldError id="leadUnitId" text={e.leadUnitId} />
      </div>
      <div>
        <label for="coordinatorIds">{taskText.coordinators}</label>
        <select id="coordinatorIds" name="coordinatorIds" multiple size={6} aria-describedby="coordinatorIds-hint">
          {props.units.map((u) => (
            <option value={String(u.id)} selected={v.coordinatorIds.includes(String(u.id))}>
              {u.label}
            </option>
          ))}
        </select>
        <p class="hint" id="coordinatorIds-hint">
          {taskText.coordinatorsHint}
        </p>
        <FieldError id="coordinatorIds" text={e.coordinatorIds} />
      </div>
    </div>
  );
}

/** A deadline once, or a recurrence (daily, monthly, yearly) over a span. */
/** The summary's links for the fields whose first input is not named after them (a radio group). */
const TASK_FIELD_IDS = { recurrence: 'recurrence-once' };

function RecurrenceFields(props: { values: TaskFormValues; errors: Record<string, string> }) {
  const v = props.values;
  const e = props.errors;
  return (
    <fieldset>
      <legend>{taskText.deadlineLegend}</legend>
      {Object.entries(taskText.recurrence).map(([value, label]) => (
        <label class="checkbox">
          <input
            type="radio"
            id={`recurrence-${value}`}
            name="recurrence"
            value={value}
            checked={v.recurrence === value}
          />{' '}
          {label}
        </label>
      ))}
      <div class="form-row">
        <Text id="deadline" label={taskText.deadline} value={v.deadline} errors={e} type="date" />
        <Text id="recurDay" label={taskText.recurDay} value={v.recurDay} errors={e} type="number" />
      </div>
      <div class="form-row">
        <Text id="recurMonth" label={taskText.recurMonth} value={v.recurMonth} errors={e} type="number" />
        <div></div>
      </div>
      <div class="form-row">
        <Text
          id="recurFrom"
          label={taskText.recurFrom}
          value={v.recurFrom}
          errors={e}
          type="date"
          hint={taskText.recurFromHint}
        />
        <Text
          id="recurTo"
          label={taskText.recurTo}
          value={v.recurTo}
          errors={e}
          type="date"
          hint={taskText.recurToHint}
        />
      </div>
    </fieldset>
  );
}

function TargetFields(props: { values: TaskFormValues; errors: Record<string, string> }) {
  const { values: v, errors: e } = props;
  return (
    <div class="form-row">
      <Text
        id="targetQuantity"
        label={taskText.target}
        value={v.targetQuantity}
        errors={e}
        type="number"
        hint={taskText.targetHint}
      />
      <Text
        id="targetUnit"
        label={taskText.targetUnit}
        value={v.targetUnit}
        errors={e}
        hint={taskText.targetUnitHint}
      />
    </div>
  );
}

export function TaskForm(props: {
  csrfToken: string;
  action: string;
  heading: string;
  values: TaskFormValues;
  units: Choice[];
  parents: Choice[];
  errors?: Record<string, string>;
  cancelHref: string;
}) {
  const v = props.values;
  const e = props.errors ?? {};
  return (
    <section>
      <h1 class="block-title">{props.heading}</h1>
      <ErrorSummary errors={e} fieldIds={TASK_FIELD_IDS} />
      <form method="post" action={props.action} class="form form-wide" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <Text id="title" label={taskText.title} value={v.title} errors={e} required />
        <div>
          <label for="description">{taskText.description}</label>
          <textarea id="description" name="description" rows={3}>
            {v.description}
          </textarea>
        </div>
        <div class="form-row">
          <Text
            id="groupName"
            label={taskText.group}
            value={v.groupName}
            errors={e}
            list="nhom-nhiem-vu"
            hint={taskText.groupHint}
          />
          <datalist id="nhom-nhiem-vu">
            {taskText.groupSuggestions.map((g) => (
              <option value={g}></option>
            ))}
          </datalist>
          <div>
            <label for="parentId">{taskText.parent}</label>
            <select id="parentId" name="parentId">
              <option value="">{taskText.noParent}</option>
              {props.parents.map((p) => (
                <option value={String(p.id)} selected={v.parentId === String(p.id)}>
                  {p.label}
                </option>
              ))}
            </select>
            <FieldError id="parentId" text={e.parentId} />
          </div>
        </div>
        <UnitFields values={v} units={props.units} errors={e} />
        <RecurrenceFields values={v} errors={e} />
        <TargetFields values={v} errors={e} />
        <div>
          <button type="submit" class="button">
            {taskText.save}
          </button>{' '}
          <a href={props.cancelHref}>{text.cancel}</a>
        </div>
      </form>
    </section>
  );
}

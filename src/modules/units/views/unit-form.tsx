// The unit form (new and edit share it) and, on the edit page, the delete block.
import type { UnitNode } from '../unit-tree.js';
import { unitsText } from '../units.vi.js';
import { UNITS_PATH } from './units-pages.js';
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { describedBy, FieldError } from '../../../platform/views/field-error.js';

const t = unitsText;

export interface UnitFormValues {
  name: string;
  shortName: string;
  nameEn: string;
  parentId: string;
  foundedOn: string;
  address: string;
  phone: string;
  email: string;
  position: string;
}

export const emptyUnitForm: UnitFormValues = {
  name: '',
  shortName: '',
  nameEn: '',
  parentId: '',
  foundedOn: '',
  address: '',
  phone: '',
  email: '',
  position: '',
};

type FieldProps = { values: UnitFormValues; errors: Record<string, string> };

/** The input's aria-describedby: its hint, then its error when it has one. */
export function UnitForm(props: {
  csrfToken: string;
  title: string;
  action: string;
  values: UnitFormValues;
  /** Units it may be placed under (never itself or its subunits). */
  parents: UnitNode[];
  /** Offer "no parent": only for the root, or while there is no root yet. */
  allowTopLevel: boolean;
  errors?: Record<string, string>;
  deletable?: { id: number; children: number; members: number };
}) {
  const e = props.errors ?? {};
  const v = props.values;
  return (
    <section>
      <h1 class="block-title">{props.title}</h1>
      <form method="post" action={props.action} class="form" novalidate>
        {/* A refused delete's message lives in the delete block below the form. */}
        <ErrorSummary
          errors={e}
          fieldIds={{ delete: 'xoa-don-vi' }}
          title={e.delete ? () => t.deletion.notDeleted : undefined}
        />
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <UnitNameFields values={v} errors={e} />
        <ParentField values={v} errors={e} parents={props.parents} allowTopLevel={props.allowTopLevel} />
        <FoundedOnField values={v} errors={e} />
        <UnitContactFields values={v} errors={e} />
        <PositionField values={v} errors={e} />
        <div>
          <button type="submit" class="button">
            {t.form.save}
          </button>{' '}
          <a href={UNITS_PATH}>{t.form.cancel}</a>
        </div>
      </form>
      {props.deletable ? <DeleteUnit csrfToken={props.csrfToken} {...props.deletable} error={e.delete} /> : null}
    </section>
  );
}

function UnitNameFields(props: FieldProps) {
  const { values: v, errors: e } = props;
  return (
    <>
      <div>
        <label for="name">{t.form.name}</label>
        <input
          id="name"
          name="name"
          type="text"
          value={v.name}
          required
          maxlength={200}
          aria-describedby={describedBy(e, 'name')}
        />
        <FieldError id="name" text={e.name} />
      </div>
      <div>
        <label for="shortName">{t.form.shortName}</label>
        <input
          id="shortName"
          name="shortName"
          type="text"
          value={v.shortName}
          maxlength={60}
          aria-describedby={describedBy(e, 'shortName', 'shortName-hint')}
        />
        <p class="hint" id="shortName-hint">
          {t.form.shortNameHint}
        </p>
        <FieldError id="shortName" text={e.shortName} />
      </div>
      <div>
        <label for="nameEn">{t.form.nameEn}</label>
        {/* lang: a screen reader reads the English name in English, a spell checker checks it as English */}
        <input
          id="nameEn"
          name="nameEn"
          type="text"
          lang="en"
          value={v.nameEn}
          maxlength={200}
          aria-describedby={describedBy(e, 'nameEn', 'nameEn-hint')}
        />
        <p class="hint" id="nameEn-hint">
          {t.form.nameEnHint}
        </p>
        <FieldError id="nameEn" text={e.nameEn} />
      </div>
    </>
  );
}

function ParentField(props: FieldProps & { parents: UnitNode[]; allowTopLevel: boolean }) {
  const { values: v, errors: e } = props;
  return (
    <div>
      <label for="parentId">{t.form.parent}</label>
      <select id="parentId" name="parentId" aria-describedby={describedBy(e, 'parentId')}>
        {props.allowTopLevel ? (
          <option value="">{t.form.topLevel}</option>
        ) : (
          <option value="">{t.form.chooseParent}</option>
        )}
        {props.parents.map((p) => (
          <option value={String(p.id)} selected={v.parentId === String(p.id)}>
            {'\u00a0\u00a0\u00a0'.repeat(p.depth)}
            {p.name}
          </option>
        ))}
      </select>
      <FieldError id="parentId" text={e.parentId} />
    </div>
  );
}

function FoundedOnField(props: FieldProps) {
  const { values: v, errors: e } = props;
  return (
    <div>
      <label for="foundedOn">{t.form.foundedOn}</label>
      <input
        id="foundedOn"
        name="foundedOn"
        type="text"
        inputmode="numeric"
        placeholder="dd/mm/yyyy"
        value={v.foundedOn}
        aria-describedby={describedBy(e, 'foundedOn', 'foundedOn-hint')}
      />
      <p class="hint" id="foundedOn-hint">
        {t.form.foundedOnHint}
      </p>
      <FieldError id="foundedOn" text={e.foundedOn} />
    </div>
  );
}

function PositionField(props: FieldProps) {
  const { values: v, errors: e } = props;
  return (
    <div>
      <label for="position">{t.form.position}</label>
      <input
        id="position"
        name="position"
        type="text"
        inputmode="numeric"
        value={v.position}
        aria-describedby={describedBy(e, 'position', 'position-hint')}
      />
      <p class="hint" id="position-hint">
        {t.form.positionHint}
      </p>
      <FieldError id="position" text={e.position} />
    </div>
  );
}

/** Where the unit is and how to reach it: optional, shown in the organisation tree. */
function UnitContactFields(props: FieldProps) {
  const { values: v, errors: e } = props;
  return (
    <>
      <div>
        <label for="address">{t.form.address}</label>
        <input id="address" name="address" type="text" value={v.address} aria-describedby={describedBy(e, 'address')} />
        <FieldError id="address" text={e.address} />
      </div>
      <div>
        <label for="phone">{t.form.phone}</label>
        <input
          id="phone"
          name="phone"
          type="text"
          inputmode="tel"
          value={v.phone}
          aria-describedby={describedBy(e, 'phone')}
        />
        <FieldError id="phone" text={e.phone} />
      </div>
      <div>
        <label for="email">{t.form.email}</label>
        <input id="email" name="email" type="email" value={v.email} aria-describedby={describedBy(e, 'email')} />
        <FieldError id="email" text={e.email} />
      </div>
    </>
  );
}

function DeleteUnit(props: { csrfToken: string; id: number; children: number; members: number; error?: string }) {
  return (
    <>
      <h2 id="xoa-don-vi" tabindex={-1}>
        {t.deletion.title}
      </h2>
      {props.error ? (
        <p class="flash flash-error" role="alert">
          {props.error}
        </p>
      ) : null}
      {props.children > 0 || props.members > 0 ? (
        <p class="hint">
          {props.children > 0 ? `${t.deletion.hasChildren(props.children)} ` : ''}
          {props.members > 0 ? `${t.deletion.hasMembers(props.members)} ` : ''}
          {t.deletion.onlyUnused}
        </p>
      ) : (
        <form method="post" action={`${UNITS_PATH}/${props.id}/xoa`} class="form">
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <p class="hint">{t.deletion.onlyWithoutTasks}</p>
          <div>
            <button type="submit" class="button button-secondary">
              {t.deletion.submit}
            </button>
          </div>
        </form>
      )}
    </>
  );
}

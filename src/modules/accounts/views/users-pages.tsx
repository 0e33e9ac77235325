import type { Child } from 'hono/jsx';
import { formatDateTime } from '../../../platform/i18n/format.js';
import { ROLES, roleLabels, type Role } from '../roles.js';
import type { UserView } from '../accounts.service.js';
import { accountsText } from '../accounts.vi.js';
import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { FieldError } from '../../../platform/views/field-error.js';
import { TableFrame } from '../../../platform/views/table-frame.js';

const t = accountsText.users;

/** A unit a user may belong to, as the units module lists it (accounts does not import units). */
export interface UnitOption {
  id: number;
  label: string;
  /** Indentation in the tree (0 for the root). */
  depth?: number;
}

export function UsersList(props: { users: UserView[]; csrfToken: string; units: UnitOption[] }) {
  const unitName = new Map(props.units.map((u) => [u.id, u.label]));
  return (
    <section>
      <div class="actions">
        <h1 class="block-title">{t.list.title}</h1>
        <a class="button" href="/quan-tri/nguoi-dung/moi">
          {t.list.add}
        </a>
      </div>
      <TableFrame labelledBy="bang-nguoi-dung">
        <table class="data-table">
          <caption class="visually-hidden" id="bang-nguoi-dung">
            {t.list.caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.list.name}</th>
              <th scope="col">{t.list.email}</th>
              <th scope="col">{t.list.roles}</th>
              <th scope="col">{t.list.unit}</th>
              <th scope="col">{t.list.status}</th>
              <th scope="col">{t.list.lastLogin}</th>
            </tr>
          </thead>
          <tbody>
            {props.users.map((u) => (
              <tr>
                <td>
                  <a href={`/quan-tri/nguoi-dung/${u.id}`}>{u.name}</a>
                </td>
                <td>{u.email}</td>
                <td>{u.roles.map((r) => roleLabels[r]).join(', ')}</td>
                <td>{u.unitId === null ? '' : (unitName.get(u.unitId) ?? '')}</td>
                <td>
                  {u.disabled ? (
                    <span class="badge badge-off">{t.status.disabled}</span>
                  ) : (
                    <span class="badge">{t.status.active}</span>
                  )}
                </td>
                <td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t.list.neverLoggedIn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}

function RoleChoices(props: { selected: readonly Role[]; error?: string }) {
  return (
    <fieldset>
      <legend>{t.form.roles}</legend>
      {ROLES.map((role, index) => (
        <label class="checkbox">
          <input
            id={index === 0 ? 'roles' : undefined}
            type="checkbox"
            name="roles"
            value={role}
            checked={props.selected.includes(role)}
          />{' '}
          {roleLabels[role]}
        </label>
      ))}
      {props.error ? <p class="field-error">{props.error}</p> : null}
    </fieldset>
  );
}

function UnitChoice(props: { units: UnitOption[]; selected: string; error?: string }) {
  return (
    <div>
      <label for="unitId">{t.form.unit}</label>
      <select id="unitId" name="unitId" aria-describedby={props.error ? 'unitId-hint unitId-loi' : 'unitId-hint'}>
        <option value="">{t.form.noUnit}</option>
        {props.units.map((u) => (
          <option value={String(u.id)} selected={props.selected === String(u.id)}>
            {'\u00a0\u00a0\u00a0'.repeat(u.depth ?? 0)}
            {u.label}
          </option>
        ))}
      </select>
      <p class="hint" id="unitId-hint">
        {t.form.unitHint}
      </p>
      <FieldError id="unitId" text={props.error} />
    </div>
  );
}

export function NewUserForm(props: {
  csrfToken: string;
  units: UnitOption[];
  values?: { name?: string; email?: string; roles?: Role[]; unitId?: string };
  errors?: Record<string, string>;
}) {
  const v = props.values ?? {};
  const e = props.errors ?? {};
  return (
    <section>
      <h1 class="block-title">{t.newUser.title}</h1>
      <form method="post" action="/quan-tri/nguoi-dung" class="form" novalidate>
        <ErrorSummary errors={e} />
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div>
          <label for="name">{t.form.name}</label>
          <input
            id="name"
            name="name"
            type="text"
            value={v.name ?? ''}
            required
            aria-describedby={e.name ? 'name-loi' : undefined}
          />
          <FieldError id="name" text={e.name} />
        </div>
        <div>
          <label for="email">{t.newUser.email}</label>
          <input
            id="email"
            name="email"
            type="email"
            value={v.email ?? ''}
            required
            aria-describedby={e.email ? 'email-loi' : undefined}
          />
          <FieldError id="email" text={e.email} />
        </div>
        <div>
          <label for="password">{t.newUser.password}</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="new-password"
            required
            aria-describedby={e.password ? 'password-hint password-loi' : 'password-hint'}
            aria-invalid={e.password ? 'true' : undefined}
          />
          <p class="hint" id="password-hint">
            {t.newUser.passwordHint}
          </p>
          <FieldError id="password" text={e.password} />
        </div>
        <RoleChoices selected={v.roles ?? []} error={e.roles} />
        <UnitChoice units={props.units} selected={v.unitId ?? ''} error={e.unitId} />
        <div class="actions">
          <button type="submit" class="button">
            {t.newUser.submit}
          </button>
          <a href="/quan-tri/nguoi-dung">{t.newUser.cancel}</a>
        </div>
      </form>
    </section>
  );
}

export function EditUserPage(props: {
  user: UserView;
  csrfToken: string;
  isSelf: boolean;
  units: UnitOption[];
  errors?: Record<string, string>;
  /** Whether two-factor login is on, and its reset (views/two-factor-pages.tsx). */
  twoFactor?: Child;
}) {
  const { user } = props;
  const e = props.errors ?? {};
  return (
    <section>
      <h1 class="block-title">{user.name}</h1>
      <p>
        {user.email} ·{' '}
        {user.disabled ? (
          <span class="badge badge-off">{t.status.disabled}</span>
        ) : (
          <span class="badge">{t.status.active}</span>
        )}
      </p>
      <ErrorSummary errors={e} fieldIds={{ password: 'new-password' }} />
      <form method="post" action={`/quan-tri/nguoi-dung/${user.id}`} class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div>
          <label for="name">{t.form.name}</label>
          <input id="name" name="name" type="text" value={user.name} required />
          <FieldError id="name" text={e.name} />
        </div>
        <RoleChoices selected={user.roles} error={e.roles} />
        <UnitChoice units={props.units} selected={user.unitId === null ? '' : String(user.unitId)} error={e.unitId} />
        <div>
          <button type="submit" class="button">
            {t.editUser.save}
          </button>
        </div>
      </form>
      <h2>{t.editUser.resetPassword}</h2>
      <form method="post" action={`/quan-tri/nguoi-dung/${user.id}/mat-khau`} class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div>
          <label for="new-password">{t.editUser.newPassword}</label>
          <input
            id="new-password"
            name="password"
            type="password"
            autocomplete="new-password"
            required
            aria-describedby={e.password ? 'new-password-hint new-password-loi' : 'new-password-hint'}
            aria-invalid={e.password ? 'true' : undefined}
          />
          <p class="hint" id="new-password-hint">
            {t.editUser.resetHint}
          </p>
          <FieldError id="new-password" text={e.password} />
        </div>
        <div>
          <button type="submit" class="button button-secondary">
            {t.editUser.resetPassword}
          </button>
        </div>
      </form>
      {props.twoFactor}
      {props.isSelf ? null : <LockForm user={user} csrfToken={props.csrfToken} />}
    </section>
  );
}

/** Locking or unlocking someone else's account. */
function LockForm({ user, csrfToken }: { user: UserView; csrfToken: string }) {
  return (
    <>
      <h2>{user.disabled ? t.editUser.unlockTitle : t.editUser.lockTitle}</h2>
      <form method="post" action={`/quan-tri/nguoi-dung/${user.id}/khoa`} class="form">
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="disabled" value={user.disabled ? '0' : '1'} />
        {user.disabled ? null : <p class="hint">{t.editUser.lockHint}</p>}
        <div>
          <button type="submit" class="button button-secondary">
            {user.disabled ? t.editUser.unlock : t.editUser.lock}
          </button>
        </div>
      </form>
    </>
  );
}

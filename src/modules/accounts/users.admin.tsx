// /quan-tri/nguoi-dung: the admin's pages for users: the list and a new user, a user's name, roles
// and unit, a new password, locking. Every route needs users.manage; every change is audited.
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { BadRequestError, NotFoundError } from '../../platform/http/errors.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { parseId } from '../../platform/http/query.js';
import { newUserSchema, userEditSchema } from './accounts.schema.js';
import { DuplicateEmailError, PasswordPolicyError, type AccountsService, type UserView } from './accounts.service.js';
import { accountsText } from './accounts.vi.js';
import type { AuditLog } from './audit.js';
import type { StaffFrame } from './staff-frame.js';
import { recordStaffAction } from './staff-audit.js';
import type { StaffEnv, StaffGuard } from './staff-guard.js';
import type { TwoFactor } from './two-factor.js';
import { UserTwoFactorBlock } from './views/two-factor-pages.js';
import { EditUserPage, NewUserForm, UsersList, type UnitOption } from './views/users-pages.js';

export interface UserPagesDeps {
  accounts: AccountsService;
  audit: AuditLog;
  guard: StaffGuard;
  frame: StaffFrame;
  listUnits: () => Promise<UnitOption[]>;
  twoFactor: Pick<TwoFactor, 'status'>;
}

type Form = Record<string, unknown>;
type Errors = Record<string, string>;

/** The roles a form sent: one checkbox each, so one value or several. */
const rolesOf = (form: Form) => ([] as unknown[]).concat(form.roles ?? []);

/**
 * The form's "Đơn vị": one of the listed units or none, and never none for a unit reporter (what
 * they see in the plan tracker is their unit's work).
 */
async function readUnit(
  form: Form,
  roles: unknown[],
  listUnits: () => Promise<UnitOption[]>,
): Promise<{ unitId: number | null; error?: string }> {
  const raw = typeof form.unitId === 'string' ? form.unitId.trim() : '';
  if (raw === '')
    return roles.includes('unit_reporter')
      ? { unitId: null, error: accountsText.fields.unitRequired }
      : { unitId: null };
  const id = parseId(raw);
  if (id === undefined || !(await listUnits()).some((u) => u.id === id))
    return { unitId: null, error: accountsText.fields.unitUnknown };
  return { unitId: id };
}

/** The schema's field errors and the unit's, or undefined when there are none. */
function formErrors(parsed: z.ZodSafeParseResult<unknown>, unit: { error?: string }): Errors | undefined {
  if (parsed.success && !unit.error) return undefined;
  return {
    ...(parsed.success ? {} : fieldErrors(parsed.error)),
    ...(unit.error ? { unitId: unit.error } : {}),
  };
}

async function findUserOr404(c: Context, accounts: AccountsService) {
  const id = Number(c.req.param('id'));
  const user = Number.isInteger(id) && id > 0 ? await accounts.findUser(id) : undefined;
  if (!user) throw new NotFoundError();
  return user;
}

export function mountUserPages(app: Hono<StaffEnv>, deps: UserPagesDeps) {
  mountUserList(app, deps);
  mountUserEditing(app, deps);
  mountUserAccess(app, deps);
}

/** The list, the new user form, and the new user. */
function mountUserList(app: Hono<StaffEnv>, deps: UserPagesDeps) {
  const { guard, accounts, frame } = deps;
  const t = accountsText.users;

  app.get('/quan-tri/nguoi-dung', guard.require('users.manage'), async (c) =>
    frame.respond(
      c,
      t.list.title,
      <UsersList
        users={await accounts.listUsers()}
        csrfToken={c.get('staff')!.csrfToken}
        units={await deps.listUnits()}
      />,
    ),
  );

  app.get('/quan-tri/nguoi-dung/moi', guard.require('users.manage'), async (c) =>
    frame.respond(
      c,
      t.newUser.title,
      <NewUserForm csrfToken={c.get('staff')!.csrfToken} units={await deps.listUnits()} />,
    ),
  );

  app.post('/quan-tri/nguoi-dung', guard.require('users.manage'), async (c) => {
    const form = await c.req.parseBody({ all: true });
    const roles = rolesOf(form);
    const password = typeof form.password === 'string' ? form.password : '';
    const parsed = newUserSchema.safeParse({ name: form.name, email: form.email, roles, password });
    const unit = await readUnit(form, roles, deps.listUnits);
    const units = await deps.listUnits();
    const refuse = (errors: Errors) => {
      const values = {
        name: String(form.name ?? ''),
        email: String(form.email ?? ''),
        roles: roles.filter((r): r is never => typeof r === 'string'),
        unitId: typeof form.unitId === 'string' ? form.unitId : '',
      };
      const page = <NewUserForm csrfToken={c.get('staff')!.csrfToken} units={units} values={values} errors={errors} />;
      return frame.respond(c, t.newUser.title, page, { status: 400 });
    };
    const errors = formErrors(parsed, unit);
    if (errors || !parsed.success) return refuse(errors ?? {});
    try {
      const id = await accounts.createUser({ ...parsed.data, unitId: unit.unitId });
      const detail = parsed.data.roles.join(', ');
      await recordStaffAction(c, deps.audit, { action: 'user.created', target: parsed.data.email, detail });
      return c.redirect(`/quan-tri/nguoi-dung/${id}?tb=da-tao`, 303);
    } catch (error) {
      if (error instanceof DuplicateEmailError) return refuse({ email: error.message });
      throw error;
    }
  });
}

/** A user's page, with the form's errors when it is shown again. */
async function userPage(c: Context<StaffEnv>, deps: UserPagesDeps, user: UserView, errors?: Errors) {
  const staff = c.get('staff')!;
  const page = (
    <EditUserPage
      user={user}
      csrfToken={staff.csrfToken}
      isSelf={user.id === staff.user.id}
      units={await deps.listUnits()}
      errors={errors}
      twoFactor={
        <UserTwoFactorBlock
          userId={user.id}
          enabledAt={(await deps.twoFactor.status(user.id)).enabledAt}
          csrfToken={staff.csrfToken}
        />
      }
    />
  );
  return deps.frame.respond(c, user.name, page, errors ? { status: 400 } : {});
}

/** A user's page and its form: name, roles, unit. */
function mountUserEditing(app: Hono<StaffEnv>, deps: UserPagesDeps) {
  const { guard, accounts } = deps;

  app.get('/quan-tri/nguoi-dung/:id', guard.require('users.manage'), async (c) =>
    userPage(c, deps, await findUserOr404(c, accounts)),
  );

  app.post('/quan-tri/nguoi-dung/:id', guard.require('users.manage'), async (c) => {
    const staff = c.get('staff')!;
    const user = await findUserOr404(c, accounts);
    const form = await c.req.parseBody({ all: true });
    const roles = rolesOf(form);
    const parsed = userEditSchema.safeParse({ name: form.name, roles });
    const unit = await readUnit(form, roles, deps.listUnits);
    const errors = formErrors(parsed, unit);
    if (errors || !parsed.success) return userPage(c, deps, user, errors ?? {});
    // An admin cannot take away their own admin role: the site must keep someone who can manage it.
    if (user.id === staff.user.id && !parsed.data.roles.includes('admin'))
      return userPage(c, deps, user, { roles: accountsText.fields.ownAdminRole });
    await accounts.updateUser(user.id, { ...parsed.data, unitId: unit.unitId });
    await auditUserChanges(c, deps, user, { ...parsed.data, unitId: unit.unitId });
    return c.redirect(`/quan-tri/nguoi-dung/${user.id}?tb=da-luu`, 303);
  });
}

/** One audit row per kind of change: roles, name, unit. */
async function auditUserChanges(
  c: Context<StaffEnv>,
  deps: UserPagesDeps,
  user: UserView,
  changed: { name: string; roles: readonly string[]; unitId: number | null },
) {
  const record = (action: 'user.roles_changed' | 'user.updated', detail: string) =>
    recordStaffAction(c, deps.audit, { action, target: user.email, detail });
  const before = [...user.roles].sort().join(', ');
  const after = [...changed.roles].sort().join(', ');
  if (before !== after) await record('user.roles_changed', `${before} → ${after}`);
  if (user.name !== changed.name) await record('user.updated', accountsText.auditDetail.name);
  if (user.unitId !== changed.unitId) {
    const units = await deps.listUnits();
    const label = (id: number | null) =>
      id === null
        ? accountsText.auditDetail.noUnit
        : (units.find((u) => u.id === id)?.label ?? accountsText.auditDetail.unknownUnit(id));
    await record('user.updated', accountsText.auditDetail.unitChanged(label(user.unitId), label(changed.unitId)));
  }
}

/** A new password, and locking or unlocking the account. */
function mountUserAccess(app: Hono<StaffEnv>, deps: UserPagesDeps) {
  const { guard, accounts, audit } = deps;

  app.post('/quan-tri/nguoi-dung/:id/mat-khau', guard.require('users.manage'), async (c) => {
    const staff = c.get('staff')!;
    const user = await findUserOr404(c, accounts);
    const form = await c.req.parseBody();
    try {
      await accounts.resetPassword(user.id, typeof form.password === 'string' ? form.password : '');
    } catch (error) {
      if (!(error instanceof PasswordPolicyError)) throw error;
      return userPage(c, deps, user, { password: error.message });
    }
    await recordStaffAction(c, audit, { action: 'user.password_reset', target: user.email });
    if (user.id === staff.user.id) guard.endSession(c);
    return c.redirect(
      user.id === staff.user.id ? '/dang-nhap' : `/quan-tri/nguoi-dung/${user.id}?tb=da-doi-mat-khau`,
      303,
    );
  });

  app.post('/quan-tri/nguoi-dung/:id/khoa', guard.require('users.manage'), async (c) => {
    const staff = c.get('staff')!;
    const user = await findUserOr404(c, accounts);
    if (user.id === staff.user.id)
      throw new BadRequestError('BAD_REQUEST', { disabled: accountsText.fields.ownAccountLock });
    const disable = (await c.req.parseBody()).disabled === '1';
    await accounts.setDisabled(user.id, disable);
    await recordStaffAction(c, audit, { action: disable ? 'user.disabled' : 'user.enabled', target: user.email });
    return c.redirect(`/quan-tri/nguoi-dung/${user.id}?tb=${disable ? 'da-khoa' : 'da-mo-khoa'}`, 303);
  });
}

// The staff pages of two-factor login. /quan-tri/tai-khoan/xac-thuc-hai-yeu-to: every signed-in
// user turns it on (the QR code and the secret, confirmed by one code; the ten recovery codes shown
// once) or off. /quan-tri/xac-thuc-hai-yeu-to: the admin chooses the roles that must use it.
// POST /quan-tri/nguoi-dung/:id/xac-thuc-hai-yeu-to/dat-lai: the admin's reset, for a lost phone.
// Every route names its permission; every change is audited.
import type { Context, Hono } from 'hono';
import { NotFoundError } from '../../platform/http/errors.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import type { AccountsService } from './accounts.service.js';
import type { AuditLog } from './audit.js';
import type { SessionStore } from './sessions.js';
import type { StaffFrame } from './staff-frame.js';
import { recordStaffAction } from './staff-audit.js';
import { TWO_FACTOR_ENROL_PATH, type StaffEnv, type StaffGuard } from './staff-guard.js';
import type { CodeCheck, TwoFactor } from './two-factor.js';
import { codeFormSchema, requiredRolesSchema } from './two-factor.schema.js';
import { twoFactorText as t } from './two-factor.vi.js';
import { OwnTwoFactorPage, RecoveryCodesPage, TwoFactorPolicyPage } from './views/two-factor-pages.js';

const POLICY_PATH = '/quan-tri/xac-thuc-hai-yeu-to';

export interface TwoFactorPagesDeps {
  twoFactor: TwoFactor;
  accounts: AccountsService;
  sessions: SessionStore;
  audit: AuditLog;
  guard: StaffGuard;
  frame: StaffFrame;
}

export function mountTwoFactorPages(app: Hono<StaffEnv>, deps: TwoFactorPagesDeps) {
  deps.frame.addSection({ href: TWO_FACTOR_ENROL_PATH, ...t.own.section, permission: 'staff.enter', order: 91 });
  deps.frame.addSection({ href: POLICY_PATH, ...t.policy.section, permission: 'settings.manage', order: 81 });
  deps.frame.addFlashes({
    'da-tat-2fa': { kind: 'ok', text: t.flashes.turnedOff },
    'da-luu-2fa': { kind: 'ok', text: t.policy.saved },
    'da-dat-lai-2fa': { kind: 'ok', text: t.admin.resetDone },
  });
  mountOwnPage(app, deps);
  mountRenewRecoveryCodes(app, deps);
  mountPolicy(app, deps);
  mountReset(app, deps);
}

/** Whether a role of this person requires it (a demo account never). */
async function isRequired(c: Context<StaffEnv>, twoFactor: TwoFactor): Promise<boolean> {
  const { user } = c.get('staff')!;
  if (twoFactor.isExempt(user.email)) return false;
  const required = await twoFactor.requiredRoles();
  return user.roles.some((role) => required.includes(role));
}

/** The person's own page: what to scan while it is off, its state while it is on. */
async function ownPage(
  c: Context<StaffEnv>,
  deps: TwoFactorPagesDeps,
  errors?: Record<string, string>,
  refusedWith: 400 | 503 = 400,
) {
  const staff = c.get('staff')!;
  const status = await deps.twoFactor.status(staff.user.id);
  const enrolment = status.enabled ? undefined : await deps.twoFactor.enrolment(staff.user);
  const page = (
    <OwnTwoFactorPage
      csrfToken={staff.csrfToken}
      enrolment={enrolment ? { ...enrolment, email: staff.user.email } : undefined}
      enabled={
        status.enabledAt ? { enabledAt: status.enabledAt, unusedRecoveryCodes: status.unusedRecoveryCodes } : undefined
      }
      required={await isRequired(c, deps.twoFactor)}
      exempt={deps.twoFactor.isExempt(staff.user.email)}
      errors={errors}
    />
  );
  return deps.frame.respond(c, t.own.title, page, errors ? { status: refusedWith } : {});
}

function mountOwnPage(app: Hono<StaffEnv>, deps: TwoFactorPagesDeps) {
  const { guard, twoFactor } = deps;
  app.get(TWO_FACTOR_ENROL_PATH, guard.require('staff.enter'), (c) => ownPage(c, deps));

  app.post(`${TWO_FACTOR_ENROL_PATH}/bat`, guard.require('staff.enter'), async (c) => {
    const staff = c.get('staff')!;
    const parsed = codeFormSchema.safeParse({ code: (await c.req.parseBody()).code });
    if (!parsed.success) return ownPage(c, deps, fieldErrors(parsed.error));
    const codes = await twoFactor.confirm(staff.user, parsed.data.code);
    if (!codes) return ownPage(c, deps, { code: t.fields.codeWrong });
    await recordStaffAction(c, deps.audit, { action: 'user.two_factor_enabled', target: staff.user.email });
    // The codes are in this answer only: never in a URL, a redirect or a later page.
    return deps.frame.respond(c, t.recovery.title, <RecoveryCodesPage codes={codes} />);
  });

  app.post(`${TWO_FACTOR_ENROL_PATH}/tat`, guard.require('staff.enter'), async (c) => {
    const staff = c.get('staff')!;
    const parsed = codeFormSchema.safeParse({ code: (await c.req.parseBody()).code });
    if (!parsed.success) return ownPage(c, deps, fieldErrors(parsed.error));
    if (await isRequired(c, twoFactor)) return ownPage(c, deps, { code: t.own.offRequired });
    const checked = await twoFactor.check(staff.user, parsed.data.code);
    if (checked !== 'ok') return ownPage(c, deps, { code: refusal(checked) }, checked === 'key_missing' ? 503 : 400);
    await twoFactor.reset(staff.user.id);
    await recordStaffAction(c, deps.audit, { action: 'user.two_factor_disabled', target: staff.user.email });
    return c.redirect(`${TWO_FACTOR_ENROL_PATH}?tb=da-tat-2fa`, 303);
  });
}

/** Ten new recovery codes for the signed-in person, asked with a code; shown once, in this answer. */
function mountRenewRecoveryCodes(app: Hono<StaffEnv>, deps: TwoFactorPagesDeps) {
  app.post(`${TWO_FACTOR_ENROL_PATH}/ma-du-phong`, deps.guard.require('staff.enter'), async (c) => {
    const staff = c.get('staff')!;
    const parsed = codeFormSchema.safeParse({ code: (await c.req.parseBody()).renewCode });
    if (!parsed.success)
      return ownPage(c, deps, { renewCode: fieldErrors(parsed.error).code ?? t.fields.codeRequired });
    const renewed = await deps.twoFactor.renewRecoveryCodes(staff.user, parsed.data.code);
    if (!Array.isArray(renewed))
      return ownPage(c, deps, { renewCode: refusal(renewed) }, renewed === 'key_missing' ? 503 : 400);
    await recordStaffAction(c, deps.audit, { action: 'user.two_factor_recovery_renewed', target: staff.user.email });
    return deps.frame.respond(c, t.recovery.renewedTitle, <RecoveryCodesPage codes={renewed} renewed />);
  });
}

/** What the person reads when their code was not taken. */
const refusal = (checked: Exclude<CodeCheck, 'ok'>) =>
  checked === 'key_missing' ? t.fields.keyMissing : t.fields.codeWrong;

function mountPolicy(app: Hono<StaffEnv>, deps: TwoFactorPagesDeps) {
  const { guard, twoFactor, frame } = deps;
  app.get(POLICY_PATH, guard.require('settings.manage'), async (c) =>
    frame.respond(
      c,
      t.policy.title,
      <TwoFactorPolicyPage required={await twoFactor.requiredRoles()} csrfToken={c.get('staff')!.csrfToken} />,
    ),
  );

  app.post(POLICY_PATH, guard.require('settings.manage'), async (c) => {
    const staff = c.get('staff')!;
    const form = await c.req.parseBody({ all: true });
    const parsed = requiredRolesSchema.safeParse({ roles: ([] as unknown[]).concat(form.roles ?? []) });
    const before = await twoFactor.requiredRoles();
    if (!parsed.success) {
      const page = <TwoFactorPolicyPage required={before} csrfToken={staff.csrfToken} error={t.fields.roleInvalid} />;
      return frame.respond(c, t.policy.title, page, { status: 400 });
    }
    const after = [...new Set(parsed.data.roles)].sort();
    await twoFactor.setRequiredRoles(after);
    const detail = t.auditDetail.rolesChanged(before.join(', '), after.join(', '));
    await recordStaffAction(c, deps.audit, { action: 'two_factor.roles_changed', detail });
    return c.redirect(`${POLICY_PATH}?tb=da-luu-2fa`, 303);
  });
}

/** The admin's reset: the second factor and its recovery codes go, and the user's sessions end. */
function mountReset(app: Hono<StaffEnv>, deps: TwoFactorPagesDeps) {
  const { guard, twoFactor, accounts } = deps;
  app.post('/quan-tri/nguoi-dung/:id/xac-thuc-hai-yeu-to/dat-lai', guard.require('users.manage'), async (c) => {
    const staff = c.get('staff')!;
    const id = Number(c.req.param('id'));
    const user = Number.isInteger(id) && id > 0 ? await accounts.findUser(id) : undefined;
    if (!user) throw new NotFoundError();
    await twoFactor.reset(user.id);
    await deps.sessions.endAllFor(user.id);
    await recordStaffAction(c, deps.audit, { action: 'user.two_factor_reset', target: user.email });
    if (user.id !== staff.user.id) return c.redirect(`/quan-tri/nguoi-dung/${user.id}?tb=da-dat-lai-2fa`, 303);
    guard.endSession(c);
    return c.redirect('/dang-nhap', 303);
  });
}

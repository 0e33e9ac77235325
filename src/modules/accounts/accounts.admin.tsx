// /quan-tri: the staff dashboard and the admin's pages for users, sessions and the audit log.
// Every route names its permission; every change is audited with the request id.
import type { Context, Hono } from 'hono';
import { BadRequestError, NotFoundError } from '../../platform/http/errors.js';
import { parseId, readPageNumber, readQueryParam } from '../../platform/http/query.js';
import { pageCount } from '../../platform/views/pagination.js';
import type { Child } from 'hono/jsx';
import type { Db } from '../../database.js';
import { countAudit, listAudit } from './accounts.queries.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { userEditSchema, userFormSchema } from './accounts.schema.js';
import { DuplicateEmailError, PasswordPolicyError, type AccountsService } from './accounts.service.js';
import type { AuditLog } from './audit.js';
import type { StaffFrame, StaffSection } from './staff-frame.js';
import type { SessionStore } from './sessions.js';
import { requestIdOf, type StaffEnv, type StaffGuard } from './staff-guard.js';
import { AuditPage, auditLabels, Dashboard, SessionsPage } from './views/staff-pages.js';
import { EditUserPage, NewUserForm, UsersList, type UnitOption } from './views/users-pages.js';
import { accountsText } from './accounts.vi.js';

const flashes = accountsText.flashes;

const AUDIT_PAGE_SIZE = 50;

const SECTIONS: StaffSection[] = [
  { href: '/quan-tri/nguoi-dung', ...accountsText.sections.users, permission: 'users.manage' },
  { href: '/quan-tri/phien-dang-nhap', ...accountsText.sections.sessions, permission: 'sessions.manage' },
  { href: '/quan-tri/nhat-ky', ...accountsText.sections.audit, permission: 'audit.read' },
];

export function mountStaffPages(
  app: Hono<StaffEnv>,
  deps: {
    db: Db;
    accounts: AccountsService;
    sessions: SessionStore;
    audit: AuditLog;
    guard: StaffGuard;
    frame: StaffFrame;
    listUnits: () => Promise<UnitOption[]>;
  },
) {
  const { guard, accounts, audit, frame } = deps;
  for (const section of SECTIONS) frame.addSection(section);
  frame.addFlashes({
    'da-tao': { kind: 'ok', text: flashes.userCreated },
    'da-luu': { kind: 'ok', text: flashes.userSaved },
    'da-doi-mat-khau': { kind: 'ok', text: flashes.passwordReset },
    'da-khoa': { kind: 'ok', text: flashes.userDisabled },
    'da-mo-khoa': { kind: 'ok', text: flashes.userEnabled },
    'da-ket-thuc': { kind: 'ok', text: flashes.sessionEnded },
  });
  const page = (c: Context<StaffEnv>, title: string, children: Child, options?: { status?: 200 | 400 }) =>
    frame.respond(c, title, children, options);

  /**
   * The form's "Đơn vị": one of the listed units or none, and never none for a unit reporter (what
   * they see in the plan tracker is their unit's work).
   */
  async function readUnit(
    form: Record<string, unknown>,
    roles: unknown[],
  ): Promise<{ unitId: number | null; error?: string }> {
    const raw = typeof form.unitId === 'string' ? form.unitId.trim() : '';
    if (raw === '')
      return roles.includes('unit_reporter')
        ? { unitId: null, error: accountsText.fields.unitRequired }
        : { unitId: null };
    const id = parseId(raw);
    if (id === undefined || !(await deps.listUnits()).some((u) => u.id === id))
      return { unitId: null, error: accountsText.fields.unitUnknown };
    return { unitId: id };
  }

  async function findUserOr404(c: Context) {
    const id = Number(c.req.param('id'));
    const user = Number.isInteger(id) && id > 0 ? await accounts.findUser(id) : undefined;
    if (!user) throw new NotFoundError();
    return user;
  }

  // Every staff route names its permission: the token in a form is checked after it.
  app.use('/quan-tri', guard.loadStaff(), guard.csrf({ afterPermission: true }));
  app.use('/quan-tri/*', guard.loadStaff(), guard.csrf({ afterPermission: true }));

  app.get('/quan-tri', guard.require('staff.enter'), async (c) => {
    const staff = c.get('staff')!;
    const links = await Promise.all(
      frame
        .sectionsFor(c)
        .map(async (section) => ({ ...section, summary: section.summary ? await section.summary(c) : undefined })),
    );
    return page(c, accountsText.dashboard.title, <Dashboard name={staff.user.name} links={links} />);
  });

  app.get('/quan-tri/nguoi-dung', guard.require('users.manage'), async (c) =>
    page(
      c,
      accountsText.users.list.title,
      <UsersList
        users={await accounts.listUsers()}
        csrfToken={c.get('staff')!.csrfToken}
        units={await deps.listUnits()}
      />,
    ),
  );

  app.get('/quan-tri/nguoi-dung/moi', guard.require('users.manage'), async (c) =>
    page(
      c,
      accountsText.users.newUser.title,
      <NewUserForm csrfToken={c.get('staff')!.csrfToken} units={await deps.listUnits()} />,
    ),
  );

  app.post('/quan-tri/nguoi-dung', guard.require('users.manage'), async (c) => {
    const staff = c.get('staff')!;
    const form = await c.req.parseBody({ all: true });
    const roles = ([] as unknown[]).concat(form.roles ?? []);
    const parsed = userFormSchema.safeParse({ name: form.name, email: form.email, roles });
    const password = typeof form.password === 'string' ? form.password : '';
    const values = {
      name: String(form.name ?? ''),
      email: String(form.email ?? ''),
      roles: roles.filter((r): r is never => typeof r === 'string'),
      unitId: typeof form.unitId === 'string' ? form.unitId : '',
    };
    const unit = await readUnit(form, roles);
    const units = await deps.listUnits();
    if (!parsed.success || unit.error) {
      const errors = {
        ...(parsed.success ? {} : fieldErrors(parsed.error)),
        ...(unit.error ? { unitId: unit.error } : {}),
      };
      return page(
        c,
        accountsText.users.newUser.title,
        <NewUserForm csrfToken={staff.csrfToken} units={units} values={values} errors={errors} />,
        { status: 400 },
      );
    }
    try {
      const id = await accounts.createUser({ ...parsed.data, password, unitId: unit.unitId });
      await audit.record({
        action: 'user.created',
        userId: staff.user.id,
        actor: staff.user.email,
        target: parsed.data.email,
        detail: parsed.data.roles.join(', '),
        requestId: requestIdOf(c),
      });
      return c.redirect(`/quan-tri/nguoi-dung/${id}?tb=da-tao`, 303);
    } catch (error) {
      if (error instanceof PasswordPolicyError || error instanceof DuplicateEmailError) {
        const errors: Record<string, string> =
          error instanceof PasswordPolicyError ? { password: error.message } : { email: error.message };
        return page(
          c,
          accountsText.users.newUser.title,
          <NewUserForm csrfToken={staff.csrfToken} units={units} values={values} errors={errors} />,
          { status: 400 },
        );
      }
      throw error;
    }
  });

  app.get('/quan-tri/nguoi-dung/:id', guard.require('users.manage'), async (c) => {
    const staff = c.get('staff')!;
    const user = await findUserOr404(c);
    return page(
      c,
      user.name,
      <EditUserPage
        user={user}
        csrfToken={staff.csrfToken}
        isSelf={user.id === staff.user.id}
        units={await deps.listUnits()}
      />,
    );
  });

  app.post('/quan-tri/nguoi-dung/:id', guard.require('users.manage'), async (c) => {
    const staff = c.get('staff')!;
    const user = await findUserOr404(c);
    const form = await c.req.parseBody({ all: true });
    const roles = ([] as unknown[]).concat(form.roles ?? []);
    const parsed = userEditSchema.safeParse({ name: form.name, roles });
    const unit = await readUnit(form, roles);
    const units = await deps.listUnits();
    if (!parsed.success || unit.error) {
      const errors = {
        ...(parsed.success ? {} : fieldErrors(parsed.error)),
        ...(unit.error ? { unitId: unit.error } : {}),
      };
      return page(
        c,
        user.name,
        <EditUserPage
          user={user}
          csrfToken={staff.csrfToken}
          isSelf={user.id === staff.user.id}
          units={units}
          errors={errors}
        />,
        { status: 400 },
      );
    }
    // An admin cannot take away their own admin role: the site must keep someone who can manage it.
    if (user.id === staff.user.id && !parsed.data.roles.includes('admin')) {
      return page(
        c,
        user.name,
        <EditUserPage
          user={user}
          csrfToken={staff.csrfToken}
          isSelf
          units={units}
          errors={{ roles: accountsText.fields.ownAdminRole }}
        />,
        { status: 400 },
      );
    }
    await accounts.updateUser(user.id, { ...parsed.data, unitId: unit.unitId });
    const before = [...user.roles].sort().join(', ');
    const after = [...parsed.data.roles].sort().join(', ');
    if (before !== after)
      await audit.record({
        action: 'user.roles_changed',
        userId: staff.user.id,
        actor: staff.user.email,
        target: user.email,
        detail: `${before} → ${after}`,
        requestId: requestIdOf(c),
      });
    if (user.name !== parsed.data.name)
      await audit.record({
        action: 'user.updated',
        userId: staff.user.id,
        actor: staff.user.email,
        target: user.email,
        detail: accountsText.auditDetail.name,
        requestId: requestIdOf(c),
      });
    if (user.unitId !== unit.unitId) {
      const label = (id: number | null) =>
        id === null
          ? accountsText.auditDetail.noUnit
          : (units.find((u) => u.id === id)?.label ?? accountsText.auditDetail.unknownUnit(id));
      await audit.record({
        action: 'user.updated',
        userId: staff.user.id,
        actor: staff.user.email,
        target: user.email,
        detail: accountsText.auditDetail.unitChanged(label(user.unitId), label(unit.unitId)),
        requestId: requestIdOf(c),
      });
    }
    return c.redirect(`/quan-tri/nguoi-dung/${user.id}?tb=da-luu`, 303);
  });

  app.post('/quan-tri/nguoi-dung/:id/mat-khau', guard.require('users.manage'), async (c) => {
    const staff = c.get('staff')!;
    const user = await findUserOr404(c);
    const form = await c.req.parseBody();
    try {
      await accounts.resetPassword(user.id, typeof form.password === 'string' ? form.password : '');
    } catch (error) {
      if (!(error instanceof PasswordPolicyError)) throw error;
      return page(
        c,
        user.name,
        <EditUserPage
          user={user}
          csrfToken={staff.csrfToken}
          isSelf={user.id === staff.user.id}
          units={await deps.listUnits()}
          errors={{ password: error.message }}
        />,
        { status: 400 },
      );
    }
    await audit.record({
      action: 'user.password_reset',
      userId: staff.user.id,
      actor: staff.user.email,
      target: user.email,
      requestId: requestIdOf(c),
    });
    if (user.id === staff.user.id) guard.endSession(c);
    return c.redirect(
      user.id === staff.user.id ? '/dang-nhap' : `/quan-tri/nguoi-dung/${user.id}?tb=da-doi-mat-khau`,
      303,
    );
  });

  app.post('/quan-tri/nguoi-dung/:id/khoa', guard.require('users.manage'), async (c) => {
    const staff = c.get('staff')!;
    const user = await findUserOr404(c);
    if (user.id === staff.user.id)
      throw new BadRequestError('BAD_REQUEST', { disabled: accountsText.fields.ownAccountLock });
    const disable = (await c.req.parseBody()).disabled === '1';
    await accounts.setDisabled(user.id, disable);
    await audit.record({
      action: disable ? 'user.disabled' : 'user.enabled',
      userId: staff.user.id,
      actor: staff.user.email,
      target: user.email,
      requestId: requestIdOf(c),
    });
    return c.redirect(`/quan-tri/nguoi-dung/${user.id}?tb=${disable ? 'da-khoa' : 'da-mo-khoa'}`, 303);
  });

  app.get('/quan-tri/phien-dang-nhap', guard.require('sessions.manage'), async (c) => {
    const staff = c.get('staff')!;
    return page(
      c,
      accountsText.sessions.title,
      <SessionsPage
        sessions={await deps.sessions.listActive()}
        csrfToken={staff.csrfToken}
        currentTokenHash={staff.tokenHash}
      />,
    );
  });

  app.post('/quan-tri/phien-dang-nhap/:hash/ket-thuc', guard.require('sessions.manage'), async (c) => {
    const staff = c.get('staff')!;
    const hash = c.req.param('hash');
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new NotFoundError();
    const ended = (await deps.sessions.listActive()).find((s) => s.token_hash === hash);
    if (!ended) throw new NotFoundError();
    await deps.sessions.end(hash);
    await audit.record({
      action: 'session.revoked',
      userId: staff.user.id,
      actor: staff.user.email,
      target: ended.email,
      detail: ended.browser,
      requestId: requestIdOf(c),
    });
    return c.redirect('/quan-tri/phien-dang-nhap?tb=da-ket-thuc', 303);
  });

  app.get('/quan-tri/nhat-ky', guard.require('audit.read'), async (c) => {
    const requested = readQueryParam(c, 'loai') || undefined;
    const action = requested && requested in auditLabels ? requested : undefined;
    const pageNumber = readPageNumber(c);
    const total = await countAudit(deps.db, action);
    const pages = pageCount(total, AUDIT_PAGE_SIZE);
    if (pageNumber > pages) throw new NotFoundError('PAGE_OUT_OF_RANGE');
    const rows = await listAudit(deps.db, {
      limit: AUDIT_PAGE_SIZE,
      offset: (pageNumber - 1) * AUDIT_PAGE_SIZE,
      action,
    });
    return page(c, accountsText.audit.title, <AuditPage rows={rows} page={pageNumber} pages={pages} action={action} />);
  });
}

// /quan-tri/ma-api: every staff user creates and revokes their own API tokens; an admin
// ('tokens.manage') also sees and revokes everyone's. A new token is shown once, in the answer
// to the POST that made it: never in a URL, a redirect or the list.
import type { Context, Hono } from 'hono';
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { readQueryParam } from '../../platform/http/query.js';
import { apiTokenFormSchema } from './accounts.schema.js';
import { accountsText } from './accounts.vi.js';
import type { ApiTokenStore } from './api-tokens.js';
import type { AuditLog } from './audit.js';
import { can, type Permission } from './permissions.js';
import type { StaffFrame } from './staff-frame.js';
import { recordStaffAction } from './staff-audit.js';
import type { StaffEnv, StaffGuard } from './staff-guard.js';
import { ApiTokensPage, TokenCreatedPage } from './views/api-tokens-pages.js';

interface ApiTokenPagesDeps {
  apiTokens: ApiTokenStore;
  audit: AuditLog;
  guard: StaffGuard;
  frame: StaffFrame;
}

type FormState = { values: { name?: string; expiry?: string }; errors: Record<string, string> };

export function mountApiTokenPages(app: Hono<StaffEnv>, deps: ApiTokenPagesDeps) {
  const { apiTokens, guard, frame } = deps;
  frame.addSection({
    href: '/quan-tri/ma-api',
    ...accountsText.sections.apiTokens,
    permission: 'staff.enter',
    order: 90,
  });
  frame.addFlashes({ 'ma-api-da-thu-hoi': { kind: 'ok', text: accountsText.flashes.tokenRevoked } });

  app.get('/quan-tri/ma-api', guard.require('staff.enter'), (c) => listPage(c, deps));

  app.post('/quan-tri/ma-api', guard.require('staff.enter'), async (c) => {
    const staff = c.get('staff')!;
    const form = await c.req.parseBody();
    const parsed = apiTokenFormSchema.safeParse({ name: form.name, expiry: form.expiry });
    if (!parsed.success) {
      const values = {
        name: typeof form.name === 'string' ? form.name : '',
        expiry: typeof form.expiry === 'string' ? form.expiry : undefined,
      };
      return listPage(c, deps, { values, errors: fieldErrors(parsed.error) });
    }
    const created = await apiTokens.create(staff.user.id, parsed.data.name, parsed.data.expiry);
    await recordStaffAction(c, deps.audit, {
      action: 'token.created',
      target: staff.user.email,
      detail: `${parsed.data.name} (${created.prefix}…)`,
    });
    return frame.respond(
      c,
      accountsText.apiTokens.createdTitle,
      <TokenCreatedPage name={parsed.data.name} token={created.token} expiresAt={created.expiresAt} />,
    );
  });

  app.post('/quan-tri/ma-api/:id/thu-hoi', guard.require('staff.enter'), (c) => revoke(c, deps));
}

/** The route's own permission is 'staff.enter'; reaching other people's tokens needs more. */
async function requireAlso(c: Context<StaffEnv>, audit: AuditLog, permission: Permission) {
  const staff = c.get('staff')!;
  if (can(staff.user.roles, permission)) return;
  await recordStaffAction(c, audit, {
    action: 'permission.denied',
    target: `${c.req.method} ${c.req.path}`,
    detail: permission,
  });
  throw new ForbiddenError();
}

/** The person's tokens (and everyone's, for an admin who asks), with the new token form. */
async function listPage(c: Context<StaffEnv>, deps: ApiTokenPagesDeps, form?: FormState) {
  const staff = c.get('staff')!;
  const wantsAll = readQueryParam(c, 'tat-ca') === '1';
  if (wantsAll) await requireAlso(c, deps.audit, 'tokens.manage');
  const page = (
    <ApiTokensPage
      own={await deps.apiTokens.list(staff.user.id)}
      all={wantsAll ? await deps.apiTokens.list() : undefined}
      canSeeAll={can(staff.user.roles, 'tokens.manage')}
      csrfToken={staff.csrfToken}
      values={form?.values}
      errors={form?.errors}
    />
  );
  return deps.frame.respond(c, accountsText.apiTokens.title, page, form ? { status: 400 } : {});
}

/** Revokes one's own token, or (tokens.manage) anyone's; back to the list it was revoked from. */
async function revoke(c: Context<StaffEnv>, deps: ApiTokenPagesDeps) {
  const staff = c.get('staff')!;
  const id = Number(c.req.param('id'));
  const token = Number.isSafeInteger(id) && id > 0 ? await deps.apiTokens.find(id) : undefined;
  if (!token) throw new NotFoundError();
  if (token.userId !== staff.user.id) await requireAlso(c, deps.audit, 'tokens.manage');
  if (await deps.apiTokens.revoke(token.id)) {
    await recordStaffAction(c, deps.audit, {
      action: 'token.revoked',
      target: token.ownerEmail,
      detail: `${token.name} (${token.prefix}…)`,
    });
  }
  const backToAll = (await c.req.parseBody()).tiep === 'tat-ca' && can(staff.user.roles, 'tokens.manage');
  return c.redirect(
    backToAll ? '/quan-tri/ma-api?tat-ca=1&tb=ma-api-da-thu-hoi#tat-ca' : '/quan-tri/ma-api?tb=ma-api-da-thu-hoi',
    303,
  );
}

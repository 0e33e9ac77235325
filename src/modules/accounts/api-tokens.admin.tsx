// /quan-tri/ma-api: every staff user creates and revokes their own API tokens; an admin
// ('tokens.manage') also sees and revokes everyone's. A new token is shown once, in the answer
// to the POST that made it: never in a URL, a redirect or the list.
import type { Context, Hono } from 'hono';
import { NotFoundError } from '../../platform/http/errors.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { readQueryParam } from '../../platform/http/query.js';
import { apiTokenFormSchema } from './accounts.schema.js';
import type { ApiTokenStore } from './api-tokens.js';
import type { AuditLog } from './audit.js';
import { can, type Permission } from './permissions.js';
import type { StaffFrame } from './staff-frame.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { requestIdOf, type StaffEnv, type StaffGuard } from './staff-guard.js';
import { ApiTokensPage, TokenCreatedPage } from './views/api-tokens-pages.js';

import { accountsText } from './accounts.vi.js';

export function mountApiTokenPages(
  app: Hono<StaffEnv>,
  deps: { apiTokens: ApiTokenStore; audit: AuditLog; guard: StaffGuard; frame: StaffFrame },
) {
  const { apiTokens, audit, guard, frame } = deps;
  frame.addSection({
    href: '/quan-tri/ma-api',
    ...accountsText.sections.apiTokens,
    permission: 'staff.enter',
    order: 90,
  });
  frame.addFlashes({ 'ma-api-da-thu-hoi': { kind: 'ok', text: accountsText.flashes.tokenRevoked } });

  /** The route's own permission is 'staff.enter'; reaching other people's tokens needs more. */
  async function requireAlso(c: Context<StaffEnv>, permission: Permission) {
    const staff = c.get('staff')!;
    if (can(staff.user.roles, permission)) return;
    await audit.record({
      action: 'permission.denied',
      userId: staff.user.id,
      actor: staff.user.email,
      target: `${c.req.method} ${c.req.path}`,
      detail: permission,
      requestId: requestIdOf(c),
    });
    throw new ForbiddenError();
  }

  async function listPage(
    c: Context<StaffEnv>,
    form?: { values: { name?: string; expiry?: string }; errors: Record<string, string> },
  ) {
    const staff = c.get('staff')!;
    const wantsAll = readQueryParam(c, 'tat-ca') === '1';
    if (wantsAll) await requireAlso(c, 'tokens.manage');
    const page = (
      <ApiTokensPage
        own={await apiTokens.list(staff.user.id)}
        all={wantsAll ? await apiTokens.list() : undefined}
        canSeeAll={can(staff.user.roles, 'tokens.manage')}
        csrfToken={staff.csrfToken}
        values={form?.values}
        errors={form?.errors}
      />
    );
    return frame.respond(c, accountsText.apiTokens.title, page, form ? { status: 400 } : {});
  }

  app.get('/quan-tri/ma-api', guard.require('staff.enter'), (c) => listPage(c));

  app.post('/quan-tri/ma-api', guard.require('staff.enter'), async (c) => {
    const staff = c.get('staff')!;
    const form = await c.req.parseBody();
    const parsed = apiTokenFormSchema.safeParse({ name: form.name, expiry: form.expiry });
    if (!parsed.success) {
      const values = {
        name: typeof form.name === 'string' ? form.name : '',
        expiry: typeof form.expiry === 'string' ? form.expiry : undefined,
      };
      return listPage(c, { values, errors: fieldErrors(parsed.error) });
    }
    const created = await apiTokens.create(staff.user.id, parsed.data.name, parsed.data.expiry);
    await audit.record({
      action: 'token.created',
      userId: staff.user.id,
      actor: staff.user.email,
      target: staff.user.email,
      detail: `${parsed.data.name} (${created.prefix}…)`,
      requestId: requestIdOf(c),
    });
    return frame.respond(
      c,
      accountsText.apiTokens.createdTitle,
      <TokenCreatedPage name={parsed.data.name} token={created.token} expiresAt={created.expiresAt} />,
    );
  });

  app.post('/quan-tri/ma-api/:id/thu-hoi', guard.require('staff.enter'), async (c) => {
    const staff = c.get('staff')!;
    const id = Number(c.req.param('id'));
    const token = Number.isSafeInteger(id) && id > 0 ? await apiTokens.find(id) : undefined;
    if (!token) throw new NotFoundError();
    if (token.userId !== staff.user.id) await requireAlso(c, 'tokens.manage');
    if (await apiTokens.revoke(token.id)) {
      await audit.record({
        action: 'token.revoked',
        userId: staff.user.id,
        actor: staff.user.email,
        target: token.ownerEmail,
        detail: `${token.name} (${token.prefix}…)`,
        requestId: requestIdOf(c),
      });
    }
    const backToAll = (await c.req.parseBody()).tiep === 'tat-ca' && can(staff.user.roles, 'tokens.manage');
    return c.redirect(
      backToAll ? '/quan-tri/ma-api?tat-ca=1&tb=ma-api-da-thu-hoi#tat-ca' : '/quan-tri/ma-api?tb=ma-api-da-thu-hoi',
      303,
    );
  });
}

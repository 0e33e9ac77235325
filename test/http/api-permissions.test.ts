// The permission table for the JSON API, call by call: anonymous → 401 JSON with
// WWW-Authenticate; every role → allowed (never 403) or 403; never a 500. Calls are made with the
// session cookie and its CSRF token, and again with a personal API token. Both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { permissions, ROLES, type Permission, type Role } from '../../src/modules/accounts/index.js';
import { dialectsUnderTest } from '../support/databases.js';
import {
  DEMO_ACCOUNT,
  DEMO_PASSWORD,
  writeContributorArticles,
  type ContributorArticles,
} from '../support/newsroom.js';
import { planFixtures } from '../support/plans.js';
import { loginAs, ORIGIN, postForm, type StaffSession } from '../support/staff.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Ids = ContributorArticles & Awaited<ReturnType<typeof planFixtures>>;

interface Call {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** As mounted in Hono. */
  pattern: string;
  path: (ids: Ids) => string;
  permission: Permission;
  json?: unknown | ((ids: Ids) => unknown);
  /** When a per-record rule narrows the call's roles for this record (a report is its author's). */
  recordRoles?: readonly Role[];
}

// Every API call that needs a signed-in user. A call added without a row fails the last test.
const CALLS: Call[] = [
  { method: 'GET', pattern: '/api/v1/auth/me', path: () => '/api/v1/auth/me', permission: 'staff.enter' },
  {
    method: 'GET',
    pattern: '/api/v1/articles',
    path: () => '/api/v1/articles?status=all',
    permission: 'articles.write',
  },
  {
    method: 'POST',
    pattern: '/api/v1/articles',
    path: () => '/api/v1/articles',
    permission: 'articles.write',
    json: { title: '' },
  },
  {
    method: 'GET',
    pattern: '/api/v1/articles/:id',
    path: ({ article }) => `/api/v1/articles/${article}`,
    permission: 'articles.write',
  },
  {
    method: 'PATCH',
    pattern: '/api/v1/articles/:id',
    path: ({ article }) => `/api/v1/articles/${article}`,
    permission: 'articles.write',
    json: { lead: 'Sửa qua API' },
  },
  {
    method: 'DELETE',
    pattern: '/api/v1/articles/:id',
    path: ({ toDelete }) => `/api/v1/articles/${toDelete}`,
    permission: 'articles.write',
  },
  {
    method: 'POST',
    pattern: '/api/v1/articles/:id/submit',
    path: ({ toSubmit }) => `/api/v1/articles/${toSubmit}/submit`,
    permission: 'articles.write',
  },
  {
    method: 'POST',
    pattern: '/api/v1/articles/:id/publish',
    path: ({ editorial }) => `/api/v1/articles/${editorial}/publish`,
    permission: 'articles.publish',
  },
  {
    method: 'POST',
    pattern: '/api/v1/articles/:id/reject',
    path: ({ editorial }) => `/api/v1/articles/${editorial}/reject`,
    permission: 'articles.publish',
    json: { reason: 'Cần sửa.' },
  },
  {
    method: 'POST',
    pattern: '/api/v1/articles/:id/unpublish',
    path: ({ editorial }) => `/api/v1/articles/${editorial}/unpublish`,
    permission: 'articles.publish',
  },
  { method: 'GET', pattern: '/api/v1/units', path: () => '/api/v1/units', permission: 'staff.enter' },
  { method: 'GET', pattern: '/api/v1/programmes', path: () => '/api/v1/programmes', permission: 'plans.read' },
  { method: 'GET', pattern: '/api/v1/plans', path: () => '/api/v1/plans', permission: 'plans.read' },
  {
    method: 'POST',
    pattern: '/api/v1/plans',
    path: () => '/api/v1/plans',
    permission: 'plans.manage',
    json: { number: '' },
  },
  {
    method: 'GET',
    pattern: '/api/v1/plans/:id',
    path: ({ plan }) => `/api/v1/plans/${plan}`,
    permission: 'plans.read',
  },
  {
    method: 'GET',
    pattern: '/api/v1/plans/:id/dashboard',
    path: ({ plan }) => `/api/v1/plans/${plan}/dashboard`,
    permission: 'plans.read',
  },
  {
    method: 'POST',
    pattern: '/api/v1/plans/:id/tasks',
    path: ({ plan }) => `/api/v1/plans/${plan}/tasks`,
    permission: 'plans.manage',
    json: { title: '' },
  },
  {
    method: 'GET',
    pattern: '/api/v1/tasks/:id',
    path: ({ task }) => `/api/v1/tasks/${task}`,
    permission: 'plans.read',
  },
  {
    method: 'PUT',
    pattern: '/api/v1/tasks/:id',
    path: ({ task }) => `/api/v1/tasks/${task}`,
    permission: 'plans.manage',
    json: { title: '' },
  },
  {
    method: 'POST',
    pattern: '/api/v1/tasks/:id/reports',
    path: ({ task }) => `/api/v1/tasks/${task}/reports`,
    permission: 'reports.file',
    json: ({ reporterUnit }: Ids) => ({ unitId: reporterUnit, activityDate: '2023-06-01', body: '' }),
  },
  // Only the author corrects a report: for this one, the unit reporter who filed it.
  {
    method: 'PUT',
    pattern: '/api/v1/reports/:id',
    path: ({ report }) => `/api/v1/reports/${report}`,
    permission: 'reports.file',
    recordRoles: ['unit_reporter'],
    json: ({ reporterUnit }: Ids) => ({
      unitId: reporterUnit,
      activityDate: '2023-06-15',
      body: 'Sửa qua API',
      version: 1,
    }),
  },
  {
    method: 'GET',
    pattern: '/api/v1/units/:id/tasks',
    path: ({ reporterUnit }) => `/api/v1/units/${reporterUnit}/tasks`,
    permission: 'plans.read',
  },
  // An empty brief is refused (400) and a brief that does not exist is not found (404): nothing is written.
  {
    method: 'POST',
    pattern: '/api/v1/briefs',
    path: () => '/api/v1/briefs',
    permission: 'briefs.write',
    json: { date: '' },
  },
  {
    method: 'PUT',
    pattern: '/api/v1/briefs/:id',
    path: () => '/api/v1/briefs/999999',
    permission: 'briefs.write',
    json: { date: '2026-01-01', intro: 'x', items: [], version: 1 },
  },
  {
    method: 'POST',
    pattern: '/api/v1/briefs/:id/publish',
    path: () => '/api/v1/briefs/999999/publish',
    permission: 'briefs.write',
  },
];

// Answer anyone, signed in or not (the reader's side of the API).
const PUBLIC_CALLS = [
  'GET /api/v1/articles',
  'GET /api/v1/briefs',
  'GET /api/v1/events',
  'GET /api/v1/documents',
  'POST /api/v1/hit',
  'GET /api/v1/hit.gif',
  'GET /api/v1/stats',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'GET /api/v1/openapi.json',
  'GET /api/docs',
];

for (const dialect of dialectsUnderTest()) {
  describe(`API permissions [${dialect}]`, () => {
    let t: TestApp;
    let ids: Ids;
    const sessions = new Map<Role, StaffSession>();
    const tokens = new Map<Role, string>();

    before(async () => {
      t = await startTestApp(dialect);
      for (const role of ROLES) {
        const session = await loginAs(t, DEMO_ACCOUNT[role], DEMO_PASSWORD);
        sessions.set(role, session);
        const page = await (
          await postForm(t, '/quan-tri/ma-api', session, { name: `Kiểm thử ${role}`, expiry: '30' })
        ).text();
        tokens.set(role, /ct_[A-Za-z0-9_-]{43}/.exec(page)![0]);
      }
      ids = { ...(await writeContributorArticles(t)), ...(await planFixtures(t)) };
    });
    after(() => t.dispose());

    const send = (call: Call, headers: Record<string, string>) =>
      t.request(call.path(ids), {
        method: call.method,
        headers: { ...(call.json !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        body:
          call.json === undefined
            ? undefined
            : JSON.stringify(typeof call.json === 'function' ? call.json(ids) : call.json),
      });

    for (const call of CALLS) {
      it(`${call.method} ${call.pattern}: anonymous 401; only ${permissions[call.permission].join(', ')} get through, by cookie or by token`, async () => {
        const anonymous = await send(call, call.method === 'GET' ? {} : { origin: ORIGIN });
        assert.equal(anonymous.status, 401, 'anonymous');
        assert.equal((await anonymous.json()).error.code, 'LOGIN_REQUIRED');
        assert.match(anonymous.headers.get('www-authenticate') ?? '', /^Bearer/);
        for (const role of ROLES) {
          const allowed = (call.recordRoles ?? (permissions[call.permission] as readonly Role[])).includes(role);
          const session = sessions.get(role)!;
          for (const [how, headers] of [
            ['cookie', { cookie: session.cookie, 'x-csrf-token': session.csrf, origin: ORIGIN }],
            ['token', { authorization: `Bearer ${tokens.get(role)}` }],
          ] as const) {
            const res = await send(call, headers);
            assert.ok(res.status < 500, `${role} by ${how}: ${res.status}`);
            if (allowed) assert.notEqual(res.status, 403, `${role} by ${how} is allowed`);
            else assert.equal(res.status, 403, `${role} by ${how} is refused`);
            assert.match(
              res.headers.get('content-type') ?? '',
              /application\/json/,
              `${role} by ${how}: JSON, never a page`,
            );
          }
        }
      });
    }

    it('covers every API call the app has', () => {
      const mounted = (t.app.routes as Array<{ method: string; path: string }>)
        .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL' && !r.path.endsWith('*'))
        .map((r) => `${r.method} ${r.path}`);
      const listed = [...CALLS.map((c) => `${c.method} ${c.pattern}`), ...PUBLIC_CALLS];
      for (const call of new Set(mounted))
        assert.ok(listed.includes(call), `${call} has no row in the API permission test`);
    });
  });
}

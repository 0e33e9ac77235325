// The permission table, route by route: every staff page and action × anonymous and every role
// → allowed, 403, or sent to the login page; never a 500. On both databases.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { permissions, ROLES, type Role } from '../../src/modules/accounts/index.js';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { loginAs, postForm, type StaffSession } from '../support/staff.js';
import { writeContributorArticles, type ContributorArticles } from '../support/newsroom.js';
import { planFixtures } from '../support/plans.js';
import type { PermissionRoute, PermissionRouteTable } from '../support/permission-route.js';

const PASSWORD = 'LaoCai-Demo-2026';
const ACCOUNT: Record<Role, string> = {
  admin: 'quantri@congtin.demo',
  editor: 'bientap@congtin.demo',
  contributor: 'congtacvien@congtin.demo',
  unit_reporter: 'donvi@congtin.demo',
  leader: 'lanhdao@congtin.demo',
};

interface Ids extends ContributorArticles {
  user: number;
  category: number;
  media: number;
  /** The root unit: it has subunits, so the delete row is exercised but never succeeds. */
  unit: number;
  programme: number;
  plan: number;
  /** A task of the unit reporter's unit, and a report the unit reporter filed on it. */
  task: number;
  report: number;
  reporterUnit: number;
  /** A file attached to that report: every role that reads plans may download it. */
  attachment: number;
}

type Route = PermissionRoute<Ids>;

const PLAN_ROUTES: Route[] = [
  { method: 'GET', pattern: '/quan-tri/ke-hoach', path: () => '/quan-tri/ke-hoach', permission: 'plans.read' },
  {
    method: 'GET',
    pattern: '/quan-tri/ke-hoach/de-an/moi',
    path: () => '/quan-tri/ke-hoach/de-an/moi',
    permission: 'plans.manage',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/ke-hoach/de-an',
    path: () => '/quan-tri/ke-hoach/de-an',
    permission: 'plans.manage',
    fields: { number: '' },
  },
  {
    method: 'GET',
    pattern: '/quan-tri/ke-hoach/de-an/:id',
    path: ({ programme }) => `/quan-tri/ke-hoach/de-an/${programme}`,
    permission: 'plans.manage',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/ke-hoach/de-an/:id',
    path: ({ programme }) => `/quan-tri/ke-hoach/de-an/${programme}`,
    permission: 'plans.manage',
    fields: { number: '' },
  },
  {
    method: 'GET',
    pattern: '/quan-tri/ke-hoach/moi',
    path: () => '/quan-tri/ke-hoach/moi',
    permission: 'plans.manage',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/ke-hoach',
    path: () => '/quan-tri/ke-hoach',
    permission: 'plans.manage',
    fields: { number: '' },
  },
  {
    method: 'GET',
    pattern: '/quan-tri/ke-hoach/:id',
    path: ({ plan }) => `/quan-tri/ke-hoach/${plan}`,
    permission: 'plans.read',
  },
  {
    method: 'GET',
    pattern: '/quan-tri/ke-hoach/:id/bao-cao-tien-do.docx',
    path: ({ plan }) => `/quan-tri/ke-hoach/${plan}/bao-cao-tien-do.docx`,
    permission: 'plans.read',
  },
  {
    method: 'GET',
    pattern: '/quan-tri/ke-hoach/:id/bao-cao-tien-do.xlsx',
    path: ({ plan }) => `/quan-tri/ke-hoach/${plan}/bao-cao-tien-do.xlsx`,
    permission: 'plans.read',
  },
  {
    method: 'GET',
    pattern: '/quan-tri/ke-hoach/:id/sua',
    path: ({ plan }) => `/quan-tri/ke-hoach/${plan}/sua`,
    permission: 'plans.manage',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/ke-hoach/:id/sua',
    path: ({ plan }) => `/quan-tri/ke-hoach/${plan}/sua`,
    permission: 'plans.manage',
    fields: { number: '' },
  },
  {
    method: 'GET',
    pattern: '/quan-tri/ke-hoach/:id/nhiem-vu/moi',
    path: ({ plan }) => `/quan-tri/ke-hoach/${plan}/nhiem-vu/moi`,
    permission: 'plans.manage',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/ke-hoach/:id/nhiem-vu',
    path: ({ plan }) => `/quan-tri/ke-hoach/${plan}/nhiem-vu`,
    permission: 'plans.manage',
    fields: { title: '' },
  },
  {
    method: 'GET',
    pattern: '/quan-tri/nhiem-vu/:id',
    path: ({ task }) => `/quan-tri/nhiem-vu/${task}`,
    permission: 'plans.read',
  },
  {
    method: 'GET',
    pattern: '/quan-tri/nhiem-vu/:id/sua',
    path: ({ task }) => `/quan-tri/nhiem-vu/${task}/sua`,
    permission: 'plans.manage',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/nhiem-vu/:id/sua',
    path: ({ task }) => `/quan-tri/nhiem-vu/${task}/sua`,
    permission: 'plans.manage',
    fields: { title: '' },
  },
  {
    method: 'POST',
    pattern: '/quan-tri/nhiem-vu/:id/bao-cao',
    path: ({ task }) => `/quan-tri/nhiem-vu/${task}/bao-cao`,
    permission: 'reports.file',
    fields: ({ reporterUnit }) => ({ unitId: String(reporterUnit), body: '' }),
  },
  {
    method: 'POST',
    pattern: '/quan-tri/nhiem-vu/:id/hoan-thanh',
    path: ({ task }) => `/quan-tri/nhiem-vu/${task}/hoan-thanh`,
    permission: 'plans.manage',
    fields: { occurrenceKey: '', reason: '' },
  },
  {
    method: 'POST',
    pattern: '/quan-tri/nhiem-vu/:id/dong',
    path: ({ task }) => `/quan-tri/nhiem-vu/${task}/dong`,
    permission: 'plans.manage',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/nhiem-vu/:id/mo-lai',
    path: ({ task }) => `/quan-tri/nhiem-vu/${task}/mo-lai`,
    permission: 'plans.manage',
  },
  {
    method: 'GET',
    pattern: '/quan-tri/bao-cao/:id',
    path: ({ report }) => `/quan-tri/bao-cao/${report}`,
    permission: 'plans.read',
  },
  // Only the author corrects a report: for this one, the unit reporter who filed it.
  {
    method: 'POST',
    pattern: '/quan-tri/bao-cao/:id',
    path: ({ report }) => `/quan-tri/bao-cao/${report}`,
    permission: 'reports.file',
    recordRoles: ['unit_reporter'],
    fields: ({ reporterUnit }) => ({ unitId: String(reporterUnit), body: '', version: '1' }),
  },
  {
    method: 'GET',
    pattern: '/quan-tri/don-vi-cua-toi',
    path: () => '/quan-tri/don-vi-cua-toi',
    permission: 'plans.read',
  },
  {
    method: 'GET',
    pattern: '/quan-tri/tep-dinh-kem/:id/:name',
    path: ({ attachment }) => `/quan-tri/tep-dinh-kem/${attachment}/bien-ban.pdf`,
    permission: 'plans.read',
  },
];

// Every staff route there is. A route added without a row here fails the last test below.
const ROUTES: Route[] = [
  { method: 'GET', pattern: '/quan-tri', path: () => '/quan-tri', permission: 'staff.enter' },
  { method: 'GET', pattern: '/quan-tri/nguoi-dung', path: () => '/quan-tri/nguoi-dung', permission: 'users.manage' },
  {
    method: 'GET',
    pattern: '/quan-tri/nguoi-dung/moi',
    path: () => '/quan-tri/nguoi-dung/moi',
    permission: 'users.manage',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/nguoi-dung',
    path: () => '/quan-tri/nguoi-dung',
    permission: 'users.manage',
    fields: { name: '', email: '', password: '' },
  },
  {
    method: 'GET',
    pattern: '/quan-tri/nguoi-dung/:id',
    path: ({ user }) => `/quan-tri/nguoi-dung/${user}`,
    permission: 'users.manage',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/nguoi-dung/:id',
    path: ({ user }) => `/quan-tri/nguoi-dung/${user}`,
    permission: 'users.manage',
    fields: { name: 'Phạm Thị Đơn', roles: 'unit_reporter' },
  },
  {
    method: 'POST',
    pattern: '/quan-tri/nguoi-dung/:id/mat-khau',
    path: ({ user }) => `/quan-tri/nguoi-dung/${user}/mat-khau`,
    permission: 'users.manage',
    fields: { password: '' },
  },
  {
    method: 'POST',
    pattern: '/quan-tri/nguoi-dung/:id/khoa',
    path: ({ user }) => `/quan-tri/nguoi-dung/${user}/khoa`,
    permission: 'users.manage',
    fields: { disabled: '0' },
  },
  {
    method: 'GET',
    pattern: '/quan-tri/phien-dang-nhap',
    path: () => '/quan-tri/phien-dang-nhap',
    permission: 'sessions.manage',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/phien-dang-nhap/:hash/ket-thuc',
    path: () => `/quan-tri/phien-dang-nhap/${'0'.repeat(64)}/ket-thuc`,
    permission: 'sessions.manage',
  },
  {
    method: 'GET',
    pattern: '/quan-tri/chuyen-muc',
    path: () => '/quan-tri/chuyen-muc',
    permission: 'categories.manage',
  },
  {
    method: 'GET',
    pattern: '/quan-tri/chuyen-muc/moi',
    path: () => '/quan-tri/chuyen-muc/moi',
    permission: 'categories.manage',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/chuyen-muc',
    path: () => '/quan-tri/chuyen-muc',
    permission: 'categories.manage',
    fields: { name: '' },
  },
  {
    method: 'GET',
    pattern: '/quan-tri/chuyen-muc/:id',
    path: ({ category }) => `/quan-tri/chuyen-muc/${category}`,
    permission: 'categories.manage',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/chuyen-muc/:id',
    path: ({ category }) => `/quan-tri/chuyen-muc/${category}`,
    permission: 'categories.manage',
    fields: { name: '' },
  },
  {
    method: 'POST',
    pattern: '/quan-tri/chuyen-muc/:id/xoa',
    path: ({ category }) => `/quan-tri/chuyen-muc/${category}/xoa`,
    permission: 'categories.manage',
  },
  { method: 'GET', pattern: '/quan-tri/bai-viet', path: () => '/quan-tri/bai-viet', permission: 'articles.write' },
  {
    method: 'GET',
    pattern: '/quan-tri/bai-viet/moi',
    path: () => '/quan-tri/bai-viet/moi',
    permission: 'articles.write',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/bai-viet',
    path: () => '/quan-tri/bai-viet',
    permission: 'articles.write',
    fields: { title: '' },
  },
  {
    method: 'GET',
    pattern: '/quan-tri/bai-viet/:id',
    path: ({ article }) => `/quan-tri/bai-viet/${article}`,
    permission: 'articles.write',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/bai-viet/:id',
    path: ({ article }) => `/quan-tri/bai-viet/${article}`,
    permission: 'articles.write',
    fields: { title: 'Bài của cộng tác viên', bodyHtml: '<p>x</p>', action: 'save' },
  },
  {
    method: 'GET',
    pattern: '/quan-tri/bai-viet/:id/xem-truoc',
    path: ({ article }) => `/quan-tri/bai-viet/${article}/xem-truoc`,
    permission: 'articles.write',
  },
  {
    method: 'GET',
    pattern: '/quan-tri/bai-viet/:id/phien-ban',
    path: ({ article }) => `/quan-tri/bai-viet/${article}/phien-ban`,
    permission: 'articles.write',
  },
  {
    method: 'GET',
    pattern: '/quan-tri/bai-viet/:id/phien-ban/:rev',
    path: ({ article, revision }) => `/quan-tri/bai-viet/${article}/phien-ban/${revision}`,
    permission: 'articles.write',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/bai-viet/:id/phien-ban/:rev/khoi-phuc',
    path: ({ article, revision }) => `/quan-tri/bai-viet/${article}/phien-ban/${revision}/khoi-phuc`,
    permission: 'articles.write',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/bai-viet/:id/gui-duyet',
    path: ({ toSubmit }) => `/quan-tri/bai-viet/${toSubmit}/gui-duyet`,
    permission: 'articles.write',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/bai-viet/:id/xoa',
    path: ({ toDelete }) => `/quan-tri/bai-viet/${toDelete}/xoa`,
    permission: 'articles.write',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/bai-viet/:id/xuat-ban',
    path: ({ editorial }) => `/quan-tri/bai-viet/${editorial}/xuat-ban`,
    permission: 'articles.publish',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/bai-viet/:id/tra-lai',
    path: ({ editorial }) => `/quan-tri/bai-viet/${editorial}/tra-lai`,
    permission: 'articles.publish',
    fields: { reason: 'Cần sửa.' },
  },
  {
    method: 'POST',
    pattern: '/quan-tri/bai-viet/:id/go-xuat-ban',
    path: ({ editorial }) => `/quan-tri/bai-viet/${editorial}/go-xuat-ban`,
    permission: 'articles.publish',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/bai-viet/:id/khoi-phuc',
    path: ({ editorial }) => `/quan-tri/bai-viet/${editorial}/khoi-phuc`,
    permission: 'articles.publish',
  },
  { method: 'GET', pattern: '/quan-tri/cai-dat', path: () => '/quan-tri/cai-dat', permission: 'settings.manage' },
  {
    method: 'POST',
    pattern: '/quan-tri/cai-dat',
    path: () => '/quan-tri/cai-dat',
    permission: 'settings.manage',
    fields: { name: '' },
  },
  { method: 'GET', pattern: '/quan-tri/nhat-ky', path: () => '/quan-tri/nhat-ky', permission: 'audit.read' },
  {
    method: 'GET',
    pattern: '/quan-tri/thu-vien-anh',
    path: () => '/quan-tri/thu-vien-anh',
    permission: 'media.upload',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/thu-vien-anh/tai-len',
    path: () => '/quan-tri/thu-vien-anh/tai-len',
    permission: 'media.upload',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/thu-vien-anh/:id',
    path: ({ media }) => `/quan-tri/thu-vien-anh/${media}`,
    permission: 'media.upload',
    fields: { alt: 'Ảnh hội nghị' },
  },
  {
    method: 'POST',
    pattern: '/quan-tri/thu-vien-anh/:id/xoa',
    path: ({ media }) => `/quan-tri/thu-vien-anh/${media}/xoa`,
    permission: 'media.upload',
  },
  { method: 'GET', pattern: '/quan-tri/ma-api', path: () => '/quan-tri/ma-api', permission: 'staff.enter' },
  { method: 'GET', pattern: '/quan-tri/ma-api', path: () => '/quan-tri/ma-api?tat-ca=1', permission: 'tokens.manage' },
  {
    method: 'POST',
    pattern: '/quan-tri/ma-api',
    path: () => '/quan-tri/ma-api',
    permission: 'staff.enter',
    fields: { name: '', expiry: '' },
  },
  {
    method: 'POST',
    pattern: '/quan-tri/ma-api/:id/thu-hoi',
    path: () => '/quan-tri/ma-api/999999/thu-hoi',
    permission: 'staff.enter',
  },
  { method: 'GET', pattern: '/quan-tri/thong-bao', path: () => '/quan-tri/thong-bao', permission: 'staff.enter' },
  {
    method: 'POST',
    pattern: '/quan-tri/thong-bao/da-doc',
    path: () => '/quan-tri/thong-bao/da-doc',
    permission: 'staff.enter',
  },
  // No notification has this id: everyone allowed gets 404, never another unit's notification.
  {
    method: 'POST',
    pattern: '/quan-tri/thong-bao/:id/da-doc',
    path: () => '/quan-tri/thong-bao/999999/da-doc',
    permission: 'staff.enter',
  },
  { method: 'GET', pattern: '/quan-tri/don-vi', path: () => '/quan-tri/don-vi', permission: 'units.manage' },
  { method: 'GET', pattern: '/quan-tri/don-vi/moi', path: () => '/quan-tri/don-vi/moi', permission: 'units.manage' },
  {
    method: 'POST',
    pattern: '/quan-tri/don-vi',
    path: () => '/quan-tri/don-vi',
    permission: 'units.manage',
    fields: { name: '' },
  },
  { method: 'GET', pattern: '/quan-tri/don-vi/nhap', path: () => '/quan-tri/don-vi/nhap', permission: 'units.manage' },
  {
    method: 'GET',
    pattern: '/quan-tri/don-vi/nhap/mau.xlsx',
    path: () => '/quan-tri/don-vi/nhap/mau.xlsx',
    permission: 'units.manage',
  },
  { method: 'POST', pattern: '/quan-tri/don-vi/nhap', path: () => '/quan-tri/don-vi/nhap', permission: 'units.manage' },
  {
    method: 'GET',
    pattern: '/quan-tri/don-vi/:id',
    path: ({ unit }) => `/quan-tri/don-vi/${unit}`,
    permission: 'units.manage',
  },
  {
    method: 'POST',
    pattern: '/quan-tri/don-vi/:id',
    path: ({ unit }) => `/quan-tri/don-vi/${unit}`,
    permission: 'units.manage',
    fields: { name: '' },
  },
  {
    method: 'POST',
    pattern: '/quan-tri/don-vi/:id/xoa',
    path: ({ unit }) => `/quan-tri/don-vi/${unit}/xoa`,
    permission: 'units.manage',
  },
];

/**
 * An image a contributor uploaded (contributors may change only their own, so the route rows
 * test the permission table, not ownership: test/http/media.test.ts does that) and an article
 * shows: the delete route is exercised but never succeeds.
 */
async function uploadUsedImage(t: TestApp, contributor: StaffSession): Promise<number> {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  const form = new FormData();
  form.append('file', new Blob([png], { type: 'image/png' }), 'anh.png');
  const res = await t.request('/quan-tri/thu-vien-anh/tai-len', {
    method: 'POST',
    headers: {
      origin: 'https://congtin.test',
      cookie: contributor.cookie,
      'x-csrf-token': contributor.csrf,
      accept: 'application/json',
    },
    body: form,
  });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status}`);
  const { id, url } = (await res.json()) as { id: number; url: string };
  const article = await t.db.selectFrom('articles').select(['id', 'body_html']).orderBy('id').executeTakeFirstOrThrow();
  await t.db
    .updateTable('articles')
    .set({ body_html: `${article.body_html}<p><img src="${url}" alt=""></p>` })
    .where('id', '=', article.id)
    .execute();
  return id;
}

/** A PDF the unit reporter attached to their report (test/http/attachments.test.ts tests who else may have it). */
async function attachToReport(t: TestApp, reportId: number): Promise<number> {
  const reporter = (await t.accounts.service.listUsers()).find((u) => u.email === ACCOUNT.unit_reporter)!;
  const attachment = await t.attachments.store({
    data: Buffer.from('%PDF-1.4\n%%EOF\n'),
    fileName: 'Biên bản.pdf',
    uploadedBy: reporter.id,
  });
  await t.attachments.attachToReport(reportId, [attachment.id]);
  return attachment.id;
}

// The later modules' rows, one file each (briefs, events, documents, contact…): each brings the
// records its rows need, and its ids are merged into the shared ones.
const moduleTables: PermissionRouteTable[] = await Promise.all(
  readdirSync(new URL('./permission-routes/', import.meta.url))
    .filter((name) => name.endsWith(path.extname(import.meta.url)))
    .sort()
    .map(async (name) => (await import(`./permission-routes/${name}`)).table as PermissionRouteTable),
);
const moduleRoutes = moduleTables.flatMap((table) => table.routes) as unknown as Route[];

for (const dialect of dialectsUnderTest()) {
  describe(`staff permissions [${dialect}]`, () => {
    let t: TestApp;
    const sessions = new Map<Role, StaffSession>();
    let ids: Ids;

    before(async () => {
      t = await startTestApp(dialect);
      for (const role of ROLES) sessions.set(role, await loginAs(t, ACCOUNT[role], PASSWORD));
      ids = {
        user: (await t.accounts.service.listUsers()).find((u) => u.email === ACCOUNT.unit_reporter)!.id,
        // A category with articles: the delete route is exercised but never succeeds.
        category: (await t.articles.listCategories())[0]!.id,
        media: await uploadUsedImage(t, sessions.get('contributor')!),
        unit: (await t.units.listTree())[0]!.id,
        ...(await writeContributorArticles(t)),
        ...(await planFixtures(t)),
        attachment: 0,
      };
      ids.attachment = await attachToReport(t, ids.report);
      for (const table of moduleTables) if (table.fixtures) Object.assign(ids, await table.fixtures(t, sessions));
    });
    after(() => t.dispose());

    for (const route of [...ROUTES, ...PLAN_ROUTES, ...moduleRoutes]) {
      const label = `${route.method} ${route.pattern}`;
      it(`${label}: anonymous is sent to log in; only ${permissions[route.permission].join(', ')} get through`, async () => {
        const send = (session: StaffSession | undefined) =>
          route.method === 'GET'
            ? t.request(route.path(ids), { headers: session ? { cookie: session.cookie } : {} })
            : postForm(
                t,
                route.path(ids),
                session,
                typeof route.fields === 'function' ? route.fields(ids) : (route.fields ?? {}),
              );
        const anonymous = await send(undefined);
        assert.equal(anonymous.status, 303, 'anonymous');
        assert.match(anonymous.headers.get('location')!, /^\/dang-nhap/);
        for (const role of ROLES) {
          const res = await send(sessions.get(role));
          const allowed = (route.recordRoles ?? (permissions[route.permission] as readonly Role[])).includes(role);
          assert.ok(res.status < 500, `${role}: ${res.status}`);
          if (allowed) assert.notEqual(res.status, 403, `${role} is allowed`);
          else assert.equal(res.status, 403, `${role} is refused`);
        }
      });
    }

    it('covers every staff route the app has', () => {
      const mounted = (t.app.routes as Array<{ method: string; path: string }>)
        .filter((r) => r.path.startsWith('/quan-tri') && (r.method === 'GET' || r.method === 'POST'))
        .map((r) => `${r.method} ${r.path}`);
      const listed = [...ROUTES, ...PLAN_ROUTES, ...moduleRoutes].map((r) => `${r.method} ${r.pattern}`);
      for (const route of new Set(mounted))
        assert.ok(listed.includes(route), `${route} has no row in the permission test`);
    });
  });
}

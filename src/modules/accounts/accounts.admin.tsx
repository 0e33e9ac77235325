// /quan-tri: the staff dashboard and the admin's pages for users (users.admin.tsx), sessions and
// the audit log. Every route names its permission; every change is audited with the request id.
import type { Hono } from 'hono';
import { NotFoundError } from '../../platform/http/errors.js';
import { readPageNumber, readQueryParam } from '../../platform/http/query.js';
import { pageCount } from '../../platform/views/pagination.js';
import { accountsText } from './accounts.vi.js';
import type { Flash, StaffSection } from './staff-frame.js';
import type { SessionStore } from './sessions.js';
import { recordStaffAction } from './staff-audit.js';
import type { StaffEnv } from './staff-guard.js';
import { mountUserPages, type UserPagesDeps } from './users.admin.js';
import { AuditPage, auditLabels, SessionsPage } from './views/staff-pages.js';
import { StaffHome } from './views/staff-home.js';

const AUDIT_PAGE_SIZE = 50;

const SECTIONS: StaffSection[] = [
  { href: '/quan-tri/nguoi-dung', ...accountsText.sections.users, permission: 'users.manage' },
  { href: '/quan-tri/phien-dang-nhap', ...accountsText.sections.sessions, permission: 'sessions.manage' },
  { href: '/quan-tri/nhat-ky', ...accountsText.sections.audit, permission: 'audit.read' },
];

const flashes = accountsText.flashes;
const FLASHES: Record<string, Flash> = {
  'da-tao': { kind: 'ok', text: flashes.userCreated },
  'da-luu': { kind: 'ok', text: flashes.userSaved },
  'da-doi-mat-khau': { kind: 'ok', text: flashes.passwordReset },
  'da-khoa': { kind: 'ok', text: flashes.userDisabled },
  'da-mo-khoa': { kind: 'ok', text: flashes.userEnabled },
  'da-ket-thuc': { kind: 'ok', text: flashes.sessionEnded },
};

export interface StaffPagesDeps extends UserPagesDeps {
  sessions: SessionStore;
}

export function mountStaffPages(app: Hono<StaffEnv>, deps: StaffPagesDeps) {
  const { guard, frame } = deps;
  for (const section of SECTIONS) frame.addSection(section);
  frame.addFlashes(FLASHES);

  // Every staff route names its permission: the token in a form is checked after it.
  app.use('/quan-tri', guard.loadStaff(), guard.csrf({ afterPermission: true }));
  app.use('/quan-tri/*', guard.loadStaff(), guard.csrf({ afterPermission: true }));

  mountDashboard(app, deps);
  mountUserPages(app, deps);
  mountSessionPages(app, deps);
  mountAuditLog(app, deps);
}

/** /quan-tri: the panels of what waits for this person, then the sections they may open. */
function mountDashboard(app: Hono<StaffEnv>, { guard, frame }: StaffPagesDeps) {
  app.get('/quan-tri', guard.require('staff.enter'), async (c) => {
    const staff = c.get('staff')!;
    const [panels, links] = await Promise.all([
      frame.homePanelsFor(c),
      Promise.all(
        frame
          .sectionsFor(c)
          .map(async (section) => ({ ...section, summary: section.summary ? await section.summary(c) : undefined })),
      ),
    ]);
    return frame.respond(
      c,
      accountsText.dashboard.title,
      <StaffHome name={staff.user.name} panels={panels} links={links} />,
    );
  });
}

/** Who is signed in, and ending someone's session. */
function mountSessionPages(app: Hono<StaffEnv>, { guard, frame, sessions, audit }: StaffPagesDeps) {
  app.get('/quan-tri/phien-dang-nhap', guard.require('sessions.manage'), async (c) => {
    const staff = c.get('staff')!;
    return frame.respond(
      c,
      accountsText.sessions.title,
      <SessionsPage
        sessions={await sessions.listActive()}
        csrfToken={staff.csrfToken}
        currentTokenHash={staff.tokenHash}
      />,
    );
  });

  app.post('/quan-tri/phien-dang-nhap/:hash/ket-thuc', guard.require('sessions.manage'), async (c) => {
    const hash = c.req.param('hash');
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new NotFoundError();
    const ended = (await sessions.listActive()).find((s) => s.token_hash === hash);
    if (!ended) throw new NotFoundError();
    await sessions.end(hash);
    await recordStaffAction(c, audit, { action: 'session.revoked', target: ended.email, detail: ended.browser });
    return c.redirect('/quan-tri/phien-dang-nhap?tb=da-ket-thuc', 303);
  });
}

/** The audit log, newest first, filtered by kind of event. */
function mountAuditLog(app: Hono<StaffEnv>, { guard, frame, audit }: StaffPagesDeps) {
  app.get('/quan-tri/nhat-ky', guard.require('audit.read'), async (c) => {
    const requested = readQueryParam(c, 'loai') || undefined;
    const action = requested && requested in auditLabels ? requested : undefined;
    const pageNumber = readPageNumber(c);
    const { records, total } = await audit.page({
      action,
      limit: AUDIT_PAGE_SIZE,
      offset: (pageNumber - 1) * AUDIT_PAGE_SIZE,
    });
    const pages = pageCount(total, AUDIT_PAGE_SIZE);
    if (pageNumber > pages) throw new NotFoundError('PAGE_OUT_OF_RANGE');
    return frame.respond(
      c,
      accountsText.audit.title,
      <AuditPage records={records} page={pageNumber} pages={pages} action={action} />,
    );
  });
}

// Tình hình dư luận xã hội: each unit's public-opinion report per period (a month by default; the
// admin sets the period, the deadline day and the days of grace), with its cases ("vụ việc"),
// each of a severity from "bình thường" to "điểm nóng". Rules: every report and case is "Nội bộ"
// or "Mật" and is never shown on a public page, in search, the sitemap, RSS or a public backup (no
// public route reads these tables, and the backup's --public leaves them out); a unit reporter
// sees and edits only their unit's reports, until the period closes; leaders and the admin see
// all; editors and contributors none; every read of a report or a case writes an audit row.
// Periods, deadlines and lateness are computed in Vietnam time (opinion-periods.ts). The staff home
// page's panels (opinion-home-panels.tsx) show counts, periods, dates and ages, never what a report
// or a case says, so they are the one read that writes no audit row.
import type { Hono } from 'hono';
import { bodyCap } from '../../platform/http/body.js';
import { createOpinionHome } from './opinion-home.js';
import { createOpinionOverview, type UnitToReport } from './opinion-overview.js';
import { createOpinionReminders } from './opinion-reminders.js';
import { mountOpinionAdmin } from './opinion.admin.js';
import { mountOpinionOverview } from './opinion-overview.admin.js';
import { createOpinionService, type OpinionDeps } from './opinion.service.js';
import type { StaffFrame, StaffGuard } from '../accounts/index.js';
import type { Letterhead } from './opinion-synthesis-docx.js';

export type { UnitToReport, Letterhead };
export type { ReportOwed } from './opinion-reminders.js';
export { OPINION_TABLES } from './opinion.tables.js';
export { importOpinionReport, type ImportedOpinionReport } from './opinion-import.js';
export { addOpinionHomePanels } from './opinion-home-panels.js';

export function createOpinion(deps: OpinionDeps & { listUnits: () => Promise<UnitToReport[]> }) {
  const service = createOpinionService(deps);
  const overview = createOpinionOverview(deps);
  return {
    service,
    overview,
    /** For the staff home page's panels: figures and standings only, so not audited. */
    home: createOpinionHome(deps),
    /** For the daily reminder job: the units that owe a period's report. */
    reminders: createOpinionReminders(deps),
    mount(app: Hono, parts: { guard: StaffGuard; frame: StaffFrame; letterhead: () => Letterhead }) {
      mountOpinionAdmin(app, { service, ...parts }, (a) => mountOpinionOverview(a, { service, overview, ...parts }));
    },
  };
}

export type Opinion = ReturnType<typeof createOpinion>;

// A report's two long fields (10,000 characters each) percent-encoded run past the 64 KB default.
const FORM_BYTES = 512 * 1024;

/** The report and case forms' body cap, declared with the others before anything reads a body. */
export function capOpinionBodies(app: Hono) {
  app.use('/quan-tri/du-luan', bodyCap(FORM_BYTES));
  app.use('/quan-tri/du-luan/*', bodyCap(FORM_BYTES));
}

// Public-opinion reports: the module built with the units it expects reports from (every unit but
// the Bloc's own committee, the root), its staff routes, its panels on the staff home page, and on
// a demo's first start six months of reports from several units.
import type { Hono } from 'hono';
import { addOpinionHomePanels, createOpinion, importOpinionReport, type Opinion } from '../modules/opinion/index.js';
import { vietnamDay } from '../platform/time/vietnam-time.js';
import { DEMO_OPINION_UNITS, demoOpinionReports } from '../demo/demo-opinion.js';
import type { Basics, Content } from './content.js';
import type { People } from './people.js';

export type { Opinion };

/** The six monthly periods before the current one, with their deadline (the 5th of the next month). */
function lastSixMonths(now: Date) {
  const today = vietnamDay(now);
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  const periods = [];
  for (let monthsAgo = 1; monthsAgo <= 6; monthsAgo++) {
    const [nextYear, nextMonth] = [year, month];
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
    const pad = (n: number) => String(n).padStart(2, '0');
    periods.push({ periodKey: `${year}-${pad(month)}`, deadline: `${nextYear}-${pad(nextMonth)}-05`, monthsAgo });
  }
  return periods;
}

async function seedDemoOpinion(basics: Basics, people: People) {
  const tree = await people.units.listTree();
  const reporter = (await people.accounts.service.listUsers()).find((u) => u.email === 'donvi@congtin.demo');
  const unitIds = DEMO_OPINION_UNITS.map((name) => tree.find((u) => u.name === name)?.id);
  for (const report of demoOpinionReports(lastSixMonths(basics.clock.now()), basics.clock.now())) {
    const unitId = unitIds[report.unit];
    if (unitId === undefined) continue;
    const { unit, ...rest } = report;
    await importOpinionReport(basics.db, { ...rest, unitId, filedBy: unit === 0 ? (reporter?.id ?? null) : null });
  }
  basics.logger.info('demo opinion reports created');
}

export async function buildOpinion(basics: Basics, people: People) {
  const opinion = createOpinion({
    db: basics.db,
    clock: basics.clock,
    audit: people.accounts.audit,
    listUnits: async () =>
      (await people.units.listTree()).filter((u) => u.parentId !== null).map((u) => ({ id: u.id, name: u.name })),
  });
  if (people.firstAccounts && basics.config.demoContent) await seedDemoOpinion(basics, people);
  // Its home panels are added here, not in home-panels.ts, which is given only the stages before work.
  addOpinionHomePanels(people.accounts.frame, opinion.home);
  return opinion;
}

export function mountOpinion(app: Hono, parts: { basics: Basics; content: Content; people: People; opinion: Opinion }) {
  const { guard, frame } = parts.people.accounts;
  parts.opinion.mount(app, {
    guard,
    frame,
    letterhead: () => ({
      ...parts.basics.config.report,
      issuer: parts.content.settings.get().name.toLocaleUpperCase('vi'),
    }),
  });
}

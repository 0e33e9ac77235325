// The newsroom and the plan tracker, with what runs on its own: the publish scheduler and the
// reminder job (e-mail only when SMTP is configured; the bell works either way).
import { can } from '../modules/accounts/index.js';
import { createNewsroom, startPublishScheduler } from '../modules/articles/index.js';
import { createPlans } from '../modules/plans/index.js';
import { importPlan } from '../modules/plans/plan-import.js';
import { createReminders, createSmtpMailer, startReminderJob } from '../modules/reminders/index.js';
import { seedDemoImages } from '../demo/demo-images.js';
import { seedDemoNewsroom } from '../demo/demo-newsroom.js';
import { demoPlan } from '../demo/demo-plans.js';
import { demoCurrentPlan } from '../demo/demo-current-plan.js';
import { vietnamDay } from '../platform/time/vietnam-time.js';
import type { Basics, Content } from './content.js';
import type { Opinion } from './opinion.js';
import type { People } from './people.js';

type Newsroom = ReturnType<typeof createNewsroom>;

/** The demo's work in progress, on the first start only (when the demo accounts were just made). */
async function seedDemoWork(basics: Basics, content: Content, people: People, newsroom: Newsroom) {
  const { db, clock, logger } = basics;
  const users = await people.accounts.service.listUsers();
  const byEmail = (email: string) => users.find((u) => u.email === email);
  const contributor = byEmail('congtacvien@congtin.demo');
  const editor = byEmail('bientap@congtin.demo');
  const category = (await content.articles.listCategories())[0];
  if (contributor && editor && category)
    await seedDemoNewsroom({ newsroom, contributor, editor, categoryId: category.id, now: clock.now() });
  // The demo articles' pictures need an uploader, so they come here, once the demo accounts exist.
  if (editor) await seedDemoImages({ media: content.media, articles: content.articles, uploadedBy: editor.id });
  const tree = await people.units.listTree();
  const root = tree.find((u) => u.parentId === null);
  if (!root) return;
  const unit = (words: string) =>
    tree.filter((u) => u.name.includes(words)).sort((a, b) => a.depth - b.depth)[0]?.id ?? root.id;
  const founded = root.foundedOn ?? '2008-11-18';
  const lookup = { unit, root: root.id, blocFoundingDay: founded.slice(5) };
  await importPlan(db, demoPlan(lookup), clock.now().toISOString());
  // This year's plan, dated from today so the tracker has work due, overdue and done on day one.
  const evidence = (await content.articles.listLatest({ limit: 3 })).map((a) => a.id);
  const reporterId = byEmail('donvi@congtin.demo')?.id ?? null;
  const today = vietnamDay(clock.now());
  await importPlan(db, demoCurrentPlan({ ...lookup, today, evidence, reporterId }), clock.now().toISOString());
  logger.info('demo plans created');
}

function buildNewsroom({ db, clock }: Basics, content: Content, { accounts }: People) {
  return createNewsroom({
    db,
    clock,
    audit: accounts.audit,
    onContentChanged: content.onContentChanged,
    imageExists: async (id) => (await content.media.findById(id)) !== undefined,
    isWriter: async (userId) => {
      const user = await accounts.service.findUser(userId);
      return user !== undefined && !user.disabled && can(user.roles, 'articles.write');
    },
    work: content.work,
  });
}

export async function buildWork(
  basics: Basics,
  content: Content,
  people: People,
  siteUrl: string,
  opinion: Pick<Opinion, 'reminders'>,
) {
  const { config, db, clock, logger } = basics;
  const { accounts, units } = people;
  const newsroom = buildNewsroom(basics, content, people);
  const plans = createPlans({
    db,
    clock,
    audit: accounts.audit,
    unitExists: (id) => units.exists(id),
    findPublishedArticles: async (ids) =>
      (await content.articles.listPublishedByIds(ids)).map((a) => ({ id: a.id, title: a.title, url: a.url })),
  });
  people.answerUnitUse((unitId) => plans.describeUnitUse(unitId));
  const seedDemo = people.firstAccounts && config.demoContent;
  if (seedDemo) await seedDemoWork(basics, content, people, newsroom);
  const scheduler = startPublishScheduler({ newsroom, logger, onRun: basics.metrics?.jobRuns('publish-scheduler') });
  await scheduler.runOnce();
  const mailer = config.smtp ? createSmtpMailer(config.smtp, content.siteName) : undefined;
  const reminderDeps = {
    db,
    clock,
    logger,
    policy: config.reminders,
    listDue: (daysAhead: number) => plans.listReminders(daysAhead),
    listDueReports: () => opinion.reminders.listReportsOwed(),
    listUsers: () => accounts.service.listUsers(),
    mailer,
    siteUrl,
    siteName: content.siteName,
  };
  const reminders = createReminders(reminderDeps);
  // The demo's bells ring on the first start, whatever the hour: today's run is done now (and
  // claimed, so the job does not repeat it); e-mails, if any, wait for the job and REMINDER_HOUR.
  if (seedDemo)
    await createReminders({ ...reminderDeps, policy: { ...config.reminders, hour: 0 }, mailer: undefined }).runDue();
  const reminderJob = startReminderJob({ reminders, logger, onRun: basics.metrics?.jobRuns('reminders') });
  return { newsroom, plans, scheduler, mailer, reminders, reminderJob };
}

export type Work = Awaited<ReturnType<typeof buildWork>>;

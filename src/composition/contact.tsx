// The contact form's wiring: the service gets who may handle messages from the accounts, and the
// mailer's send when SMTP_URL is set (work.ts builds it); the page shows the site module's contact
// details above the form. The demo's departments and messages come on the first start only.
import type { Hono } from 'hono';
import { can } from '../modules/accounts/index.js';
import { createContact, type Contact } from '../modules/contact/index.js';

export type { Contact };
import { ContactPage } from '../modules/site/index.js';
import { seedDemoContact } from '../demo/demo-contact.js';
import type { Basics, Content } from './content.js';
import type { People } from './people.js';
import type { Work } from './work.js';

export async function buildContact(basics: Basics, content: Content, people: People, work: Work, siteUrl: string) {
  const { config, db, clock, logger, random } = basics;
  const { accounts } = people;
  const isHandler = async (userId: number) => {
    const user = await accounts.service.findUser(userId);
    return user !== undefined && !user.disabled && can(user.roles, 'contact.handle');
  };
  const mailer = work.mailer;
  const deps = {
    db,
    clock,
    logger,
    audit: accounts.audit,
    siteUrl,
    siteName: content.siteName,
    isHandler,
    onContentChanged: content.onContentChanged,
  };
  const contact = await createContact({
    ...deps,
    sendMail: mailer ? (mail) => mailer.send(mail) : undefined,
    freshSecret: () => random(32).toString('base64'),
  });
  if (people.firstAccounts && config.demoContent) {
    // Without the mailer: the demo's messages must not e-mail the demo departments' addresses.
    const quiet = await createContact({ ...deps, freshSecret: () => random(32).toString('base64') });
    const editor = (await accounts.service.listUsers()).find((u) => u.email === 'bientap@congtin.demo');
    await seedDemoContact({ contact: quiet.service, now: clock.now(), handler: editor });
    logger.info('demo contact departments and messages created');
  }
  return contact;
}

export function mountContact(app: Hono, parts: { content: Content; people: People; contact: Contact }) {
  const { content, people, contact } = parts;
  const { accounts } = people;
  contact.mount(
    app,
    {
      pageCache: content.pageCache,
      renderPage: content.renderPage,
      trustedProxies: people.trustedProxies,
      siteName: content.siteName,
      renderDetails: () => <ContactPage settings={content.settings.get()} />,
    },
    {
      guard: accounts.guard,
      frame: accounts.frame,
      listHandlers: async () =>
        (await accounts.service.listUsers())
          .filter((u) => !u.disabled && can(u.roles, 'contact.handle'))
          .map((u) => ({ id: u.id, name: u.name })),
    },
  );
}

// Liên hệ (the contact form): readers write to a department from /lien-he; the staff handle the
// messages in /quan-tri/lien-he; the admin keeps the departments. Rules: no CAPTCHA service and
// no session for readers: a signed issue time with a minimum fill time (form-stamp.ts), a trap
// field, a per-address limit kept in memory under an HMAC of the address (sender-limit.ts), a
// body cap; the department is told by e-mail only after the message is committed, never holding
// the reader's answer; the staff's changes are audited.
import type { Hono } from 'hono';
import { findOrCreateContactSecret } from './contact.queries.js';
import { mountInboxPages, type ContactAdminDeps } from './contact.admin.js';
import { capContactBodies, mountContactPages, type ContactPagesDeps } from './contact.public.js';
import { createContactService, type ContactDeps } from './contact.service.js';
import { createSenderLimit } from './sender-limit.js';
import { mountDepartmentPages } from './departments.admin.js';

export type { ContactMail } from './contact-email.js';
export type { ContactService, Department } from './contact.service.js';
export { capContactBodies };

export async function createContact(deps: ContactDeps & { freshSecret: () => string }) {
  const service = createContactService(deps);
  const secret = await findOrCreateContactSecret(deps.db, 'form-stamp', deps.freshSecret());
  const senderLimit = createSenderLimit({ clock: deps.clock, secret });
  return {
    service,
    /** The public pages (/lien-he, its POST, /lien-he/da-gui) and the staff's inbox and departments. */
    mount(
      app: Hono,
      pages: Omit<ContactPagesDeps, 'contact' | 'secret' | 'senderLimit' | 'clock'>,
      staff: Omit<ContactAdminDeps, 'contact'>,
    ) {
      mountContactPages(app, { ...pages, contact: service, secret, senderLimit, clock: deps.clock });
      // Before the inbox's /:id, which would otherwise take "bo-phan" for a message id.
      mountDepartmentPages(app, { contact: service, guard: staff.guard, frame: staff.frame });
      mountInboxPages(app, { ...staff, contact: service });
    },
  };
}

export type Contact = Awaited<ReturnType<typeof createContact>>;

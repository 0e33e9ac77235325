// /lien-he (the details and the form), POST /lien-he, and /lien-he/da-gui (the thank-you page).
//
// Why the form page is a cached shell with the stamp spliced in: the stamp must be issued per
// request, or the minimum fill time would count from when the cache was filled and a bot could
// post at once; but rendering the whole page per request costs far more than the cached bytes.
// Measured with autocannon -c 10 on this (shared, 2-core) machine: about 5,500 GET /lien-he a
// second with the spliced shell against about 1,000 with a full render per request
// (PAGE_CACHE_SECONDS=0), and 11,000 for a page served whole from the fast path. So it is rendered
// once into the page cache under a key no request URL can have, with a marker where the stamp
// goes, and each GET gets those bytes with a fresh stamp: never stored by a browser or proxy.
import type { BlockList } from 'node:net';
import type { Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { Clock } from '../../platform/clock.js';
import { bodyCap } from '../../platform/http/body.js';
import { clientIp } from '../../platform/http/client-ip.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { sendPage, type PageCache } from '../../platform/http/page-cache.js';
import type { PublicPageRenderer } from '../../platform/views/public-page.js';
import { checkStamp, issueStamp } from './form-stamp.js';
import { contactFormFields, contactMessageSchema, type ContactFormValues } from './contact.schema.js';
import type { ContactService } from './contact.service.js';
import { contactText } from './contact.vi.js';
import type { SenderLimit } from './sender-limit.js';
import {
  ContactForm,
  ContactPageBody,
  emptyContactForm,
  STAMP_FIELD,
  ThanksBody,
  ThrottledBody,
  TRAP_FIELD,
} from './views/contact-form.js';

export const CONTACT_PATH = '/lien-he';
export const THANKS_PATH = '/lien-he/da-gui';
/** A page-cache key with a space: no request line can carry it, so the fast path never serves the shell. */
const SHELL_KEY = '/lien-he (form shell)';
const STAMP_MARK = 'contact-stamp-goes-here';
/** Name 100, e-mail 254, phone 24 and 4,000 characters of message, each up to 9 bytes form-encoded. */
const CONTACT_BODY_BYTES = 48 * 1024;

export interface ContactPagesDeps {
  contact: ContactService;
  pageCache: PageCache;
  renderPage: PublicPageRenderer;
  clock: Clock;
  trustedProxies: BlockList;
  senderLimit: SenderLimit;
  /** The key that signs the form's issue time. */
  secret: string;
  siteName: () => string;
  /** The site's name, address, phone and e-mail, as the site module shows them. */
  renderDetails: () => Child;
}

export function capContactBodies(app: Hono) {
  app.use(CONTACT_PATH, bodyCap(CONTACT_BODY_BYTES));
}

async function readContactForm(c: Context) {
  const form = await c.req.parseBody();
  const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).normalize('NFC') : '');
  const values = Object.fromEntries(contactFormFields.map((k) => [k, text(k)])) as ContactFormValues;
  return { values, trap: text(TRAP_FIELD), stamp: text(STAMP_FIELD) };
}

const noStore = { 'Cache-Control': 'no-store', 'Content-Type': 'text/html; charset=utf-8' };

/**
 * GET /lien-he: the cached shell with a fresh stamp where its marker is. The shell is split once
 * around the marker, and the halves remembered for as long as the cache keeps those bytes.
 */
function serveFormShell(deps: ContactPagesDeps, renderShell: () => Promise<Buffer>) {
  const splits = new WeakMap<Buffer, [Buffer, Buffer]>();
  return async (c: Context) => {
    const shell = await deps.pageCache.get(SHELL_KEY, async () => ({ body: await renderShell() }));
    let parts = splits.get(shell.body);
    if (!parts) {
      const at = shell.body.indexOf(STAMP_MARK);
      parts =
        at === -1
          ? [shell.body, Buffer.alloc(0)]
          : [shell.body.subarray(0, at), shell.body.subarray(at + STAMP_MARK.length)];
      splits.set(shell.body, parts);
    }
    const stamp = parts[1].length > 0 ? Buffer.from(issueStamp(deps.secret, deps.clock.now())) : Buffer.alloc(0);
    return c.body(Buffer.concat([parts[0], stamp, parts[1]]) as Uint8Array<ArrayBuffer>, 200, noStore);
  };
}

export function mountContactPages(app: Hono, deps: ContactPagesDeps) {
  const { contact, pageCache, renderPage, clock } = deps;
  const meta = () => ({
    title: contactText.page.title,
    description: contactText.page.description(deps.siteName()),
    path: CONTACT_PATH,
  });
  const renderFormPage = async (form: Child) =>
    renderPage(meta(), <ContactPageBody details={deps.renderDetails()} form={form} />);
  const departments = () => contact.listDepartments({ activeOnly: true });

  app.get(
    CONTACT_PATH,
    serveFormShell(deps, async () =>
      renderFormPage(<ContactForm departments={await departments()} stamp={STAMP_MARK} values={emptyContactForm} />),
    ),
  );

  const refuse = async (c: Context, values: ContactFormValues, errors: Record<string, string>) => {
    const form = (
      <ContactForm
        departments={await departments()}
        stamp={issueStamp(deps.secret, clock.now())}
        values={values}
        errors={errors}
      />
    );
    return c.body((await renderFormPage(form)) as Uint8Array<ArrayBuffer>, 400, noStore);
  };

  app.post(CONTACT_PATH, async (c) => {
    const wait = deps.senderLimit.take(clientIp(c, deps.trustedProxies));
    if (wait > 0) {
      const body = await renderPage(
        {
          title: contactText.throttled.title,
          description: contactText.throttled.title,
          path: CONTACT_PATH,
          noindex: true,
        },
        <ThrottledBody minutes={Math.ceil(wait / 60)} />,
      );
      return c.body(body as Uint8Array<ArrayBuffer>, 429, { ...noStore, 'Retry-After': String(wait) });
    }
    const { values, trap, stamp } = await readContactForm(c);
    const parsed = contactMessageSchema.safeParse(values);
    // A filled trap is a bot: it is answered as a person would be, so it learns nothing; a message
    // that would have been valid is kept as spam (a person's autofill may fill the trap), unannounced.
    if (trap !== '') {
      if (parsed.success) await contact.receive(parsed.data, { spam: true });
      return c.redirect(THANKS_PATH, 303);
    }
    if (!parsed.success) return refuse(c, values, fieldErrors(parsed.error));
    // Said only of a form that is otherwise right: a person fixing fields sends a new stamp anyway.
    const stampCheck = checkStamp(deps.secret, stamp, clock.now());
    if (stampCheck !== 'ok')
      return refuse(c, values, {
        _form: stampCheck === 'too-fast' ? contactText.refusal.tooFast : contactText.refusal.stampInvalid,
      });
    const received = await contact.receive(parsed.data, { spam: false });
    if (received.kind === 'unknown-department')
      return refuse(c, values, { departmentId: contactText.refusal.departmentUnknown });
    return c.redirect(THANKS_PATH, 303);
  });

  app.get(THANKS_PATH, async (c) => {
    const page = await pageCache.get(THANKS_PATH, async () => ({
      body: await renderPage(
        { title: contactText.thanks.title, description: contactText.thanks.body, path: THANKS_PATH, noindex: true },
        <ThanksBody />,
      ),
    }));
    return sendPage(c, page);
  });
}

// /quan-tri/lien-he: the inbox and each message's page, where the staff set its status, who
// handles it and notes (contact.handle); every change is audited by the service.
import type { Context, Hono } from 'hono';
import { AppError, NotFoundError } from '../../platform/http/errors.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { parseId, readIdParam, readPageNumber, readQueryParam } from '../../platform/http/query.js';
import { pageCount } from '../../platform/views/pagination.js';
import { can, requestIdOf, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import { CONTACT_STATUSES, handlingSchema } from './contact.schema.js';
import type { ContactService, StaffActor } from './contact.service.js';
import type { ContactStatus } from './contact.tables.js';
import { contactError, contactText } from './contact.vi.js';
import {
  INBOX_PATH,
  InboxPage,
  MessagePage,
  type HandlingValues,
  type InboxFilter,
  type InboxMessage,
} from './views/inbox-pages.js';

const PER_PAGE = 50;

export interface ContactAdminDeps {
  contact: ContactService;
  guard: StaffGuard;
  frame: StaffFrame;
  /** The people who may be given a message to handle, by name. */
  listHandlers: () => Promise<Array<{ id: number; name: string }>>;
}

export function actorOf(c: Context<StaffEnv>): StaffActor {
  const { user } = c.get('staff')!;
  return { userId: user.id, actor: user.email, requestId: requestIdOf(c) };
}

function readInboxFilter(c: Context): InboxFilter {
  const status = readQueryParam(c, 'trang-thai') ?? '';
  const department = readQueryParam(c, 'bo-phan') ?? '';
  const departmentId = department === '' ? undefined : parseId(department);
  const known = (CONTACT_STATUSES as readonly string[]).includes(status);
  if ((status !== '' && !known) || (department !== '' && departmentId === undefined))
    throw new AppError(contactError('FILTER_INVALID'), 400);
  return { status: known ? (status as ContactStatus) : undefined, departmentId };
}

async function readHandlingForm(c: Context): Promise<HandlingValues> {
  const form = await c.req.parseBody();
  const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).normalize('NFC') : '');
  return { status: text('status'), assigneeId: text('assigneeId'), note: text('note') };
}

export function mountInboxPages(app: Hono, deps: ContactAdminDeps) {
  const { contact, guard, frame } = deps;
  frame.addSection({
    href: INBOX_PATH,
    label: contactText.section.label,
    hint: contactText.section.hint,
    permission: 'contact.handle',
    order: 45,
    summary: async () => {
      const count = await contact.countNew();
      return count > 0 ? contactText.section.summary(count) : undefined;
    },
  });
  frame.addFlashes({ 'da-luu-thu': { kind: 'ok', text: contactText.flashes.saved } });

  app.get(INBOX_PATH, guard.require('contact.handle'), async (c) => {
    const filter = readInboxFilter(c);
    const page = readPageNumber(c);
    const { rows, total } = await contact.listMessages(filter, { limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
    const pages = pageCount(total, PER_PAGE);
    if (page > pages) throw new NotFoundError('PAGE_OUT_OF_RANGE');
    return frame.respond(
      c,
      contactText.inbox.title,
      <InboxPage
        messages={rows as InboxMessage[]}
        total={total}
        page={page}
        pages={pages}
        filter={filter}
        departments={await contact.listDepartments({ activeOnly: false })}
        mayManageDepartments={can(c.get('staff')!.user.roles, 'contact.manage')}
      />,
    );
  });

  const findOr404 = async (c: Context) => {
    const message = await contact.findMessage(readIdParam(c, 'id', contactError('MESSAGE_NOT_FOUND')));
    if (!message) throw new NotFoundError(contactError('MESSAGE_NOT_FOUND'));
    return message as InboxMessage;
  };

  app.get(`${INBOX_PATH}/:id`, guard.require('contact.handle'), async (c) => {
    const message = await findOr404(c);
    return frame.respond(
      c,
      contactText.message.title(message.name),
      <MessagePage message={message} csrfToken={c.get('staff')!.csrfToken} handlers={await deps.listHandlers()} />,
    );
  });

  app.post(`${INBOX_PATH}/:id`, guard.require('contact.handle'), async (c) => {
    const message = await findOr404(c);
    const values = await readHandlingForm(c);
    const parsed = handlingSchema.safeParse(values);
    const errors = parsed.success ? undefined : fieldErrors(parsed.error);
    const outcome = parsed.success ? await contact.updateHandling(actorOf(c), message.id, parsed.data) : undefined;
    if (outcome === 'saved') return c.redirect(`${INBOX_PATH}/${message.id}?tb=da-luu-thu`, 303);
    if (outcome === 'not-found') throw new NotFoundError(contactError('MESSAGE_NOT_FOUND'));
    return frame.respond(
      c,
      contactText.message.title(message.name),
      <MessagePage
        message={message}
        csrfToken={c.get('staff')!.csrfToken}
        handlers={await deps.listHandlers()}
        values={values}
        errors={errors ?? { assigneeId: contactText.handling.assigneeInvalid }}
      />,
      { status: 400 },
    );
  });
}

// The day's reminder e-mail to one person: every notification of their unit that day, overdue
// first, each with the task's address; plain text and a simple HTML copy (escaped by hono/jsx).
import { formatDate } from '../../platform/i18n/format.js';
import { renderDocument } from '../../platform/views/render.js';
import type { NotificationKind } from './reminders.tables.js';
import { remindersText } from './reminders.vi.js';

export interface EmailReminder {
  kind: NotificationKind;
  text: string;
  /** Site-relative link to the task. */
  link: string;
}

export interface ReminderEmailInput {
  recipientName: string;
  siteName: string;
  /** Public origin without a trailing slash (SITE_URL). */
  siteUrl: string;
  /** The Vietnam date of the run, YYYY-MM-DD. */
  day: string;
  reminders: EmailReminder[];
}

const t = remindersText.email;
const headings: Readonly<Record<NotificationKind, string>> = remindersText.kinds;
const KIND_ORDER: NotificationKind[] = ['overdue', 'due_soon'];

export function reminderSubject(count: number): string {
  return t.subject(count);
}

export async function buildReminderEmail(
  input: ReminderEmailInput,
): Promise<{ subject: string; text: string; html: string }> {
  const date = formatDate(`${input.day}T05:00:00Z`);
  const inbox = `${input.siteUrl}/quan-tri/thong-bao`;
  const groups = KIND_ORDER.map((kind) => ({ kind, items: input.reminders.filter((r) => r.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
  const intro = t.intro(input.siteName, date);
  const footer = t.footer;

  const text = [
    t.greeting(input.recipientName),
    '',
    intro,
    ...groups.flatMap((g) => [
      '',
      t.listHeading(headings[g.kind]),
      ...g.items.flatMap((r) => [`- ${r.text}`, `  ${input.siteUrl}${r.link}`]),
    ]),
    '',
    t.seeAllAt(inbox),
    '',
    footer,
  ].join('\n');

  const html = (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <title>{reminderSubject(input.reminders.length)}</title>
      </head>
      <body>
        <p>{t.greeting(input.recipientName)}</p>
        <p>{intro}</p>
        {groups.map((g) => (
          <>
            <h2>{headings[g.kind]}</h2>
            <ul>
              {g.items.map((r) => (
                <li>
                  <a href={`${input.siteUrl}${r.link}`}>{r.text}</a>
                </li>
              ))}
            </ul>
          </>
        ))}
        <p>
          <a href={inbox}>{t.seeAll}</a>
        </p>
        <p>
          <small>{footer}</small>
        </p>
      </body>
    </html>
  );
  return {
    subject: reminderSubject(input.reminders.length),
    text,
    html: (await renderDocument(html)).toString('utf8'),
  };
}

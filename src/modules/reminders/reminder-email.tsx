// The day's reminder e-mail to one person: every notification of their unit that day, overdue
// first, each with the task's address; plain text and a simple HTML copy (escaped by hono/jsx).
import { formatDate } from '../../platform/i18n/format.js';
import { renderDocument } from '../../platform/views/render.js';
import type { NotificationKind } from './reminders.tables.js';

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

const headings: Record<NotificationKind, string> = { overdue: 'Quá hạn', due_soon: 'Sắp đến hạn' };
const KIND_ORDER: NotificationKind[] = ['overdue', 'due_soon'];

export function reminderSubject(count: number): string {
  return `[Đôn đốc] ${count} nhiệm vụ sắp đến hạn hoặc quá hạn`;
}

export async function buildReminderEmail(
  input: ReminderEmailInput,
): Promise<{ subject: string; text: string; html: string }> {
  const date = formatDate(`${input.day}T05:00:00Z`);
  const inbox = `${input.siteUrl}/quan-tri/thong-bao`;
  const groups = KIND_ORDER.map((kind) => ({ kind, items: input.reminders.filter((r) => r.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
  const intro = `Hệ thống theo dõi kế hoạch của ${input.siteName} nhắc đơn vị của đồng chí các nhiệm vụ sau (ngày ${date}):`;
  const footer = 'Thư này được gửi tự động mỗi ngày một lần; đồng chí không cần trả lời thư.';

  const text = [
    `Kính gửi đồng chí ${input.recipientName},`,
    '',
    intro,
    ...groups.flatMap((g) => [
      '',
      `${headings[g.kind]}:`,
      ...g.items.flatMap((r) => [`- ${r.text}`, `  ${input.siteUrl}${r.link}`]),
    ]),
    '',
    `Xem tất cả thông báo: ${inbox}`,
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
        <p>Kính gửi đồng chí {input.recipientName},</p>
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
          <a href={inbox}>Xem tất cả thông báo</a>
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

// The notice a department gets for a new message: plain text and a simple HTML copy (escaped by
// hono/jsx), with the sender's words quoted and a link to the message in the inbox. The reply
// goes to the sender: the department answers from its own mail program.
import { renderDocument } from '../../platform/views/render.js';
import { contactText } from './contact.vi.js';

const t = contactText.mail;

export interface ContactMail {
  to: { name: string; address: string };
  replyTo: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
}

export interface NoticeInput {
  messageId: number;
  department: { name: string; email: string };
  name: string;
  email: string;
  phone: string;
  message: string;
  siteName: string;
  /** Public origin without a trailing slash (SITE_URL). */
  siteUrl: string;
}

export async function buildNoticeMail(input: NoticeInput): Promise<ContactMail> {
  const link = `${input.siteUrl}/quan-tri/lien-he/${input.messageId}`;
  const facts: Array<[string, string]> = [
    [t.from, input.name],
    [t.email, input.email],
    ...(input.phone ? [[t.phone, input.phone] as [string, string]] : []),
  ];
  const text = [
    t.intro(input.department.name, input.siteName),
    '',
    ...facts.map(([label, value]) => `${label}: ${value}`),
    '',
    `${t.message}:`,
    input.message,
    '',
    `${t.open} ${link}`,
  ].join('\n');
  const html = await renderDocument(
    <html lang="vi">
      <body>
        <p>{t.intro(input.department.name, input.siteName)}</p>
        <ul>
          {facts.map(([label, value]) => (
            <li>
              {label}: {value}
            </li>
          ))}
        </ul>
        <p>{t.message}:</p>
        <blockquote style="white-space: pre-wrap">{input.message}</blockquote>
        <p>
          {t.open} <a href={link}>{link}</a>
        </p>
      </body>
    </html>,
  );
  return {
    to: { name: input.department.name, address: input.department.email },
    replyTo: { name: input.name, address: input.email },
    subject: t.subject(input.name, input.department.name),
    text,
    html: html.toString('utf8'),
  };
}

// Outgoing mail over SMTP (nodemailer), configured by SMTP_URL and SMTP_FROM. The only place
// that knows nodemailer, so the reminder service and its tests see a small interface.
import type { Transporter } from 'nodemailer';

export interface MailMessage {
  to: { name: string; address: string };
  /** Where an answer goes when it is not the sender (a reader's message passed on to a department). */
  replyTo?: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

// A mail server that does not answer must not hold the daily job (or a shutdown) for minutes.
const CONNECT_TIMEOUT_MS = 15_000;
const SOCKET_TIMEOUT_MS = 30_000;

/** The transport's options from smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465 (TLS from the start). */
export function smtpOptions(url: string) {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    auth: parsed.username
      ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) }
      : undefined,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: CONNECT_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
  };
}

/**
 * `from` is SMTP_FROM: a bare address gets the site's name as the sender's name, read at each
 * send (the admin may rename the site); "Name <address>" is used as written.
 */
export function createSmtpMailer(smtp: { url: string; from: string }, senderName: () => string): Mailer {
  // nodemailer takes ~0.15 s to load: made at the first e-mail, not at every start.
  let transport: Transporter | undefined;
  return {
    async send(message) {
      transport ??= (await import('nodemailer')).createTransport(smtpOptions(smtp.url));
      const from = smtp.from.includes('<') ? smtp.from : { name: senderName(), address: smtp.from };
      await transport.sendMail({
        from,
        to: message.to,
        replyTo: message.replyTo,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
    },
    close() {
      transport?.close();
    },
  };
}

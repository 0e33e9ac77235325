// A mailbox for tests: smtp-server on 127.0.0.1 collecting what it is sent, each message decoded
// (headers' encoded words, quoted-printable or base64 bodies, multipart/alternative).
// Used by the reminders' and the contact form's tests: optionally with a login, and able to
// refuse an address's next delivery (450) to test retries.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
}

/** Quoted-printable (RFC 2045) to text: the bytes are UTF-8. */
function decodeQuotedPrintable(value: string): string {
  const soft = value.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(soft.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A header's encoded words (RFC 2047, =?UTF-8?Q?…?= or =?UTF-8?B?…?=) to text. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?[^?]+\?([QqBb])\?([^?]*)\?=/g, (_, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

function parseEntity(raw: string): { headers: Map<string, string>; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = split === -1 ? raw : raw.slice(0, split);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: split === -1 ? '' : raw.slice(split + 4) };
}

function decodeBody(entity: { headers: Map<string, string>; body: string }): string {
  const encoding = (entity.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(entity.body);
  if (encoding === 'base64') return Buffer.from(entity.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return entity.body;
}

/** The text and HTML of a message, single part or multipart/alternative. */
function parseMail(raw: string, to: string[]): ReceivedMail {
  const message = parseEntity(raw);
  const type = message.headers.get('content-type') ?? 'text/plain';
  const parts: Array<{ headers: Map<string, string>; body: string }> = [];
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (boundary) {
    for (const chunk of message.body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith('--')) break;
      parts.push(parseEntity(chunk.replace(/^\r\n/, '')));
    }
  } else parts.push(message);
  const partOf = (mime: string) =>
    parts.find((p) => (p.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith(mime));
  const text = partOf('text/plain');
  const html = partOf('text/html');
  return {
    to,
    from: decodeHeader(message.headers.get('from') ?? ''),
    subject: decodeHeader(message.headers.get('subject') ?? ''),
    text: text ? decodeBody(text) : '',
    html: html ? decodeBody(html) : '',
  };
}

export interface MailboxOptions {
  /** When set, the server asks for this login (plain, no TLS: loopback only). */
  auth?: { user: string; password: string };
}

export async function startMailbox(options: MailboxOptions = {}) {
  const messages: ReceivedMail[] = [];
  /** Addresses whose next delivery the server refuses (450), once each. */
  const refuseOnce = new Set<string>();
  const { auth } = options;
  const server = new SMTPServer({
    logger: false,
    disabledCommands: auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    onAuth(login, _session, callback) {
      if (auth && login.username === auth.user && login.password === auth.password) callback(null, { user: auth.user });
      else callback(new Error('Sai tên hoặc mật khẩu'));
    },
    onRcptTo(address, _session, callback) {
      if (refuseOnce.delete(address.address)) {
        const err = new Error('Hộp thư tạm thời không nhận thư') as Error & { responseCode: number };
        err.responseCode = 450;
        callback(err);
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        messages.push({
          ...parseMail(
            raw,
            session.envelope.rcptTo.map((r) => r.address),
          ),
          replyTo: decodeHeader(/^reply-to:\s*(.*(?:\r\n[ \t].*)*)/im.exec(raw)?.[1] ?? ''),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    messages,
    refuseOnce,
    url: `smtp://127.0.0.1:${port}`,
    to: (address: string) => messages.filter((m) => m.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// The contact form's issue time, signed: a hidden field "<ms since epoch>.<HMAC>" that the server
// checks when the form comes back. It replaces a CSRF token for anonymous readers (they have no
// session) and tells a bot that posts at once, or replays an old page, from a person: the form
// must be back no sooner than MIN_FILL_MS and no later than MAX_AGE_MS after it was issued.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** A person reads the page and types at least a name, an address and a message. */
export const MIN_FILL_MS = 3_000;
/** A page left open over a working day still sends; an older copy is sent back to be re-sent. */
export const MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Several nodes' clocks may differ a little: a stamp "from the future" within this is accepted. */
const CLOCK_SKEW_MS = 5_000;

export type StampCheck = 'ok' | 'too-fast' | 'invalid';

function signatureOf(secret: string, issuedAt: number): string {
  return createHmac('sha256', secret).update(`contact-form:${issuedAt}`).digest('base64url').slice(0, 32);
}

export function issueStamp(secret: string, now: Date): string {
  const issuedAt = now.getTime();
  return `${issuedAt}.${signatureOf(secret, issuedAt)}`;
}

export function checkStamp(secret: string, stamp: string, now: Date): StampCheck {
  const match = /^([0-9]{1,15})\.([A-Za-z0-9_-]{32})$/.exec(stamp);
  if (!match) return 'invalid';
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(signatureOf(secret, issuedAt));
  if (!timingSafeEqual(expected, Buffer.from(match[2]!))) return 'invalid';
  const age = now.getTime() - issuedAt;
  if (age < -CLOCK_SKEW_MS || age > MAX_AGE_MS) return 'invalid';
  return age < MIN_FILL_MS ? 'too-fast' : 'ok';
}

import { createHmac } from 'node:crypto';

/**
 * The anonymous visitor id: HMAC-SHA256(daily salt, ip + user agent), truncated to 128 bits.
 * Without the salt (deleted after 48 h) it cannot be turned back into an address.
 */
export function computeVisitorId(salt: string, ip: string, userAgent: string): string {
  return createHmac('sha256', salt).update(`${ip}\n${userAgent}`).digest('hex').slice(0, 32);
}

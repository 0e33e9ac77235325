// Requests that are not a person reading a page: crawlers and link previewers (isbot's list),
// requests with no user agent, and speculative prefetches/prerenders.
import { isbot } from 'isbot';

export function isBotUserAgent(userAgent: string | undefined): boolean {
  return !userAgent || userAgent.trim() === '' || isbot(userAgent);
}

export function isPrefetch(header: (name: string) => string | undefined): boolean {
  const purpose =
    `${header('sec-purpose') ?? ''} ${header('purpose') ?? ''} ${header('x-purpose') ?? ''} ${header('x-moz') ?? ''}`.toLowerCase();
  return purpose.includes('prefetch') || purpose.includes('prerender') || purpose.includes('preview');
}

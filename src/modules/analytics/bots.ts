// Requests that are not a person reading a page: crawlers and link previewers (isbot's list),
// requests with no user agent, and speculative prefetches/prerenders.
import { isbot } from 'isbot';

// isbot's one large regular expression was 2.5 % of the beacon's CPU; readers' user agents repeat
// (a few browser versions make most of the traffic), so the answers are kept per string. Bounded:
// when a flood of made-up agents fills it, it starts again empty (answers stay right, only slower).
const MAX_REMEMBERED = 2048;
const answers = new Map<string, boolean>();

export function isBotUserAgent(userAgent: string | undefined): boolean {
  if (!userAgent || userAgent.trim() === '') return true;
  const known = answers.get(userAgent);
  if (known !== undefined) return known;
  const bot = isbot(userAgent);
  if (answers.size >= MAX_REMEMBERED) answers.clear();
  answers.set(userAgent, bot);
  return bot;
}

export function isPrefetch(header: (name: string) => string | undefined): boolean {
  const purpose =
    `${header('sec-purpose') ?? ''} ${header('purpose') ?? ''} ${header('x-purpose') ?? ''} ${header('x-moz') ?? ''}`.toLowerCase();
  return purpose.includes('prefetch') || purpose.includes('prerender') || purpose.includes('preview');
}

// /su-kien/lich.ics: the public events as an iCalendar feed a phone calendar subscribes to. Times in
// UTC (no VTIMEZONE needed), one UID per event that never changes (the id and the site's host).
import { requiredOnFirstUse } from '../../platform/required-on-first-use.js';
import type { EventView } from './event-view.js';
import { eventsText, kindLabels } from './events.vi.js';

// Required on first use: only the feed needs it, and every start would pay for it.
const ical = requiredOnFirstUse<typeof import('ical-generator'), typeof import('ical-generator').default>(
  'ical-generator',
  (loaded) => loaded.default,
);

export function buildCalendar(events: EventView[], site: { name: string; url: string }, now: Date): string {
  const host = new URL(site.url).host;
  const calendar = ical()({ name: eventsText.ics.name(site.name), prodId: { company: host, product: 'congtin' } });
  calendar.ttl(60 * 60);
  for (const event of events) {
    calendar.createEvent({
      id: `su-kien-${event.id}@${host}`,
      start: new Date(event.startsAt),
      end: new Date(event.endsAt),
      stamp: now,
      lastModified: new Date(event.updatedAt),
      summary: event.title,
      description: `${kindLabels[event.kind]}${event.description ? `\n\n${event.description}` : ''}`,
      location: event.place || null,
      url: new URL(event.url, site.url).toString(),
    });
  }
  return calendar.toString();
}

// Events in the portal's search and sitemap (platform/content/listed-content.ts): published ones
// only, kept in memory while the content stays and searched there (platform/content/listed-search.ts).
import type { ListedContent } from '../../platform/content/listed-content.js';
import { findListed, type ListedEntry } from '../../platform/content/listed-search.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import { eventSlug, paragraphsOf } from './event-view.js';
import * as q from './events.queries.js';
import type { EventsKit } from './service-kit.js';

const SUMMARY_CHARS = 240;

function entryOf(row: Awaited<ReturnType<typeof q.listPublicForSearch>>[number]): ListedEntry {
  const text = paragraphsOf(row.description)
    .map((lines) => lines.join(' '))
    .join(' ');
  const summary = [row.place, text].filter(Boolean).join(' — ');
  return {
    words: row.search_f,
    hit: {
      kind: 'event',
      title: row.title,
      url: `/su-kien/${eventSlug(row.id, row.title)}`,
      date: vietnamDay(new Date(row.starts_at)),
      summary: summary.length > SUMMARY_CHARS ? `${summary.slice(0, SUMMARY_CHARS - 1)}…` : summary,
    },
  };
}

export function createEventsListed(kit: Pick<EventsKit, 'db' | 'keepInMemory'>): ListedContent {
  const entries = () =>
    kit.keepInMemory('listed:events', async () => (await q.listPublicForSearch(kit.db)).map(entryOf));
  return {
    kind: 'event',
    async search(words, limit) {
      return findListed(await entries(), words, Math.max(1, Math.min(limit, 100)));
    },
    async listPages() {
      // /su-kien itself is listed by the portal with the other sections.
      const rows = await q.listPublicPages(kit.db);
      return rows.map((r) => ({ path: `/su-kien/${eventSlug(r.id, r.title)}`, lastModified: r.updated_at }));
    },
  };
}

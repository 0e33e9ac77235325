// Events in the portal's search and sitemap (platform/content/listed-content.ts): published ones
// only; the reader's words are folded to [a-z0-9]+ tokens, so nothing typed is ever SQL syntax.
import type { ListedContent } from '../../platform/content/listed-content.js';
import { fold } from '../../platform/text/fold.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import { eventSlug, paragraphsOf } from './event-view.js';
import * as q from './events.queries.js';
import type { EventsKit } from './service-kit.js';

const SUMMARY_CHARS = 240;

export function createEventsListed(kit: Pick<EventsKit, 'db'>): ListedContent {
  return {
    kind: 'event',
    async search(words, limit) {
      const tokens = [...new Set(fold(words).match(/[a-z0-9]+/g) ?? [])].slice(0, 12);
      if (tokens.length === 0) return [];
      const rows = await q.searchPublic(kit.db, tokens, Math.max(1, Math.min(limit, 100)));
      return rows.map((row) => {
        const text = paragraphsOf(row.description)
          .map((lines) => lines.join(' '))
          .join(' ');
        const summary = [row.place, text].filter(Boolean).join(' — ');
        return {
          kind: 'event' as const,
          title: row.title,
          url: `/su-kien/${eventSlug(row.id, row.title)}`,
          date: vietnamDay(new Date(row.starts_at)),
          summary: summary.length > SUMMARY_CHARS ? `${summary.slice(0, SUMMARY_CHARS - 1)}…` : summary,
        };
      });
    },
    async listPages() {
      // /su-kien itself is listed by the portal with the other sections.
      const rows = await q.listPublicPages(kit.db);
      return rows.map((r) => ({ path: `/su-kien/${eventSlug(r.id, r.title)}`, lastModified: r.updated_at }));
    },
  };
}

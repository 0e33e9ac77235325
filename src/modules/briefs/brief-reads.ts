// What the pages, the feed, the API and the portal's lists read of the briefs. Readers see
// published briefs only; drafts are for the staff pages.
import type { ListedContent, ListedHit } from '../../platform/content/listed-content.js';
import { findListed, type ListedEntry } from '../../platform/content/listed-search.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { addMonths, briefOf, type Brief, type BriefRevision, parseStoredItems } from './brief-items.js';
import * as q from './briefs.queries.js';
import type { BriefsDeps } from './briefs.service.js';
import { briefError, briefsText } from './briefs.vi.js';

const SUMMARY_CHARS = 240;

export function createBriefReads(deps: Pick<BriefsDeps, 'db' | 'siteName' | 'keepInMemory'>) {
  const { db } = deps;
  const toBrief = (row: Parameters<typeof briefOf>[0]) => briefOf(row, deps.siteName());

  return {
    /** Any brief by id, drafts too (staff). */
    async get(id: number): Promise<Brief> {
      const row = Number.isSafeInteger(id) && id > 0 ? await q.findBriefById(db, id) : undefined;
      if (!row) throw new NotFoundError(briefError('BRIEF_ID_NOT_FOUND'));
      return toBrief(row);
    },

    async revisions(id: number): Promise<BriefRevision[]> {
      return (await q.listRevisions(db, id)).map((r) => ({
        version: r.version,
        status: r.status,
        reason: r.reason,
        savedBy: r.saved_by_name,
        savedAt: r.saved_at,
        intro: r.intro,
        itemCount: parseStoredItems(r.items).length,
      }));
    },

    async listForStaff(page: { limit: number; offset: number }): Promise<{ briefs: Brief[]; total: number }> {
      const [rows, total] = await Promise.all([q.listBriefs(db, page), q.countBriefs(db)]);
      return { briefs: rows.map(toBrief), total };
    },

    /** The published brief of a day, or undefined. */
    async publishedOn(day: string): Promise<Brief | undefined> {
      const row = await q.findPublishedByDay(db, day);
      return row ? toBrief(row) : undefined;
    },

    async listPublished(page: { limit: number; offset: number }): Promise<{ briefs: Brief[]; total: number }> {
      const [rows, total] = await Promise.all([q.listPublished(db, page), q.countBriefs(db, 'published')]);
      return { briefs: rows.map(toBrief), total };
    },

    /** Published briefs from..to inclusive (YYYY-MM-DD), newest first. */
    async publishedBetween(from: string, to: string): Promise<Brief[]> {
      return (await q.listPublishedBetween(db, from, to)).map(toBrief);
    },

    /** The days of a month (YYYY-MM) that have a published brief. */
    async publishedDaysIn(month: string): Promise<Set<string>> {
      const rows = await q.listPublishedBetween(db, `${month}-01`, `${addMonths(month, 1)}-00`);
      return new Set(rows.map((r) => r.day));
    },

    /** The newest published brief, for the home page's block. */
    async latest(): Promise<Brief | undefined> {
      const [row] = await q.listPublished(db, { limit: 1, offset: 0 });
      return row ? toBrief(row) : undefined;
    },

    /** Briefs for search and the sitemap (ListedContent). */
    listed: (): ListedContent => listedBriefs(deps),
  };
}

/** The intro and the items' titles, cut to a sentence or two. */
function summaryOf(brief: Brief): string {
  const whole = [brief.intro, ...brief.items.map((i) => i.title)].join(' · ');
  return whole.length <= SUMMARY_CHARS ? whole : `${whole.slice(0, SUMMARY_CHARS - 1).trimEnd()}…`;
}

/** Published briefs as search and the sitemap list them. */
function listedBriefs(deps: Pick<BriefsDeps, 'db' | 'siteName' | 'keepInMemory'>): ListedContent {
  const { db } = deps;
  const entries = () =>
    deps.keepInMemory('listed:briefs', async () =>
      (await q.listPublishedForSearch(db)).map((row): ListedEntry => {
        const b = briefOf(row, deps.siteName());
        const title = briefsText.public.dayTitle(b.date);
        return { words: row.search_f, hit: { kind: 'brief', title, url: b.url, date: b.date, summary: summaryOf(b) } };
      }),
    );
  return {
    kind: 'brief',
    async search(words: string, limit: number): Promise<ListedHit[]> {
      return findListed(await entries(), words, Math.min(limit, 50));
    },
    async listPages() {
      return (await q.listPublishedPages(db)).map((r) => ({ path: `/diem-tin/${r.day}`, lastModified: r.updated_at }));
    },
  };
}

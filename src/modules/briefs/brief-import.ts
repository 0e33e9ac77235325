// Published briefs of past days brought in at once (the demo's month, an old portal's archive):
// one transaction for the briefs, one for the plan task's reports, instead of two or three per
// day, so a first start stays quick. Each brief keeps its own publication time, which is when
// its day's report counts as filed.
import { normalizeText } from '../../platform/text/fold.js';
import { briefPath, searchTextOf } from './brief-items.js';
import { type BriefKit, parseInput } from './brief-kit.js';
import * as q from './briefs.queries.js';
import { briefInputSchema } from './briefs.schema.js';
import type { BriefContext } from './briefs.service.js';
import { briefsText } from './briefs.vi.js';

export interface PublishedEntry {
  /** The brief as the API takes it: date, intro, items. */
  brief: unknown;
  /** ISO instant it was published. */
  publishedAt: string;
}

export async function importPublished(kit: BriefKit, ctx: BriefContext, entries: PublishedEntry[]): Promise<number[]> {
  const inputs = entries.map((e) => parseInput(briefInputSchema, e.brief));
  const ids = inputs.flatMap((input) => input.items.flatMap((i) => (i.kind === 'article' ? [i.articleId] : [])));
  const found = new Map((await kit.deps.findArticles([...new Set(ids)])).map((a) => [a.id, a]));
  const rows = await Promise.all(
    inputs.map(async (input, n) => {
      const items = await kit.storedItems(input, found);
      const intro = normalizeText(input.intro);
      return { input, intro, items, at: entries[n]!.publishedAt };
    }),
  );
  const created = await kit.db.transaction().execute(async (trx) => {
    const made: Array<{ id: number; day: string; at: string }> = [];
    for (const { input, intro, items, at } of rows) {
      const json = JSON.stringify(items);
      const id = await q.insertBrief(trx, {
        day: input.date,
        intro,
        items: json,
        status: 'published',
        search_f: searchTextOf(intro, items),
        created_at: at,
        updated_at: at,
        published_at: at,
        reported_at: null,
      });
      const revision = { brief_id: id, version: 1, intro, items: json, status: 'published' as const };
      await q.insertRevision(trx, { ...revision, saved_by_name: ctx.actor.name, saved_at: at });
      await kit.record(ctx, trx, 'brief.published', briefPath(input.date));
      made.push({ id, day: input.date, at });
    }
    return made;
  });
  kit.deps.onContentChanged();
  const taskId = await q.readSettingsTask(kit.db);
  if (kit.deps.tracker && taskId !== null && created.length > 0) {
    const body = (day: string) => briefsText.report(day, kit.deps.siteUrl + briefPath(day));
    const results = await kit.deps.tracker.fileReports(
      ctx,
      taskId,
      created.map((c) => ({ day: c.day, body: body(c.day), filedAt: c.at })),
    );
    const reported = created.filter((_, n) => results[n] === 'filed' || results[n] === 'already_reported');
    await q.markReported(
      kit.db,
      reported.map((c) => c.id),
      kit.nowIso(),
    );
  }
  return created.map((c) => c.id);
}

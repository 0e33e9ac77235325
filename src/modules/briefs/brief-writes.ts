// Creating and changing a brief: one transaction each writes the row, its revision and the audit
// line; a published brief changes only with a reason and keeps its day.
import { isUniqueViolation } from '../../platform/db/dialect.js';
import { ConflictError } from '../../platform/http/errors.js';
import { normalizeText } from '../../platform/text/fold.js';
import { type Brief, briefPath, searchTextOf } from './brief-items.js';
import { type BriefKit, parseInput, refused } from './brief-kit.js';
import * as q from './briefs.queries.js';
import { briefChangeSchema, briefInputSchema } from './briefs.schema.js';
import type { BriefContext } from './briefs.service.js';
import { briefError, briefsText } from './briefs.vi.js';

const text = briefsText.input;

/** A second brief for a day is the date field's error, not a 500. */
function dayTaken(err: unknown): never {
  if (isUniqueViolation(err)) refused({ date: text.dateTaken });
  throw err;
}

export async function createBrief(kit: BriefKit, ctx: BriefContext, sent: unknown): Promise<Brief> {
  const input = parseInput(briefInputSchema, sent);
  const items = JSON.stringify(await kit.storedItems(input));
  const now = kit.nowIso();
  const intro = normalizeText(input.intro);
  const id = await kit.db
    .transaction()
    .execute(async (trx) => {
      const id = await q.insertBrief(trx, {
        day: input.date,
        intro,
        items,
        status: 'draft',
        search_f: searchTextOf(intro, JSON.parse(items)),
        created_at: now,
        updated_at: now,
        published_at: null,
        reported_at: null,
      });
      const revision = { brief_id: id, version: 1, intro, items, status: 'draft' as const };
      await q.insertRevision(trx, { ...revision, saved_by_name: ctx.actor.name, saved_at: now });
      await kit.record(ctx, trx, 'brief.created', briefPath(input.date));
      return id;
    })
    .catch(dayTaken);
  return kit.reads.get(id);
}

export async function updateBrief(kit: BriefKit, ctx: BriefContext, id: number, sent: unknown): Promise<Brief> {
  const change = parseInput(briefChangeSchema, sent);
  const row = await kit.loadRow(kit.db, id);
  const published = row.status === 'published';
  if (published && change.reason === '') refused({ reason: text.reasonRequired });
  if (published && change.date !== row.day) refused({ date: text.dateFixed });
  const stored = await kit.storedItems(change);
  const items = JSON.stringify(stored);
  const now = kit.nowIso();
  const intro = normalizeText(change.intro);
  const reason = published ? normalizeText(change.reason) : '';
  await kit.db
    .transaction()
    .execute(async (trx) => {
      const search_f = searchTextOf(intro, stored);
      const saved = await q.updateBrief(trx, id, change.version, {
        day: change.date,
        intro,
        items,
        search_f,
        updated_at: now,
      });
      if (!saved) throw new ConflictError(briefError('BRIEF_CHANGED'));
      const revision = { brief_id: id, version: change.version + 1, intro, items, status: row.status, reason };
      await q.insertRevision(trx, { ...revision, saved_by_name: ctx.actor.name, saved_at: now });
      const action = published ? 'brief.amended' : 'brief.updated';
      await kit.record(ctx, trx, action, briefPath(change.date), published ? reason : undefined);
    })
    .catch(dayTaken);
  if (published) kit.deps.onContentChanged();
  return kit.reads.get(id);
}

// The old site's categories in congtin: one already there with the same name (accents and case
// aside) is joined, any other is created. congtin's categories are one level, so a child category
// becomes a category of its own beside its parent. Categories are few (tens): their ids are kept
// in memory for the articles that follow.
import { fold } from '../../platform/text/fold.js';
import { insertImportedCategory } from '../articles/index.js';
import type { ImportDeps } from './import-deps.js';
import type { ImportedArticle, ImportedCategory } from './import-source.js';
import type { ImportReport } from './import-report.js';
import { normalizeOldPaths } from './old-paths.js';
import { findImportedId, recordImportedItem, recordLegacyUrls } from './imports.queries.js';
import { importsText } from './imports.vi.js';

const nameKey = (name: string) => fold(name.normalize('NFC')).replace(/\s+/g, ' ').trim();

export async function createCategoryPlacer(deps: ImportDeps, sourceName: string, report: ImportReport) {
  const byName = new Map((await deps.listCategories()).map((c) => [nameKey(c.name), c.id]));
  const bySourceId = new Map<string, number>();

  async function create(name: string, alias: string | undefined, sourceId: string, oldPaths: string[]) {
    const now = deps.clock.now().toISOString();
    return deps.db.transaction().execute(async (trx) => {
      const existing = byName.get(nameKey(name));
      const id = existing ?? (await insertImportedCategory(trx, { name, alias, now })).id;
      await recordImportedItem(trx, { source: sourceName, kind: 'category', sourceId, congtinId: id, now });
      const recorded = await recordLegacyUrls(trx, { paths: oldPaths, categoryId: id, source: sourceName, now });
      return { id, created: existing === undefined, recorded };
    });
  }

  async function place(record: ImportedCategory): Promise<number> {
    const known = await findImportedId(deps.db, { source: sourceName, kind: 'category', sourceId: record.sourceId });
    if (known !== undefined) {
      report.categories.unchanged++;
      bySourceId.set(record.sourceId, known);
      return known;
    }
    const outcome = await create(record.name, record.alias, record.sourceId, normalizeOldPaths(record.oldPaths));
    if (outcome.created) report.categories.created++;
    else report.categories.matched++;
    report.redirects.recorded += outcome.recorded;
    byName.set(nameKey(record.name), outcome.id);
    bySourceId.set(record.sourceId, outcome.id);
    return outcome.id;
  }

  /** An article's category: its first one that came in, else the catch-all for its kind (made once). */
  async function categoryOf(article: ImportedArticle): Promise<number> {
    for (const sourceId of article.categorySourceIds) {
      const id =
        bySourceId.get(sourceId) ?? (await findImportedId(deps.db, { source: sourceName, kind: 'category', sourceId }));
      if (id !== undefined) return id;
    }
    const name = importsText.fallbackCategory[article.kind];
    const id = byName.get(nameKey(name));
    if (id !== undefined) return id;
    return place({ type: 'category', sourceId: `congtin:${article.kind}`, name, oldPaths: [] });
  }

  return { place, categoryOf };
}

// The import: reads a source's records as they stream (never all at once), places categories,
// brings in articles one transaction each, and counts what it did. Running it again adds nothing.
import type { ImportDeps } from './import-deps.js';
import { importArticle } from './import-article.js';
import { createCategoryPlacer } from './import-categories.js';
import type { ImportSource } from './import-source.js';
import { emptyReport, type ImportReport } from './import-report.js';
import { findImportedId, recordImportedItem } from './imports.queries.js';

export interface ImportProgress {
  /** Articles handled so far (created, unchanged or skipped). */
  done: number;
  expected: number | undefined;
}

/** The old site's visit total, kept once per source: the counters' starting total adds it at the next start. */
async function keepVisitTotal(deps: ImportDeps, source: string, total: number, report: ImportReport) {
  report.visitTotal = total;
  const key = { source, kind: 'visit-total' as const, sourceId: 'total' };
  if ((await findImportedId(deps.db, key)) !== undefined) return;
  await recordImportedItem(deps.db, {
    ...key,
    congtinId: Math.max(0, Math.trunc(total)),
    now: deps.clock.now().toISOString(),
  });
}

export async function runImport(
  source: ImportSource,
  deps: ImportDeps,
  progress: (p: ImportProgress) => void = () => {},
): Promise<ImportReport> {
  const report = emptyReport(source.name);
  const categories = await createCategoryPlacer(deps, source.name, report);
  const ctx = { deps, source, report, categoryOf: categories.categoryOf };
  const expected = await source.expectedArticles();
  let done = 0;
  try {
    for await (const record of source.records()) {
      if (record.type === 'category') await categories.place(record);
      else if (record.type === 'skipped') {
        report.skipped.push({ sourceId: record.sourceId, title: '', reason: record.reason });
        // Counted like an article: the sources count it in expectedArticles, so the bar reaches the end.
        progress({ done: ++done, expected });
      } else if (record.type === 'visit-total') await keepVisitTotal(deps, source.name, record.total, report);
      else {
        await importArticle(ctx, record);
        progress({ done: ++done, expected });
      }
    }
  } finally {
    // What was written before a failure is whole and stays: the pages must show it.
    if (report.articles.created + report.categories.created > 0) deps.onContentChanged();
  }
  return report;
}

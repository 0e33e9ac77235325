// What the report forms offer: the articles found by the search and those already ticked, and each
// report's files for whoever may open them (and so may know their names).
import type { PlanPageDeps } from '../plans.admin.js';
import type { ArticleChoice } from '../views/choices.js';
import { idsOf } from './form-input.js';

/** The ticked articles first, then the search's, each once. */
export async function listArticleChoices(
  deps: PlanPageDeps,
  query: string,
  ticked: string[],
): Promise<ArticleChoice[]> {
  const [found, chosen] = await Promise.all([
    query ? deps.searchArticles(query) : Promise.resolve([]),
    deps.findArticles(idsOf(ticked)),
  ]);
  const seen = new Set<number>();
  return [...chosen, ...found].filter((a) => {
    if (seen.has(a.id)) return false;
    seen.add(a.id);
    return true;
  });
}

/** Each report with the files this person may open (and so may know the names of). */
export async function withAttachments<T extends { id: number; mayOpenFiles: boolean }>(
  deps: PlanPageDeps,
  reports: T[],
) {
  const files = await deps.attachments.listForReports(reports.filter((r) => r.mayOpenFiles).map((r) => r.id));
  return reports.map((r) => ({ ...r, attachments: files.get(r.id) ?? [] }));
}

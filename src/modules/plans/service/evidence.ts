// The evidence of reports: the articles they cite that readers can open now. Which articles those
// are is the articles module's rule (published, public, not expired), asked, never re-derived here:
// an article withdrawn or expired since it was cited proves nothing and is not shown.
import type { Db } from '../../../database.js';
import * as q from '../plans.queries.js';
import type { EvidenceArticle } from '../plans.types.js';

export async function listEvidence(
  db: Db,
  findPublishedArticles: (ids: number[]) => Promise<EvidenceArticle[]>,
  reportIds: number[],
): Promise<Map<number, EvidenceArticle[]>> {
  const cited = await q.listReportArticleIds(db, reportIds);
  const live = new Map(
    (await findPublishedArticles([...new Set(cited.map((c) => c.article_id))])).map((a) => [a.id, a]),
  );
  const evidence = new Map<number, EvidenceArticle[]>();
  for (const c of cited) {
    const article = live.get(c.article_id);
    if (article) (evidence.get(c.report_id) ?? evidence.set(c.report_id, []).get(c.report_id)!).push(article);
  }
  return evidence;
}

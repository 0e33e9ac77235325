// What an import did, counted as it streams: the skipped items are kept whole (the operator reads
// every one), everything else is a number, so the report stays small for 20,000 articles.
import { formatNumber } from '../../platform/i18n/format.js';
import { importsText } from './imports.vi.js';

export interface SkippedReport {
  sourceId: string;
  title: string;
  reason: string;
}

export interface ImportReport {
  source: string;
  categories: { created: number; matched: number; unchanged: number };
  articles: { created: number; unchanged: number };
  images: { copied: number; reused: number };
  redirects: { recorded: number };
  /** The old site's visit total, when the source had one. */
  visitTotal?: number;
  skipped: SkippedReport[];
}

export function emptyReport(source: string): ImportReport {
  return {
    source,
    categories: { created: 0, matched: 0, unchanged: 0 },
    articles: { created: 0, unchanged: 0 },
    images: { copied: 0, reused: 0 },
    redirects: { recorded: 0 },
    skipped: [],
  };
}

/** The report as the command line prints it, in Vietnamese, one fact a line. */
export function formatReport(report: ImportReport): string {
  const t = importsText.report;
  const { categories, articles, images, redirects, skipped } = report;
  const lines = [
    t.heading(report.source),
    t.categories(categories.created, categories.matched, categories.unchanged),
    t.articles(articles.created, articles.unchanged),
    t.images(images.copied, images.reused),
    t.redirects(redirects.recorded),
  ];
  if (report.visitTotal !== undefined) lines.push(t.visitTotal(formatNumber(report.visitTotal)));
  if (skipped.length === 0) lines.push(t.nothingSkipped);
  else {
    lines.push(t.skippedHeading(skipped.length));
    for (const s of skipped) lines.push(t.skippedLine(s.sourceId, s.title, s.reason));
  }
  return lines.join('\n');
}

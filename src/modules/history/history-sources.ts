// Sources as the rest of the module sees them, and a section's text with its footnotes numbered.
import type { HistorySourceRow } from './history.tables.js';
import { historyText, sourceKindLabels } from './history.vi.js';
import { citedSourceIds, numberMarkers } from './footnotes.js';

export interface HistorySource {
  id: number;
  sectionId: number;
  kind: string;
  kindLabel: string;
  title: string;
  keptAt: string;
  reference: string;
  dated: string;
  givenBy: string;
  /** What a writer types in the text to cite it. */
  marker: string;
}

export function toSource(row: HistorySourceRow): HistorySource {
  return {
    id: row.id,
    sectionId: row.section_id,
    kind: row.kind,
    kindLabel: sourceKindLabels[row.kind as keyof typeof sourceKindLabels] ?? row.kind,
    title: row.title,
    keptAt: row.kept_at,
    reference: row.reference,
    dated: row.dated,
    givenBy: row.given_by,
    marker: `[^${row.id}]`,
  };
}

/** One source as a footnote or a list line: kind, title, date, where kept, reference, who gave it. */
export const sourceLine = (s: HistorySource) => historyText.sourceLine({ ...s, kind: s.kindLabel });

/**
 * Sections' HTML with their markers numbered in order of first citation (one numbering across
 * them all), and the cited sources in that order: what a reader of a chapter sees.
 */
export function numberFootnotes(htmls: string[], sources: HistorySource[], format?: (n: number) => string) {
  const known = new Set(sources.map((s) => s.id));
  const numbering = new Map<number, number>();
  const numbered = htmls.map((html) => numberMarkers(html, known, numbering, format));
  const byId = new Map(sources.map((s) => [s.id, s]));
  const cited = [...numbering.keys()].map((id) => byId.get(id)!);
  return { numbered, cited };
}

/** The markers in a text that name none of these sources. */
export function unknownMarkers(text: string, sources: Pick<HistorySource, 'id'>[]): number[] {
  const known = new Set(sources.map((s) => s.id));
  return citedSourceIds(text).filter((id) => !known.has(id));
}

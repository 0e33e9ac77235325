// Footnote markers: in a section's text a source is cited as the plain text "[^<source id>]",
// which the editor and the sanitiser keep as they keep any text. Readers of the staff preview and
// of a published chapter see numbered superscripts and the list of sources; the .docx export
// turns each marker into a real Word footnote (history-docx.ts). Pure.

export const MARKER = /\[\^(\d{1,10})\]/g;

/** The source ids cited in a text, in order of first appearance. */
export function citedSourceIds(text: string): number[] {
  const seen = new Set<number>();
  for (const m of text.matchAll(MARKER)) seen.add(Number(m[1]));
  return [...seen];
}

/**
 * The HTML with each marker replaced by a superscript number (the order of first citation,
 * continuing from `numbering`, which is shared across the sections of a chapter), linked to
 * `#nguon-<n>` in the list below (or as `format` writes it). Markers naming no known source are dropped.
 */
export function numberMarkers(
  html: string,
  known: ReadonlySet<number>,
  numbering: Map<number, number>,
  format: (n: number) => string = (n) => `<sup><a href="#nguon-${n}">[${n}]</a></sup>`,
): string {
  return html.replace(MARKER, (_, raw: string) => {
    const id = Number(raw);
    if (!known.has(id)) return '';
    let n = numbering.get(id);
    if (n === undefined) {
      n = numbering.size + 1;
      numbering.set(id, n);
    }
    return format(n);
  });
}

/** Text split at its markers: plain runs and cited source ids, in order (the export's runs). */
export function splitAtMarkers(text: string): Array<string | { sourceId: number }> {
  const parts: Array<string | { sourceId: number }> = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    if (m.index! > last) parts.push(text.slice(last, m.index));
    parts.push({ sourceId: Number(m[1]) });
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

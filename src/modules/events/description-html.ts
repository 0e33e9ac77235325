// An event's plain-text description as HTML paragraphs: every character escaped, then, if given,
// the register's document numbers linked (at render time; the stored text is unchanged).
import type { LinkDocumentNumbers } from '../../platform/content/listed-content.js';
import { paragraphsOf } from './event-view.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

export async function descriptionHtml(text: string, link?: LinkDocumentNumbers): Promise<string> {
  const html = paragraphsOf(text)
    .map((lines) => `<p>${lines.map(escapeHtml).join('<br>')}</p>`)
    .join('');
  return link && html ? link(html) : html;
}

// Registered document numbers in public HTML become links to the register, at render time. Only
// text nodes are touched, found by a real HTML parser (htmlparser2, which sanitize-html is built
// on): never an attribute, a comment, a tag, text inside an existing link or a heading, or script
// and style. Everything else is copied byte for byte, so the stored HTML is unchanged.
import type { Parser } from 'htmlparser2';
import { requiredOnFirstUse } from '../../platform/required-on-first-use.js';
import { findDocumentNumbers, type FoundNumber } from './document-numbers.js';

/** Where a found number links to, or undefined when it is not registered (it stays plain text). */
export type NumberLookup = (found: FoundNumber) => { href: string; title: string } | undefined;

// Required on first use (the same CommonJS copy sanitize-html loads): only a page naming a
// registered number needs it, and every start would pay for it.
const htmlparser2 = requiredOnFirstUse<typeof import('htmlparser2')>('htmlparser2');

// Text inside these is left alone: a link in a link is invalid, a heading keeps its words, and the
// rest is not prose.
const LEFT_ALONE = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'script',
  'style',
  'textarea',
  'title',
  'button',
  'select',
  'option',
  'svg',
  'math',
]);

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** [start, end) of each run of text outside the elements left alone. */
function textRuns(html: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let depth = 0;
  const parser: Parser = new (htmlparser2().Parser)(
    {
      onopentagname(name) {
        if (LEFT_ALONE.has(name)) depth++;
      },
      onclosetag(name) {
        if (LEFT_ALONE.has(name) && depth > 0) depth--;
      },
      ontext() {
        if (depth > 0) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const last = runs[runs.length - 1];
        // A text with entities comes in pieces: join the pieces that touch.
        if (last && last[1] === start) last[1] = end;
        else runs.push([start, end]);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  return runs;
}

/** `html` with every registered number in its text linked; the same string when there is none. */
export function linkNumbersInHtml(html: string, lookup: NumberLookup): string {
  // Most bodies mention no number at all: skip the parse.
  if (findDocumentNumbers(html).length === 0) return html;
  let out = '';
  let copied = 0;
  for (const [start, end] of textRuns(html)) {
    const text = html.slice(start, end);
    for (const found of findDocumentNumbers(text)) {
      const target = lookup(found);
      if (!target) continue;
      out += html.slice(copied, start + found.start);
      out += `<a href="${escapeAttribute(target.href)}" class="doc-number" title="${escapeAttribute(target.title)}">`;
      out += `${found.text}</a>`;
      copied = start + found.end;
    }
  }
  return copied === 0 ? html : out + html.slice(copied);
}

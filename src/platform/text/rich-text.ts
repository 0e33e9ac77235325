// Article HTML is sanitised on the server whatever the client sent: this allowlist is the one
// rule for what rich text may contain, and it is exactly what the editor (src/client/editor/
// extensions.ts) can hold, so opening an article in the editor never drops what was stored.
import type sanitizeHtml from 'sanitize-html';
import { AppError } from '../http/errors.js';
import { measureHtml, type HtmlShapeLimits } from './html-shape.js';
import { requiredOnFirstUse } from '../required-on-first-use.js';

/**
 * sanitize-html, with postcss and a CommonJS copy of htmlparser2: required when text is first
 * sanitised, not at start, since readers never need it (the import of old sites uses it too).
 */
export const sanitizeHtmlLib = requiredOnFirstUse<typeof sanitizeHtml>('sanitize-html');

/** The allowlist, made when first needed (it calls into the library, loaded on first use). */
const optionsWith = (lib: typeof sanitizeHtml): sanitizeHtml.IOptions => ({
  allowedTags: [
    'p',
    'br',
    'hr',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'ul',
    'ol',
    'li',
    'blockquote',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'width', 'height'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // Images come from the media library (same origin): the public CSP (img-src 'self') would
  // block any other address for every reader, and a foreign image tells its host who reads what.
  exclusiveFilter: (frame) => frame.tag === 'img' && !/^\/(?!\/)/.test(frame.attribs.src ?? ''),
  transformTags: {
    a: lib.simpleTransform('a', { rel: 'noopener noreferrer' }),
  },
});
let options: sanitizeHtml.IOptions | undefined;

// A long article is a few thousand tags and a handful of levels (a table in a list item in a
// quote is under 10); the editor cannot nest deeper than lists do. These bounds leave ample room
// and keep the sanitiser's worst case under about 0.1 s.
export const RICH_TEXT_LIMITS: HtmlShapeLimits = { maxTags: 20_000, maxDepth: 64 };
/**
 * Up to this many characters a text is sanitised in a few milliseconds, less than handing it to
 * a worker thread costs; callers send longer ones to the worker pool (platform/workers).
 */
export const RICH_TEXT_INLINE_MAX_CHARS = 64 * 1024;

/** The HTML has more tags, or deeper nesting, than any real article: refused before sanitising. */
export class RichTextTooComplexError extends AppError {
  constructor(reason: 'tags' | 'depth') {
    super(reason === 'tags' ? 'RICH_TEXT_TOO_MANY_TAGS' : 'RICH_TEXT_TOO_DEEP', 400);
  }
}

/** Throws RichTextTooComplexError when the HTML is past RICH_TEXT_LIMITS; linear and cheap. */
export function checkRichTextShape(html: string): void {
  const shape = measureHtml(html, RICH_TEXT_LIMITS);
  if (!shape.ok) throw new RichTextTooComplexError(shape.reason);
}

/** The allowlisted HTML, on this thread: for short texts, and inside the worker. */
export function sanitizeRichText(html: string): string {
  checkRichTextShape(html);
  const lib = sanitizeHtmlLib();
  options ??= optionsWith(lib);
  return lib(html.normalize('NFC'), options);
}

// Which link targets the editor accepts: the server's sanitiser keeps only http, https and mailto
// (and same-site paths), so refusing anything else here tells the writer now rather than letting
// the link vanish silently on save. javascript: and data: are the dangerous ones.
import { editorText } from './editor.vi.js';

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
// Browsers ignore tabs, newlines and other control characters inside a scheme ("java\tscript:"),
// so they are removed before the scheme is looked at.
const CONTROL_AND_SPACE = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

export type LinkCheck = { ok: true; href: string } | { ok: false; message: string };

const messages = editorText.links;

/**
 * Turns what a writer typed into an href, or says why not. "congtin.vn/tin" gets https://, a path
 * starting with "/" stays a same-site link, "//host" (which the sanitiser drops) gets https:.
 */
export function checkLinkHref(input: string): LinkCheck {
  const typed = input.trim();
  if (typed === '') return { ok: false, message: messages.empty };
  const compact = typed.replace(CONTROL_AND_SPACE, '');
  const scheme = SCHEME.exec(compact)?.[1];
  if (scheme) {
    if (!ALLOWED_SCHEMES.has(`${scheme.toLowerCase()}:`)) return { ok: false, message: messages.badScheme };
    return { ok: true, href: typed };
  }
  if (typed.startsWith('//')) return { ok: true, href: `https:${typed}` };
  if (typed.startsWith('/') || typed.startsWith('#')) return { ok: true, href: typed };
  if (/^[^\s/?#@]+@[^\s/?#@]+\.[^\s/?#@]+$/.test(typed)) return { ok: true, href: `mailto:${typed}` };
  return { ok: true, href: `https://${typed}` };
}

/** The editor's own test for hrefs it meets in pasted or loaded HTML. */
export function isAllowedHref(href: string): boolean {
  const check = checkLinkHref(href);
  return check.ok && check.href === href.trim();
}

/** Uploaded image URLs come from our server; anything else is not put into the article. */
export function isAllowedImageSrc(src: string): boolean {
  return /^https?:\/\//i.test(src) || (src.startsWith('/') && !src.startsWith('//'));
}

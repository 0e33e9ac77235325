// sanitize-html (with postcss and a CommonJS copy of htmlparser2) is required when text is first
// sanitised, not at every start: readers never need it, and loading it cost every server a few MB
// resident from its first second (bench/RESULTS.md, "Speed at the limit, second stop").
import { createRequire } from 'node:module';
import type sanitizeHtml from 'sanitize-html';

const requireHere = createRequire(import.meta.url);
let loaded: typeof sanitizeHtml | undefined;

export function sanitizeHtmlLib(): typeof sanitizeHtml {
  loaded ??= requireHere('sanitize-html') as typeof sanitizeHtml;
  return loaded;
}

// A cheap, linear measure of an HTML fragment's shape (how many tags, how deeply nested), taken
// before the sanitiser sees it: sanitize-html slows down badly on pathological input such as
// '<b>'.repeat(333000), so what a real article never needs is refused up front. The scan follows
// htmlparser2's tokenising closely enough that it never counts fewer tags, or a shallower
// nesting, than the parser will build: quotes count only after "=", a stray closing tag does not
// close anything, and a "/>" does not close an ordinary element (HTML ignores it).

export interface HtmlShapeLimits {
  maxTags: number;
  maxDepth: number;
}

export type HtmlShape = { ok: true; tags: number; depth: number } | { ok: false; reason: 'tags' | 'depth' };

// Elements that never hold content, so they never deepen the tree.
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
// Opening one of these while the same kind is open closes the open one (<p>a<p>b, <li>…<li>),
// as the parser does; without it a list of unclosed <li>s would look deeply nested.
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'tr', 'td', 'th', 'option', 'dt', 'dd']);

const isLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;

/** Where the tag name starting at `from` ends (at whitespace, "/" or ">"). */
function nameEnd(html: string, from: number): number {
  let at = from;
  while (at < html.length) {
    const code = html.charCodeAt(at);
    if (isSpace(code) || code === 0x2f || code === 0x3e) break;
    at++;
  }
  return at;
}

/**
 * The index just after the ">" that ends an opening tag whose attributes start at `from`. The
 * states are htmlparser2's: a quote opens a value only right after "=" (elsewhere it is part of
 * a name), and an unquoted value runs to whitespace or ">".
 */
function tagEnd(html: string, from: number): number {
  let state: 'name?' | 'name' | 'afterName' | 'value?' | 'bareValue' = 'name?';
  for (let at = from; at < html.length; at++) {
    const code = html.charCodeAt(at);
    const space = isSpace(code);
    if (state === 'value?') {
      if (code === 0x22 || code === 0x27) {
        const close = html.indexOf(html[at]!, at + 1);
        if (close === -1) return html.length;
        at = close;
        state = 'name?';
      } else if (!space) state = 'bareValue';
      if (state !== 'bareValue') continue;
    }
    if (state === 'bareValue') {
      if (!space && code !== 0x3e) continue;
      state = 'name?';
    }
    if (state === 'name') {
      if (code !== 0x3d && !space && code !== 0x2f && code !== 0x3e) continue;
      state = 'afterName';
    }
    if (state === 'afterName') {
      if (code === 0x3d) state = 'value?';
      else if (code === 0x2f || code === 0x3e) state = 'name?';
      else if (!space) state = 'name';
      if (state !== 'name?') continue;
    }
    // Before an attribute name ("/" only matters before ">", which ends the tag either way).
    if (code === 0x3e) return at + 1;
    if (!space && code !== 0x2f) state = 'name';
  }
  return html.length;
}

/** Counts tags and the deepest nesting; stops as soon as a limit is passed. */
export function measureHtml(html: string, limits: HtmlShapeLimits): HtmlShape {
  const open: string[] = [];
  const openCount = new Map<string, number>();
  let tags = 0;
  let depth = 0;
  const push = (name: string) => {
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
  };
  const pop = () => {
    const name = open.pop()!;
    openCount.set(name, openCount.get(name)! - 1);
    return name;
  };
  let at = html.indexOf('<');
  while (at !== -1 && at < html.length) {
    const next = html.charCodeAt(at + 1);
    if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at + 4);
      at = close === -1 ? html.length : close + 3;
    } else if (next === 0x21 || next === 0x3f) {
      // <!doctype …>, <![CDATA[…]>, <?…>: skipped up to the next ">", as the parser does.
      const close = html.indexOf('>', at + 2);
      at = close === -1 ? html.length : close + 1;
    } else if (next === 0x2f && isLetter(html.charCodeAt(at + 2))) {
      const end = nameEnd(html, at + 2);
      const name = html.slice(at + 2, end).toLowerCase();
      // Closing an element that is open closes everything opened inside it; any other is ignored.
      if ((openCount.get(name) ?? 0) > 0) while (pop() !== name);
      // A closing tag's attributes mean nothing: it ends at the next ">", quotes or not.
      const close = html.indexOf('>', end);
      at = close === -1 ? html.length : close + 1;
    } else if (isLetter(next)) {
      const end = nameEnd(html, at + 1);
      const name = html.slice(at + 1, end).toLowerCase();
      if (++tags > limits.maxTags) return { ok: false, reason: 'tags' };
      if (SELF_CLOSING_SIBLINGS.has(name) && open[open.length - 1] === name) pop();
      if (!VOID.has(name)) {
        push(name);
        if (open.length > depth) depth = open.length;
        if (depth > limits.maxDepth) return { ok: false, reason: 'depth' };
      }
      at = tagEnd(html, end);
    } else {
      at++; // a "<" that starts no tag is text
    }
    at = html.indexOf('<', at);
  }
  return { ok: true, tags, depth };
}
